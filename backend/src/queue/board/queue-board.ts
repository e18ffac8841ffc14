import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JobsService } from '../jobs.service';
import { QueueDriver, type BoardQueue } from '../queue-driver';
import { BOARD_PATH, BoardAccess } from './board-access.service';

const NOT_LOGGED_IN =
  'Log in to Kompass as an admin first: the admin UI opens the queue board through POST /api/reminders/board-session, which sets a 30-minute cookie for this page.';

/**
 * Bull Board at /admin/queues, for admins only (see BoardAccess). Its own Fastify instance is built on the first
 * allowed request, so a Redis that is down never delays the start, and requests are handed to it once access
 * is checked. The board reads its own bodies: this scope leaves them unread. With the inline driver there are
 * no BullMQ queues to show.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const access = app.get(BoardAccess);
  const driver = app.get(QueueDriver);
  const jobs = app.get(JobsService);
  let board: Promise<FastifyInstance> | null = null;

  const handle = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const text = (status: number, message: string) =>
      reply.status(status).type('text/plain; charset=utf-8').send(message);
    if (access.isForgedWrite(req))
      return text(403, 'Refused: a change on the queue board must come from the Kompass page itself.');
    const verdict = await access.check(req);
    reply.header('Cache-Control', 'no-store');
    if (verdict === 'unauthenticated') return text(401, NOT_LOGGED_IN);
    if (verdict === 'forbidden') return text(403, 'Only admins may open the queue board.');
    const queues = driver.boardQueues(jobs.queueNames());
    if (!queues)
      return text(
        404,
        'The queue board needs REDIS_URL: without it, jobs run in-process and there are no queues to show.',
      );
    board ??= createBoard(queues);
    const instance = await board;
    // The board answers on the raw response: what this reply holds so far (helmet's, CORS, no-store) goes with it.
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) reply.raw.setHeader(name, value);
    reply.hijack();
    instance.routing(req.raw, reply.raw);
    return undefined;
  };

  await app.register(async (scope: FastifyInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    scope.all(BOARD_PATH, handle);
    scope.all(`${BOARD_PATH}/*`, handle);
  });
}

/** Required here, not at the top: Bull Board weighs ~20 MB that only an admin opening the board should cost. */
async function createBoard(queues: BoardQueue[]): Promise<FastifyInstance> {
  const { fastify } = require('fastify') as typeof import('fastify');
  const { createBullBoard } = require('@bull-board/api') as typeof import('@bull-board/api');
  const { BullMQAdapter } = require('@bull-board/api/bullMQAdapter') as typeof import('@bull-board/api/bullMQAdapter');
  const { FastifyAdapter } = require('@bull-board/fastify') as typeof import('@bull-board/fastify');
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Kompass jobs' } },
  });
  const instance = fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await instance.register(serverAdapter.registerPlugin(), { prefix: BOARD_PATH });
  await instance.ready();
  return instance;
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { JobsService } from '../jobs.service';
import { QueueDriver, type BoardQueue } from '../queue-driver';
import { BOARD_PATH, BoardAccess } from './board-access.service';

const NOT_LOGGED_IN =
  'Log in to Kompass as an admin first: the admin UI opens the queue board through POST /api/reminders/board-session, which sets a 30-minute cookie for this page.';

/**
 * Bull Board at /admin/queues, for admins only (see BoardAccess). Mounted on the same Express app before the
 * UI's fallback route. Its router is built on the first allowed request, so a Redis that is down never
 * delays the start. With the inline driver there are no BullMQ queues to show.
 */
export function mountQueueBoard(app: NestExpressApplication): void {
  const access = app.get(BoardAccess);
  const driver = app.get(QueueDriver);
  const jobs = app.get(JobsService);
  let board: RequestHandler | null = null;

  app.use(BOARD_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (access.isForgedWrite(req))
      return void res
        .status(403)
        .type('text/plain; charset=utf-8')
        .send('Refused: a change on the queue board must come from the Kompass page itself.');
    access
      .check(req)
      .then((verdict) => {
        res.setHeader('Cache-Control', 'no-store');
        if (verdict === 'unauthenticated')
          return void res.status(401).type('text/plain; charset=utf-8').send(NOT_LOGGED_IN);
        if (verdict === 'forbidden')
          return void res.status(403).type('text/plain; charset=utf-8').send('Only admins may open the queue board.');
        const queues = driver.boardQueues(jobs.queueNames());
        if (!queues)
          return void res
            .status(404)
            .type('text/plain; charset=utf-8')
            .send('The queue board needs REDIS_URL: without it, jobs run in-process and there are no queues to show.');
        board ??= createBoard(queues);
        board(req, res, next);
      })
      .catch(next);
  });
}

/** Required here, not at the top: Bull Board weighs ~20 MB that only an admin opening the board should cost. */
function createBoard(queues: BoardQueue[]): RequestHandler {
  const { createBullBoard } = require('@bull-board/api') as typeof import('@bull-board/api');
  const { BullMQAdapter } = require('@bull-board/api/bullMQAdapter') as typeof import('@bull-board/api/bullMQAdapter');
  const { ExpressAdapter } = require('@bull-board/express') as typeof import('@bull-board/express');
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Kompass jobs' } },
  });
  return serverAdapter.getRouter() as RequestHandler;
}

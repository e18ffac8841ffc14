import { INestApplication } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AsyncResource } from 'node:async_hooks';
import { createSecretKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from './config/app-config';
import { AppValidationPipe } from './common/app-validation.pipe';
import { validationException } from './common/errors/validation.exception';
import { withStartupLock } from './database/startup-lock';
import { requestContext } from './common/request-context';
import { registerBodyParsers } from './common/http/body-limits';
import { IMPORT_JSON_BODY_LIMIT_BYTES } from './evaluations/import-upload';
import { FrameworksService } from './frameworks/frameworks.service';
import { CrosswalksService } from './frameworks/crosswalks.service';
import { UsersService } from './users/users.service';
import { mountQueueBoard } from './queue/board/queue-board';
import { requestIdOf } from './common/http/request-id';

/** Built admin UI, served at `/` from the same port as the API. */
export const ADMIN_DIST = join(__dirname, '../../admin/dist');

/**
 * The HTTP server under Nest, shared by main.ts and the API tests. Fastify sends no ETag of its own: API answers
 * are personal and mostly change between requests (reports carry generatedAt), so hashing every body for an ETag
 * nobody revalidates would cost ~5 % of a report's CPU. The admin's static files and the public pages keep theirs.
 */
export function createAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: 'loopback',
    genReqId: requestIdOf,
    // Express matched /api/users/ as /api/users; ids and tokens in paths may be longer than Fastify's default 100
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
    // Node's own defaults, which Express kept and Fastify changes (72 s keep-alive, no request timeout)
    keepAliveTimeout: 5_000,
    requestTimeout: 300_000,
  });
}

/** The request context of AsyncLocalStorage, re-entered after the body is read (stream events lose it). */
const CONTEXT = Symbol('kompass.requestContext');
type ContextRequest = FastifyRequest & { [CONTEXT]?: AsyncResource };

/** Everything about the HTTP surface, shared by main.ts and the API tests. */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  // Opened after the onRequest hooks (the request logger's middleware among them), so that both its store and
  // ours are captured, and restored before the guard and the handler run.
  fastify.addHook('preParsing', (req: ContextRequest, _reply, payload, done) =>
    requestContext.run({}, () => {
      req[CONTEXT] = new AsyncResource('kompass.request');
      done(null, payload);
    }),
  );
  fastify.addHook('preHandler', (req: ContextRequest, _reply, done) => {
    const context = req[CONTEXT];
    if (context) context.runInAsyncScope(done);
    else done();
  });
  // The residents' page lives at /oppet/<kommunkod> (public-pages/), outside the API.
  app.setGlobalPrefix('api', { exclude: ['oppet/{*path}'] });
  // The access guard's key and algorithm; the guard still decides what a token may do.
  const jwt = new JwtService({
    secret: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as string,
    verifyOptions: { algorithms: ['HS256'] },
  });
  registerBodyParsers(fastify, {
    isAuthenticated: (req) => hasValidToken(jwt, req),
    largeBodies: { '/api/evaluations/import': IMPORT_JSON_BODY_LIMIT_BYTES },
  });
  // Uploads are read by the routes that take them (common/http/uploads.ts), with their own limits.
  await app.register(fastifyMultipart);
  // helmet is a plain (req, res) middleware: built once here, where @fastify/helmet rebuilds it on every request.
  const headers = helmet({
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null },
    },
  });
  fastify.addHook('onRequest', (req, reply, done) =>
    headers(req.raw, reply.raw, (error?: unknown) => done(error as Error)),
  );
  app.enableCors({
    // A list, not a string: the answer then varies by Origin (Vary: Origin) and names only an allowed one.
    origin: [config.appUrl],
    methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
    exposedHeaders: 'Content-Range,Content-Disposition',
    credentials: false,
    strictPreflight: false,
  });
  app.useGlobalPipes(
    new AppValidationPipe({
      whitelist: true,
      transform: true,
      forbidUnknownValues: true,
      exceptionFactory: validationException,
    }),
  );
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kompass API')
      .setDescription('Action plans for Kommunkompassen evaluations. Lists follow react-admin’s simple REST protocol.')
      .setVersion('0.1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);

  await mountQueueBoard(app);
  await serveAdmin(fastify);
}

/** A signature and expiry check only (a few µs), made before any body is read. */
function hasValidToken(jwt: JwtService, req: FastifyRequest): boolean {
  const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(req.headers.authorization ?? '');
  if (!match) return false;
  try {
    jwt.verify(match[1]);
    return true;
  } catch {
    return false;
  }
}

/** API and public-page requests never look for a file, nor fall back to the app shell. */
const servedByNest = (path: string) => path.startsWith('/api') || path.startsWith('/oppet/');

/** Express's req.accepts('html'): no Accept header, or one that names HTML or any type with a weight above 0. */
function acceptsHtml(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(',').some((entry) => {
    const [type, ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return ['text/html', 'text/*', '*/*'].includes(type) && !(q && Number(q.slice(2)) === 0);
  });
}

async function serveAdmin(fastify: FastifyInstance): Promise<void> {
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) return;
  // One route per built file, listed at start-up: an unknown path never touches the disk.
  await fastify.register(fastifyStatic, {
    root: ADMIN_DIST,
    wildcard: false,
    index: 'index.html',
    maxAge: '1h',
    setHeaders: (reply: FastifyReply, path: string) => {
      if (path.endsWith('index.html')) reply.header('Cache-Control', 'no-cache');
    },
  });
  // Client-side routes fall back to the app shell; /api stays JSON and /oppet the server's page.
  fastify.get('/*', (req, reply) => {
    const path = req.url.split('?', 1)[0];
    if (!servedByNest(path) && acceptsHtml(req.headers.accept)) return reply.sendFile('index.html');
    reply.callNotFound();
    return reply;
  });
}

/** The explicit start-up step: apply pending migrations, then seed the catalogue and the first admin. */
export async function prepareApp(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  await withStartupLock(dataSource, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    await app.get(FrameworksService).ensureCatalogue();
    await app.get(CrosswalksService).ensureDefaults();
    await app.get(UsersService).ensureInitialAdmin();
  });
}

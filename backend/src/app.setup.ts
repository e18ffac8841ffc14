import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { JwtService } from '@nestjs/jwt';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createSecretKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from './config/app-config';
import { AppValidationPipe } from './common/app-validation.pipe';
import { validationException } from './common/errors/validation.exception';
import { withStartupLock } from './database/startup-lock';
import { requestContext } from './common/request-context';
import { bodyParsers } from './common/http/body-limits';
import { IMPORT_JSON_BODY_LIMIT_BYTES } from './evaluations/import-upload';
import { FrameworksService } from './frameworks/frameworks.service';
import { CrosswalksService } from './frameworks/crosswalks.service';
import { UsersService } from './users/users.service';
import { mountQueueBoard } from './queue/board/queue-board';

/** Built admin UI, served at `/` from the same port as the API. */
export const ADMIN_DIST = join(__dirname, '../../admin/dist');

/** Everything about the HTTP surface, shared by main.ts and the API tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.use((_req: Request, _res: Response, next: NextFunction) => requestContext.run({}, next));
  // The residents' page lives at /oppet/<kommunkod> (public-pages/), outside the API.
  app.setGlobalPrefix('api', { exclude: ['oppet/{*path}'] });
  app.set('trust proxy', 'loopback');
  // API answers are personal and mostly change between requests (reports carry generatedAt): hashing every body
  // for an ETag nobody revalidates cost ~5 % of a report's CPU. The admin's static files keep theirs.
  app.set('etag', false);
  // The access guard's key and algorithm; the guard still decides what a token may do.
  const jwt = new JwtService({
    secret: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as string,
    verifyOptions: { algorithms: ['HS256'] },
  });
  app.use(
    bodyParsers({
      isAuthenticated: (req) => hasValidToken(jwt, req),
      largeBodies: { '/api/evaluations/import': IMPORT_JSON_BODY_LIMIT_BYTES },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null },
      },
    }),
  );
  app.enableCors({
    origin: config.appUrl,
    exposedHeaders: ['Content-Range', 'Content-Disposition'],
    credentials: false,
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

  mountQueueBoard(app);
  serveAdmin(app);
}

/** A signature and expiry check only (a few µs), made before any body is read. */
function hasValidToken(jwt: JwtService, req: Request): boolean {
  const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(req.headers.authorization ?? '');
  if (!match) return false;
  try {
    jwt.verify(match[1]);
    return true;
  } catch {
    return false;
  }
}

function serveAdmin(app: NestExpressApplication): void {
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) return;
  const assets = express.static(ADMIN_DIST, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForIndex });
  const served = (path: string) => path.startsWith('/api') || path.startsWith('/oppet/');
  // API and public-page requests never look for a file on disk first.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (served(req.path)) next();
    else assets(req, res, next);
  });
  // Client-side routes fall back to the app shell; /api stays JSON and /oppet the server's page.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || served(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(ADMIN_DIST, 'index.html'));
  });
}

function noCacheForIndex(res: Response, path: string): void {
  if (path.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
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

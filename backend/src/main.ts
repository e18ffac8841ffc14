import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp, prepareApp } from './app.setup';
import { loadConfigOrExit } from './config/load-config-or-exit';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app, config);
  await prepareApp(app);
  await app.listen(config.port);
  process.stdout.write(`Kompass is running on ${config.appUrl} (API under /api, docs at /api/docs)\n`);
}

main().catch((error) => {
  process.stderr.write(`Kompass failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { networkInterfaces } from 'node:os';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createAdapter, prepareApp } from './app.setup';
import { loadConfigOrExit } from './config/load-config-or-exit';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createAdapter(), {
    bufferLogs: true,
    bodyParser: false,
  });
  await configureApp(app, config);
  await prepareApp(app);
  await listen(app, config.port);
  process.stdout.write(`Kompass is running on ${config.appUrl} (API under /api, docs at /api/docs)\n`);
}

/** On every interface, as Express did: IPv6 and IPv4 where the host has IPv6, IPv4 alone where it has not. */
function listen(app: NestFastifyApplication, port: number): Promise<unknown> {
  const ipv6 = Object.values(networkInterfaces()).some((addresses) => addresses?.some((a) => a.family === 'IPv6'));
  return app.listen(port, ipv6 ? '::' : '0.0.0.0');
}

main().catch((error) => {
  process.stderr.write(`Kompass failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

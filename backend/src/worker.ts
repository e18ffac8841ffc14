import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { loadConfigOrExit } from './config/load-config-or-exit';
import { dataSourceOptions } from './database/data-source-options';
import { withStartupLock } from './database/startup-lock';

/** How long a worker waits for the API to apply pending migrations before it gives up. */
const SCHEMA_WAIT_MS = 120_000;

/**
 * `npm run worker`: the same modules and configuration as the API, without HTTP. It runs the background jobs
 * (reminder sweep, mail sending) and keeps the daily schedule. Any number of workers may share one database
 * and one Redis; with the inline driver (no REDIS_URL) a separate worker has nothing to pick up, so it refuses.
 */
async function main(): Promise<void> {
  const loaded = loadConfigOrExit();
  if (!loaded.redisUrl) {
    process.stderr.write('The worker needs REDIS_URL: without it, jobs run inside the API process (npm start).\n');
    process.exit(1);
  }
  const config = new AppConfig({ ...loaded, worker: true });
  await waitForSchema(config);
  // Creating the context bootstraps it: JobsService starts the queue workers, ReminderScheduler the schedule.
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  process.stdout.write(`Kompass worker is running (queue: bullmq, pid ${process.pid})\n`);
}

/**
 * The API applies migrations at start; a worker started alongside waits for them instead of racing it. Each look
 * takes the start-up lock: TypeORM's showMigrations creates the migrations table when it is missing, which would
 * otherwise collide with an API creating it at the same moment.
 */
async function waitForSchema(config: AppConfig): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    const until = Date.now() + SCHEMA_WAIT_MS;
    while (await withStartupLock(dataSource, () => dataSource.showMigrations())) {
      if (Date.now() > until)
        throw new Error('The database has pending migrations; start the API or run `npm run migrate` first');
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`Kompass worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

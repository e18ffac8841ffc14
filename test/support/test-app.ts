import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../backend/src/app.module';
import { configureApp, createAdapter, prepareApp } from '../../backend/src/app.setup';
import { AppConfig, loadConfig } from '../../backend/src/config/app-config';
import { seededTestDatabase, TestDatabase } from './test-database';

export const ADMIN_EMAIL = 'admin@test.kompass.se';
export const ADMIN_PASSWORD = 'Admin-lösenord-2026';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  /** supertest against the running app */
  http: () => ReturnType<typeof request>;
  adminToken: string;
  close(): Promise<void>;
}

/**
 * The real application on a throwaway database, exactly as main.ts wires it, with migrations applied (on a copy
 * of the run's migrated and seeded template unless a database is given).
 */
export async function startTestApp(env: Record<string, string> = {}, existing?: TestDatabase): Promise<TestApp> {
  const database = existing ?? (await seededTestDatabase((fresh) => bootAndClose(fresh)));
  return startOn(database, env);
}

/** Start-up on a fresh database (migrations, catalogue, first admin), for the template. */
async function bootAndClose(database: TestDatabase): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(testConfig(database, {})),
    createAdapter(),
    { logger: false, bodyParser: false },
  );
  await prepareApp(app);
  await app.close();
}

function testConfig(database: TestDatabase, env: Record<string, string>): AppConfig {
  return loadConfig({
    DATABASE_URL: database.databaseUrl,
    DATA_DIR: database.dataDir,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'silent',
    LOGIN_THROTTLE_LIMIT: '1000',
    LOGIN_ADDRESS_LIMIT: '1000',
    WORKER: 'off',
    ...env,
  });
}

async function startOn(database: TestDatabase, env: Record<string, string>): Promise<TestApp> {
  const config = testConfig(database, env);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createAdapter(), {
    logger: false,
    bufferLogs: true,
    bodyParser: false,
  });
  await configureApp(app, config);
  await prepareApp(app);
  await app.init();
  // Fastify takes requests on its server only once every plugin has loaded
  await app.getHttpAdapter().getInstance().ready();
  const http = () => request(app.getHttpServer());
  const login = await http().post('/api/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  if (login.status !== 200)
    throw new Error(`Admin login failed in the test app: ${login.status} ${JSON.stringify(login.body)}`);
  return {
    app,
    config,
    database,
    dataSource: app.get(DataSource),
    http,
    adminToken: login.body.accessToken,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../backend/src/config/app-config';
import { dataSourceOptions } from '../../backend/src/database/data-source-options';

/** Which dialect this jest project runs the API suite on (set by use-sqlite.js / use-postgres.js). */
export const TEST_DIALECT = process.env.KOMPASS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  databaseUrl: string;
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A throwaway database per test file: a fresh SQLite file, or a fresh PostgreSQL database dropped afterwards.
 * `from` copies a template (a migrated and seeded SQLite file, or a PostgreSQL template database) instead.
 */
export async function createTestDatabase(from?: string): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-test-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (TEST_DIALECT === 'sqlite') {
    const file = join(dataDir, 'kompass.sqlite');
    if (from) copyFileSync(from, file);
    return { databaseUrl: `sqlite:${file}`, dataDir, drop: async () => removeDir() };
  }

  const name = `kompass_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}${from ? ` TEMPLATE ${from}` : ''}`));
  return {
    databaseUrl: postgresUrl(name),
    dataDir,
    drop: async () => {
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      removeDir();
    },
  };
}

/**
 * A fresh test database and a DataSource on it configured as the app's, not migrated yet: for the specs of the
 * schema itself.
 */
export async function openTestDataSource(): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  const db = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: db.databaseUrl, DATA_DIR: db.dataDir });
  return { db, dataSource: await new DataSource(dataSourceOptions(config.database)).initialize() };
}

/**
 * Migrating and seeding (catalogue, crosswalks, the first admin's argon2 hash) cost every test app a few hundred
 * ms, on PostgreSQL more. The first test app of a jest run does it once into a template, under a lock shared by
 * the workers; the others copy it. The directory comes from test/support/global-setup.js, which removes it (and
 * drops the PostgreSQL template) at the end.
 * The tests that check migrations and the first start (migrations, boot) use createTestDatabase() without one.
 */
export async function seededTestDatabase(seed: (database: TestDatabase) => Promise<void>): Promise<TestDatabase> {
  const runDir = process.env.KOMPASS_TEST_TEMPLATE_DIR;
  // Without a template the caller's own start-up migrates and seeds.
  if (!runDir) return createTestDatabase();
  const ready = join(runDir, `${TEST_DIALECT}.ready`);
  // The PostgreSQL template's name is written to postgres.ready, from which the global teardown drops it.
  const template =
    TEST_DIALECT === 'sqlite' ? join(runDir, 'template.sqlite') : `kompass_tpl_${process.pid}_${Date.now()}`;
  const lock = join(runDir, `${TEST_DIALECT}.lock`);
  for (const deadline = Date.now() + 120_000; !existsSync(ready);) {
    if (tryLock(lock)) {
      try {
        await makeTemplate(template, seed);
      } catch (error) {
        rmSync(lock, { recursive: true, force: true });
        throw error;
      }
      writeFileSync(ready, template);
      break;
    }
    if (Date.now() > deadline) throw new Error(`No ${TEST_DIALECT} test template after 120 s (${lock} held)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return createTestDatabase(readFileSync(ready, 'utf8'));
}

function tryLock(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch {
    return false;
  }
}

async function makeTemplate(template: string, seed: (database: TestDatabase) => Promise<void>): Promise<void> {
  const fresh = await createTestDatabase();
  await seed(fresh);
  if (TEST_DIALECT === 'sqlite') {
    copyFileSync(fresh.databaseUrl.slice('sqlite:'.length), template);
    await fresh.drop();
    return;
  }
  const name = new URL(fresh.databaseUrl).pathname.slice(1);
  await withAdminClient((client) => client.query(`ALTER DATABASE ${name} RENAME TO ${template}`));
  rmSync(fresh.dataDir, { recursive: true, force: true });
}

function postgresUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

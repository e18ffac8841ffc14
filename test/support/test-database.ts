import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** Which dialect this jest project runs the API suite on (set by use-sqlite.js / use-postgres.js). */
export const TEST_DIALECT = process.env.KOMPASS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  databaseUrl: string;
  dataDir: string;
  drop(): Promise<void>;
}

/** A throwaway database per test file: a fresh SQLite file, or a fresh PostgreSQL database dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-test-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (TEST_DIALECT === 'sqlite')
    return { databaseUrl: `sqlite:${join(dataDir, 'kompass.sqlite')}`, dataDir, drop: async () => removeDir() };

  const name = `kompass_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    drop: async () => {
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      removeDir();
    },
  };
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

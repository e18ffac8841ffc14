/**
 * The bench's own database. SQLite: the dataset is seeded once into a template file named after everything
 * that shapes it (options, migrations, generator source) and copied for each run, because a run changes it
 * (PUTs, the linked re-evaluation, the outbox). PostgreSQL: a fresh `kompass_bench` database on the server of
 * DATABASE_URL, seeded on every run and dropped afterwards.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '../../backend/src/database/migrations';
import { seedDatabase, SeedSummary } from '../seed';
import type { DatasetOptions } from './dataset';

export interface BenchDatabase {
  url: string;
  kind: 'sqlite' | 'postgres';
  seed: SeedSummary & { cached: boolean };
  drop(): Promise<void>;
}

function fingerprint(options: DatasetOptions): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(options))
    .update(MIGRATIONS.map((m) => m.name).join(','));
  for (const file of ['seed.ts', 'lib/dataset.ts', 'lib/texts.ts', '../backend/src/database/sql-toolkit.ts'])
    hash.update(readFileSync(join(__dirname, '..', file)));
  return hash.digest('hex').slice(0, 16);
}

export async function prepareDatabase(
  dataDir: string,
  options: DatasetOptions,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL?.trim();
  if (given && /^postgres(ql)?:\/\//.test(given)) return postgresDatabase(given, options, log);
  const templates = join(dataDir, 'templates');
  const runDir = join(dataDir, 'run');
  const template = join(templates, `${options.municipalities}-${fingerprint(options)}.sqlite`);
  const summaryFile = `${template}.json`;
  let seed: BenchDatabase['seed'];
  if (existsSync(template) && existsSync(summaryFile)) {
    seed = { ...(JSON.parse(readFileSync(summaryFile, 'utf8')) as SeedSummary), cached: true };
    log(`Dataset: reusing ${template}`);
  } else {
    mkdirSync(templates, { recursive: true });
    // Templates of other generator versions are stale; templates of the other size are kept.
    for (const name of readdirSync(templates))
      if (name.startsWith(`${options.municipalities}-`)) rmSync(join(templates, name), { force: true });
    const building = join(templates, `building-${process.pid}.sqlite`);
    log(`Dataset: seeding ${options.municipalities} municipalities (once; later runs reuse it)`);
    const summary = await seedDatabase({ type: 'better-sqlite3', path: building }, options, log);
    for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true });
    renameSync(building, template);
    writeFileSync(summaryFile, JSON.stringify(summary));
    seed = { ...summary, cached: false };
  }
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  copyFileSync(template, join(runDir, 'kompass.sqlite'));
  return { url: `sqlite:${join(runDir, 'kompass.sqlite')}`, kind: 'sqlite', seed, drop: async () => undefined };
}

async function postgresDatabase(
  given: string,
  options: DatasetOptions,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const name = 'kompass_bench';
  const admin = new URL(given);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(given);
  url.pathname = `/${name}`;
  log(`Dataset: seeding ${options.municipalities} municipalities into PostgreSQL database ${name}`);
  const summary = await seedDatabase({ type: 'postgres', url: url.toString() }, options, log);
  return {
    url: url.toString(),
    kind: 'postgres',
    seed: { ...summary, cached: false },
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

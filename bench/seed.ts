/**
 * `npm run bench:seed [-- --quick | --municipalities N]`: the national-scale dataset (290 municipalities,
 * ~87,000 actions, ~8,700 users, ~260,000 progress reports) into DATABASE_URL, default
 * sqlite:bench/.data/seed/kompass.sqlite. Migrations first, then multi-row INSERTs in one transaction per
 * batch of municipalities. Refuses a database that already has municipalities or users.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { Logger } from '@nestjs/common';
import { KK2016, Locale, Role } from '@kompass/shared';
import type { DatabaseConfig } from '../backend/src/config/app-config';
import { dataSourceOptions } from '../backend/src/database/data-source-options';
import { hashPassword } from '../backend/src/auth/password';
import { FrameworksService } from '../backend/src/frameworks/frameworks.service';
import { TransactionRunner } from '../backend/src/database/transaction-runner';
import { Framework } from '../backend/src/frameworks/framework.entity';
import { FrameworkArea } from '../backend/src/frameworks/framework-area.entity';
import { FrameworkQuestion } from '../backend/src/frameworks/framework-question.entity';
import { FrameworksRepository } from '../backend/src/frameworks/frameworks.repository';
import {
  activeAccount,
  ADMIN_EMAIL,
  BENCH_PASSWORD,
  Catalogue,
  DatasetOptions,
  FULL,
  generateMunicipality,
  Ids,
  MunicipalityRows,
  QUICK,
} from './lib/dataset';
import { insertRows } from '../backend/src/database/sql-toolkit';

/** Tables in foreign-key order. */
const TABLES: (keyof MunicipalityRows)[] = [
  'municipality',
  'department',
  'user',
  'evaluation',
  'evaluation_score',
  'evaluation_area_total',
  'finding',
  'action_plan',
  'action',
  'action_finding',
  'action_update',
];
/** Municipalities per transaction: big enough to amortise the commit, small enough to keep memory flat. */
const BATCH = 10;

export interface SeedSummary {
  options: DatasetOptions;
  seconds: number;
  rows: Record<string, number>;
}

export function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) return { type: 'better-sqlite3', path: resolve(raw.slice('sqlite:'.length)) };
  if (/^postgres(ql)?:\/\//.test(raw)) return { type: 'postgres', url: raw };
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${raw.split(':')[0]}:…)`);
}

export async function seedDatabase(
  database: DatabaseConfig,
  options: DatasetOptions,
  log: (line: string) => void = () => undefined,
): Promise<SeedSummary> {
  const started = Date.now();
  // The framework service logs at info; the seed reports progress itself.
  Logger.overrideLogger(['error', 'warn']);
  // As the app does at start-up (load-config-or-exit): pg writes timestamps in the process's zone, so the seed
  // must be in the app's zone for PostgreSQL to hold what the app would have written.
  process.env.TZ = process.env.TZ?.trim() || 'Europe/Stockholm';
  if (database.type === 'better-sqlite3') mkdirSync(dirname(database.path), { recursive: true });
  const ds = new DataSource(dataSourceOptions(database));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const [{ n }] = await ds.query<{ n: number | string }[]>(
      `SELECT (SELECT COUNT(*) FROM "municipality") + (SELECT COUNT(*) FROM "user") AS n`,
    );
    if (Number(n) > 0) throw new Error('The database already has municipalities or users; seed into an empty one');
    const catalogue = await ensureCatalogue(ds);
    // One argon2 hash for everybody: hashing 8,700 passwords would take minutes and prove nothing.
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const ids = new Ids();
    const rows: Record<string, number> = {};
    const qr = ds.createQueryRunner();
    try {
      await qr.startTransaction();
      await insertRows(qr, 'user', [
        {
          id: ids.next('user'),
          createdAt: new Date('2024-12-01T08:00:00Z'),
          updatedAt: new Date('2024-12-01T08:00:00Z'),
          email: ADMIN_EMAIL,
          name: 'Administratör',
          role: Role.Admin,
          municipalityId: null,
          departmentId: null,
          locale: Locale.Sv,
          ...activeAccount(passwordHash),
        },
      ]);
      await qr.commitTransaction();
      for (let first = 1; first <= options.municipalities; first += BATCH) {
        await qr.startTransaction();
        for (let m = first; m < first + BATCH && m <= options.municipalities; m++) {
          const generated = generateMunicipality(m, options, catalogue, ids, passwordHash);
          for (const table of TABLES) {
            await insertRows(qr, table, generated[table]);
            rows[table] = (rows[table] ?? 0) + generated[table].length;
          }
        }
        await qr.commitTransaction();
        log(
          `  seeded ${Math.min(first + BATCH - 1, options.municipalities)}/${options.municipalities} municipalities (${rows.action} actions)`,
        );
      }
    } catch (error) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw error;
    } finally {
      await qr.release();
    }
    await finish(ds);
    return { options, seconds: (Date.now() - started) / 1000, rows };
  } finally {
    await ds.destroy();
  }
}

/** The framework as the app seeds it at start-up, through its own service, so ids and rows are the app's. */
async function ensureCatalogue(ds: DataSource): Promise<Catalogue> {
  const service = new FrameworksService(
    new FrameworksRepository(
      ds.getRepository(Framework),
      ds.getRepository(FrameworkArea),
      ds.getRepository(FrameworkQuestion),
    ),
    new TransactionRunner(ds),
  );
  await service.ensureCatalogue();
  const framework = await ds.getRepository(Framework).findOneByOrFail({ code: KK2016.code });
  const definition = await service.definition(framework.id);
  return {
    frameworkId: framework.id,
    areas: definition.areas.map((a) => ({
      number: a.number,
      questions: a.questions.map((q) => ({ code: q.code, maxPoints: q.maxPoints })),
    })),
  };
}

/**
 * PostgreSQL: explicit ids leave the SERIAL sequences behind, and a long-lived database has statistics
 * (autovacuum's ANALYZE). SQLite: fold the WAL into the file. SQLite gets no ANALYZE, because the app never
 * runs one: the query plans measured are those a real installation gets.
 */
async function finish(ds: DataSource): Promise<void> {
  if (ds.options.type === 'postgres') {
    // action_finding's key is the pair of ids it joins: no sequence
    for (const table of TABLES.filter((name) => name !== 'action_finding'))
      await ds.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`);
    await ds.query('ANALYZE');
  } else {
    await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = { ...(args.includes('--quick') ? QUICK : FULL) };
  const n = args.indexOf('--municipalities');
  if (n >= 0) options.municipalities = Number(args[n + 1]);
  if (!Number.isInteger(options.municipalities) || options.municipalities < 2 || options.municipalities > 8999)
    throw new Error('--municipalities must be an integer from 2 to 8999');
  const url = process.env.DATABASE_URL?.trim() || 'sqlite:bench/.data/seed/kompass.sqlite';
  const database = parseDatabaseUrl(url);
  // Only the default file is ours to replace; any other database must be empty.
  if (!process.env.DATABASE_URL && database.type === 'better-sqlite3' && existsSync(dirname(database.path)))
    rmSync(dirname(database.path), { recursive: true, force: true });
  console.log(`Seeding ${options.municipalities} municipalities into ${url.replace(/\/\/[^@]*@/, '//…@')}`);
  const summary = await seedDatabase(database, options, (line) => console.log(line));
  console.log(
    `Done in ${summary.seconds.toFixed(1)} s: ${Object.entries(summary.rows)
      .map(([t, c]) => `${c} ${t}`)
      .join(', ')}`,
  );
  console.log(
    `Log in as ${ADMIN_EMAIL}, or anvandare0@k1001.bench.kompass.se (coordinator), with the password ${BENCH_PASSWORD}`,
  );
}

if (require.main === module)
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });

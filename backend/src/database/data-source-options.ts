import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { registerSqliteFunctions } from './sqlite-functions';

/** Busy timeout for SQLite writers waiting on each other (WAL allows one writer at a time). */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (database.type === 'postgres')
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      poolSize: 10,
      // Timestamps are "timestamp without time zone": node-postgres writes and reads them as the process's local
      // time, so the session's zone must be the same for now() and for SQL that turns them into days.
      extra: { options: `-c TimeZone=${processTimeZone()}` },
    };
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    enableWAL: true,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
    prepareDatabase: (db: { pragma(sql: string): unknown } & Parameters<typeof registerSqliteFunctions>[0]) => {
      db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      db.pragma('synchronous = NORMAL');
      registerSqliteFunctions(db);
    },
  };
}

/** The zone the process runs in: TZ (set from the configuration at boot), else the system's. */
function processTimeZone(): string {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

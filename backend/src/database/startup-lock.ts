import type { DataSource } from 'typeorm';

/** The PostgreSQL advisory lock under which Kompass processes migrate and seed, one at a time (any fixed number). */
const STARTUP_LOCK_ID = 7_142_026;

/**
 * Runs the start-up step (migrations, then seeding) alone. Several API processes started at once on one
 * PostgreSQL database would otherwise apply the same migration twice and fail ("duplicate key value violates
 * unique constraint pg_type_typname_nsp_index"), or seed the first admin twice. The lock is a session lock on a
 * connection of its own, so it is released even if this process dies. SQLite has one process per file.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'postgres') return work();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_ID]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_ID]);
    }
  } finally {
    await runner.release();
  }
}

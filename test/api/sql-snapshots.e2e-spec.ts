import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { snapshotText, SQL_OWNERS } from '../../backend/src/queries/sql-snapshots';
import { openTestDataSource, TEST_DIALECT, TestDatabase } from '../support/test-database';

/**
 * The SQL each repository writes once per dialect, kept in backend/src/queries/<owner>.<dialect>.sql so that a
 * change to a query shows in review. `UPDATE_SQL_SNAPSHOTS=1` rewrites the files of the dialect it runs on.
 */
const QUERIES = join(__dirname, '../../backend/src/queries');
const UPDATE = process.env.UPDATE_SQL_SNAPSHOTS === '1';

describe(`SQL snapshots (${TEST_DIALECT})`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    ({ db, dataSource } = await openTestDataSource());
    await dataSource.runMigrations({ transaction: 'all' });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it.each(Object.keys(SQL_OWNERS))('%s matches its snapshot', (owner) => {
    const file = join(QUERIES, `${owner}.${TEST_DIALECT}.sql`);
    const text = snapshotText(owner, SQL_OWNERS[owner](dataSource));
    if (UPDATE) writeFileSync(file, text);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : `${file} is missing`).toBe(text);
  });

  it.each(Object.keys(SQL_OWNERS))('%s prepares against the migrated schema', async (owner) => {
    // Prepared, not run: SQLite explains it, PostgreSQL plans it on one connection and forgets it.
    const runner = dataSource.createQueryRunner();
    try {
      for (const [name, sql] of Object.entries(SQL_OWNERS[owner](dataSource))) {
        const prepare =
          TEST_DIALECT === 'sqlite'
            ? runner.query(`EXPLAIN ${sql}`, Array<null>(sql.split('?').length - 1).fill(null))
            : runner.query(`PREPARE snapshot_check AS ${sql}`).then(() => runner.query('DEALLOCATE snapshot_check'));
        await expect(prepare.then(() => name)).resolves.toBe(name);
      }
    } finally {
      await runner.release();
    }
  });

  it('has no snapshot file without an owner', () => {
    const owners = new Set(Object.keys(SQL_OWNERS));
    const orphans = readdirSync(QUERIES)
      .filter((f) => f.endsWith('.sql'))
      .filter((f) => !owners.has(f.replace(/\.(sqlite|postgres)\.sql$/, '')));
    expect(orphans).toEqual([]);
  });
});

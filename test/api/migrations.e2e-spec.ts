import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../backend/src/database/migrations';
import { openTestDataSource, TestDatabase } from '../support/test-database';

describe('migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    ({ db, dataSource } = await openTestDataSource());
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('apply on an empty database and leave nothing for the entities to change', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert all the way down and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const runner = dataSource.createQueryRunner();
    const left: string[] = [];
    for (const { tableName } of dataSource.entityMetadatas) if (await runner.hasTable(tableName)) left.push(tableName);
    await runner.release();
    expect(left).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toHaveLength(0);
  });
});

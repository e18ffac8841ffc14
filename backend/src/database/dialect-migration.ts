import type { MigrationInterface, QueryRunner } from 'typeorm';

export interface DialectSql {
  up: string[];
  down: string[];
}

/**
 * A migration with its SQL written once per dialect, as n8n does: generated from the entities by
 * `npm run migration:generate`, so each dialect gets exactly the schema TypeORM expects.
 */
export abstract class DialectMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly sqlite: DialectSql;
  protected abstract readonly postgres: DialectSql;

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of this.pick(runner).up) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of this.pick(runner).down) await runner.query(sql);
  }

  private pick(runner: QueryRunner): DialectSql {
    const type = runner.connection.options.type;
    if (type === 'postgres') return this.postgres;
    if (type === 'better-sqlite3') return this.sqlite;
    throw new Error(`No SQL for database type ${type} in migration ${this.name}`);
  }
}

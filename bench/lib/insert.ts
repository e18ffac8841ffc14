import type { QueryRunner } from 'typeorm';

/** Bound parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;

/**
 * Multi-row INSERTs of plain rows keyed by entity property names. Values go through the driver's own
 * preparePersistentValue, so JSON, booleans, dates and timestamps are stored exactly as TypeORM stores
 * them for the app, on either dialect.
 */
export async function insertRows(qr: QueryRunner, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const metadata = qr.connection.getMetadata(table);
  const driver = qr.connection.driver;
  const columns = Object.keys(rows[0]).map((key) => {
    const column = metadata.columns.find((c) => c.propertyName === key);
    if (!column) throw new Error(`${table} has no column for property ${key}`);
    return column;
  });
  const postgres = qr.connection.options.type === 'postgres';
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((column) => {
        const value = row[column.propertyName];
        if (value === undefined) throw new Error(`${table}.${column.propertyName} is missing in a row`);
        params.push(value === null ? null : driver.preparePersistentValue(value, column));
        return postgres ? `$${params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    await qr.query(head + tuples.join(', '), params);
  }
}

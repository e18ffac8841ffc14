import type { EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { Notification } from '../mail/notification.entity';

/**
 * Every column a new digest sets; id, createdAt and updatedAt come from the database's defaults, and the bodies
 * stay null until the mail is sent.
 */
const COLUMNS = [
  'idempotencyKey',
  'userId',
  'email',
  'municipalityId',
  'kind',
  'date',
  'planId',
  'locale',
  'subject',
  'content',
  'actionIds',
  'items',
  'status',
  'attempts',
  'lastError',
  'sentAt',
  'lockedUntil',
  'supersededById',
] as const satisfies readonly (keyof Notification)[];

export type NewNotification = Pick<Notification, (typeof COLUMNS)[number]>;

/** Largest rows per statement (18 parameters each); smaller batches are split into powers of two. */
const MAX_ROWS = 64;

/**
 * Inserts outbox rows with multi-row INSERTs that skip a row whose idempotency key exists (ON CONFLICT DO
 * NOTHING), and returns the id of each row it inserted by key (RETURNING); both work in SQLite and PostgreSQL.
 * Written by hand rather than with TypeORM's InsertQueryBuilder, which costs more CPU than the insert itself at
 * sweep scale, and on SQLite writes numbers into the SQL text so that every statement is prepared anew. Here
 * the text depends on the row count only, and counts are split into 64 and powers of two, so a sweep uses at
 * most seven statements, which the statement cache keeps. Values still go through the driver's own conversion
 * (JSON, dates), as TypeORM's insert would.
 */
export async function insertNewNotifications(em: EntityManager, rows: NewNotification[]): Promise<Map<string, number>> {
  const driver = em.connection.driver;
  const metadata = em.connection.getMetadata(Notification);
  const columns: ColumnMetadata[] = COLUMNS.map((name) => metadata.findColumnWithPropertyName(name)!);
  const postgres = driver.options.type === 'postgres';
  const id = driver.escape(metadata.findColumnWithPropertyName('id')!.databaseName);
  const key = driver.escape(columns[0].databaseName);
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const ids = new Map<string, number>();
  let done = 0;
  while (done < rows.length) {
    const left = rows.length - done;
    const count = left >= MAX_ROWS ? MAX_ROWS : 2 ** Math.floor(Math.log2(left));
    const part = rows.slice(done, done + count);
    done += count;
    let n = 0;
    const tuples = part.map(() => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`);
    const parameters = part.flatMap((row): unknown[] =>
      columns.map((c): unknown => driver.preparePersistentValue(row[c.propertyName as keyof NewNotification], c)),
    );
    const inserted: { id: number | string; key: string }[] = await em.query(
      `${head}${tuples.join(', ')} ON CONFLICT DO NOTHING RETURNING ${id} AS "id", ${key} AS "key"`,
      parameters,
    );
    for (const row of inserted) ids.set(row.key, Number(row.id));
  }
  return ids;
}

import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * The one toolkit for SQL written by hand on hot paths. TypeORM's builders cost more CPU than the statements
 * they build, and its SQLite driver writes numeric parameters into the SQL text, so every id would prepare a
 * statement of its own and flood the driver's statement cache. Here the text is built once per shape, names
 * come from the entity metadata, and values go through the driver's own conversion both ways (JSON, dates,
 * booleans), as TypeORM's would, so SQLite and PostgreSQL agree.
 */

/** What runs a statement: an EntityManager (in or outside a transaction) or a QueryRunner. */
export interface SqlExecutor {
  readonly connection: DataSource;
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** `p(i)` is the dialect's placeholder for the i-th parameter (`?` on SQLite, `$i+1` on PostgreSQL). */
export type Placeholder = (index: number) => string;

export function placeholders(driver: Driver): Placeholder {
  return (index) => driver.createParameter(`p${index}`, index);
}

/** Escaped table and column names of an entity, by property name, for statements written by hand. */
export interface SqlNames {
  table: string;
  column: (property: string) => string;
  metadata: EntityMetadata;
}

export function sqlNames(connection: DataSource, target: EntityTarget<ObjectLiteral>): SqlNames {
  const metadata = connection.getMetadata(target);
  const driver = connection.driver;
  return {
    table: driver.escape(metadata.tableName),
    column: (property) => driver.escape(columnOf(metadata, property).databaseName),
    metadata,
  };
}

function columnOf(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column for property ${property}`);
  return column;
}

/** A value as the driver stores it in that column (what TypeORM's own writes would bind). */
export function persistentValue(connection: DataSource, target: EntityTarget<ObjectLiteral>, property: string) {
  const column = columnOf(connection.getMetadata(target), property);
  return (value: unknown): unknown =>
    value === null || value === undefined ? null : connection.driver.preparePersistentValue(value, column);
}

/** The rows of a result: PostgreSQL answers an UPDATE or DELETE … RETURNING with [rows, count]. */
export function rowsOf(result: unknown): ObjectLiteral[] {
  const rows = result as ObjectLiteral[];
  return Array.isArray(rows[0]) ? (rows[0] as ObjectLiteral[]) : rows;
}

/**
 * Bound parameters a statement may carry: SQLite's limit is 999 before 3.32 and 32,766 since (better-sqlite3
 * bundles a newer one); PostgreSQL's wire protocol counts them in 16 bits.
 */
export function maxParameters(driver: Driver): number {
  const type = driver.options.type;
  if (type === 'postgres') return 65_535;
  return type === 'better-sqlite3' ? 32_766 : 999;
}

export interface InsertOptions<E> {
  /** The properties to write; by default the keys of the first row. Others take the database's defaults. */
  columns?: readonly (keyof E & string)[];
  /** Skip a row that would violate a unique constraint (both dialects: ON CONFLICT DO NOTHING). */
  onConflictDoNothing?: boolean;
  /** Properties to return of each inserted row (RETURNING, both dialects), hydrated by the driver. */
  returning?: readonly (keyof E & string)[];
  /** Largest rows per statement, below the parameter limit. */
  maxRows?: number;
}

/**
 * The INSERT of `count` rows: one text per shape and count, with the dialect's placeholders in row order.
 * Exported for the SQL snapshots; `insertRows` runs it.
 */
export function insertSql<E extends ObjectLiteral>(
  connection: DataSource,
  target: EntityTarget<E>,
  columns: readonly (keyof E & string)[],
  count: number,
  options: Pick<InsertOptions<E>, 'onConflictDoNothing' | 'returning'> = {},
): string {
  const names = sqlNames(connection, target);
  const p = placeholders(connection.driver);
  let n = 0;
  const tuples = Array.from({ length: count }, () => `(${columns.map(() => p(n++)).join(', ')})`);
  let sql = `INSERT INTO ${names.table} (${columns.map(names.column).join(', ')}) VALUES ${tuples.join(', ')}`;
  if (options.onConflictDoNothing) sql += ' ON CONFLICT DO NOTHING';
  if (options.returning?.length)
    sql += ` RETURNING ${options.returning.map((r) => `${names.column(r)} AS ${connection.driver.escape(r)}`).join(', ')}`;
  return sql;
}

/**
 * Multi-row INSERTs of plain rows keyed by property names. Batches are the largest power of two under the
 * parameter limit (and `maxRows`), and a remainder is split into smaller powers of two, so that a run uses a
 * handful of statement texts, which the statement cache keeps. Returns the `returning` columns of the rows
 * inserted (on conflict, fewer than given).
 */
export async function insertRows<E extends ObjectLiteral>(
  runner: SqlExecutor,
  target: EntityTarget<E>,
  rows: readonly Partial<E>[],
  options: InsertOptions<E> = {},
): Promise<Partial<E>[]> {
  if (!rows.length) return [];
  const { connection } = runner;
  const driver = connection.driver;
  const metadata = connection.getMetadata(target);
  const properties = options.columns ?? Object.keys(rows[0]);
  const columns = properties.map((name) => columnOf(metadata, name));
  const returned = (options.returning ?? []).map((name) => columnOf(metadata, name));
  const limit = Math.min(options.maxRows ?? Infinity, Math.floor(maxParameters(driver) / columns.length));
  const largest = 2 ** Math.floor(Math.log2(Math.max(1, limit)));
  const out: Partial<E>[] = [];
  for (let done = 0; done < rows.length;) {
    const left = rows.length - done;
    const count = left >= largest ? largest : 2 ** Math.floor(Math.log2(left));
    const parameters: unknown[] = [];
    for (const row of rows.slice(done, done + count))
      for (const column of columns) {
        const value: unknown = row[column.propertyName];
        if (value === undefined) throw new Error(`${metadata.name}.${column.propertyName} is missing in a row`);
        parameters.push(value === null ? null : driver.preparePersistentValue(value, column));
      }
    done += count;
    const result = await runner.query(insertSql(connection, target, properties, count, options), parameters);
    if (returned.length) out.push(...(rowsOf(result).map(hydrateColumns(driver, returned)) as Partial<E>[]));
  }
  return out;
}

function hydrateColumns(driver: Driver, columns: ColumnMetadata[]) {
  return (raw: ObjectLiteral): ObjectLiteral => {
    const row: Record<string, unknown> = {};
    for (const column of columns) {
      const value = raw[column.propertyName] as unknown;
      row[column.propertyName] =
        value === null || value === undefined ? null : (driver.prepareHydratedValue(value, column) as unknown);
    }
    return row;
  };
}

/**
 * A read made on every request of a hot path (the guard's user, a report, a summary), written once by TypeORM
 * for the dialect and then run with bound parameters.
 */
export class PreparedRead<R> {
  private text?: string;

  constructor(
    private readonly repository: Repository<ObjectLiteral>,
    /** `p(i)` is the dialect's placeholder for the i-th parameter, for use in conditions. */
    private readonly build: (p: Placeholder) => SelectQueryBuilder<ObjectLiteral>,
    private readonly convert: (raw: ObjectLiteral) => R,
  ) {}

  /** The statement's text, built on first use (also what the SQL snapshots record). */
  sql(): string {
    this.text ??= this.build(placeholders(this.repository.manager.connection.driver)).getQueryAndParameters()[0];
    return this.text;
  }

  /** Runs outside a transaction, or on `executor` (a transaction's manager) to read what it wrote. */
  async run(parameters: unknown[], executor: SqlExecutor = this.repository.manager): Promise<R[]> {
    const rows = (await executor.query(this.sql(), parameters)) as ObjectLiteral[];
    return rows.map(this.convert);
  }
}

/**
 * SQL with `:named` parameters (as query builders write them) → the dialect's text and values, every value bound.
 * TypeORM's SQLite driver writes numbers into the text, so each tenant, id and page would be a statement of its
 * own; better-sqlite3 binds a BigInt as an integer, so integers go as BigInts there.
 */
export function boundSql(driver: Driver, sql: string, parameters: ObjectLiteral): [string, unknown[]] {
  const values: ObjectLiteral = { ...parameters };
  if (driver.options.type !== 'postgres')
    for (const [key, value] of Object.entries(values))
      if (Number.isSafeInteger(value)) values[key] = BigInt(value as number);
  return driver.escapeQueryWithParameters(sql, values) as [string, unknown[]];
}

/**
 * The conditions a query builder's filters put on `alias` of `target`, as SQL text (" WHERE …", or "" for
 * none) with their named parameters, for statements written by hand around them. The builder writes a bare
 * `SELECT 1 FROM <table> <alias>` and the conditions after it, so only its WHERE is kept.
 */
export function whereOf(
  connection: DataSource,
  target: EntityTarget<ObjectLiteral>,
  alias: string,
  apply: (qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>,
): { where: string; parameters: ObjectLiteral } {
  const bare = () => connection.createQueryBuilder().select('1').from(target, alias);
  const head = bare().getQuery();
  const qb = apply(bare());
  const sql = qb.getQuery();
  if (!sql.startsWith(head)) throw new Error(`Unexpected SQL from the query builder: ${sql}`);
  return { where: sql.slice(head.length), parameters: qb.getParameters() };
}

/** Raw row → typed values through the driver's own conversion (dates, JSON), so SQLite and PostgreSQL agree. */
export function hydrator<E extends ObjectLiteral, K extends keyof E & string>(
  repository: Repository<E>,
  names: readonly K[],
): (raw: ObjectLiteral) => Pick<E, K> {
  const columns = names.map((name) => columnOf(repository.metadata, name));
  return hydrateColumns(repository.manager.connection.driver, columns) as (raw: ObjectLiteral) => Pick<E, K>;
}

/** The named columns of an entity, each selected under its property name, for `hydrator`. */
export function selectColumns<E extends ObjectLiteral>(
  repository: Repository<E>,
  alias: string,
  names: readonly (keyof E & string)[],
): SelectQueryBuilder<E> {
  const query = repository.createQueryBuilder(alias).select([]);
  for (const name of names) query.addSelect(`${alias}.${name}`, name);
  return query;
}

/** Every column of an entity, selected under its property name, for `entityOf`. */
export function selectAll<E extends ObjectLiteral>(repository: Repository<E>, alias: string): SelectQueryBuilder<E> {
  return selectColumns(
    repository,
    alias,
    repository.metadata.columns.map((c) => c.propertyName as keyof E & string),
  );
}

/** A whole entity (every column, no relations, as `findBy` gives it) from a row of `selectAll`. */
export function entityOf<E extends ObjectLiteral>(repository: Repository<E>): (raw: ObjectLiteral) => E {
  const hydrate = hydrator(
    repository,
    repository.metadata.columns.map((c) => c.propertyName as keyof E & string),
  );
  return (raw) => Object.assign(repository.create(), hydrate(raw));
}

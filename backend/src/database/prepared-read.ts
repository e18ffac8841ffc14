import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * A read made on every request of a hot path (the guard's user, a report, a summary), written once by TypeORM
 * for the dialect and then run with bound parameters. Building a query costs more than running it, and TypeORM's
 * SQLite driver writes numeric parameters into the SQL text, so every id would otherwise prepare a statement of
 * its own and flood the driver's statement cache.
 */
export class PreparedRead<R> {
  private sql?: string;

  constructor(
    private readonly repository: Repository<ObjectLiteral>,
    /** `p(i)` is the dialect's placeholder for the i-th parameter (`?` or `$i+1`), for use in conditions. */
    private readonly build: (p: (index: number) => string) => SelectQueryBuilder<ObjectLiteral>,
    private readonly convert: (raw: ObjectLiteral) => R,
  ) {}

  async run(parameters: unknown[]): Promise<R[]> {
    const driver = this.repository.manager.connection.driver;
    this.sql ??= this.build((index) => driver.createParameter(`p${index}`, index)).getQueryAndParameters()[0];
    const rows: ObjectLiteral[] = await this.repository.manager.query(this.sql, parameters);
    return rows.map(this.convert);
  }
}

/** Raw row → typed values through the driver's own conversion (dates, JSON), so SQLite and PostgreSQL agree. */
export function hydrator<E extends ObjectLiteral, K extends keyof E & string>(
  repository: Repository<E>,
  names: readonly K[],
): (raw: ObjectLiteral) => Pick<E, K> {
  const driver = repository.manager.connection.driver;
  const columns: ColumnMetadata[] = names.map((name) => repository.metadata.findColumnWithPropertyName(name)!);
  return (raw) => {
    const row = {} as Record<string, unknown>;
    for (const column of columns) {
      const value: unknown = raw[column.propertyName];
      row[column.propertyName] =
        value === null || value === undefined ? null : driver.prepareHydratedValue(value, column);
    }
    return row as Pick<E, K>;
  };
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
  const query = repository.createQueryBuilder(alias).select([]);
  for (const column of repository.metadata.columns)
    query.addSelect(`${alias}.${column.propertyName}`, column.propertyName);
  return query;
}

/** A whole entity (every column, no relations, as `findBy` gives it) from a row of `selectAll`. */
export function entityOf<E extends ObjectLiteral>(repository: Repository<E>): (raw: ObjectLiteral) => E {
  const hydrate = hydrator(
    repository,
    repository.metadata.columns.map((c) => c.propertyName as keyof E & string),
  );
  return (raw) => Object.assign(repository.create(), hydrate(raw));
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadRequestException } from '../errors/domain.exception';
import { ListPage } from './list-page';

/** Applies one filter value to a query; throws BadRequestException naming the filter when the value is wrong. */
export type FilterHandler = (
  qb: SelectQueryBuilder<ObjectLiteral>,
  alias: string,
  value: unknown,
  name: string,
) => void;

export interface ListSpec {
  filters: Record<string, FilterHandler>;
  sortable: string[];
  defaultSort: [string, 'ASC' | 'DESC'];
}

export interface ListQuery {
  filter: Record<string, unknown>;
  skip: number;
  take: number;
  sort: [string, 'ASC' | 'DESC'];
}

/** Raw query string of react-admin's simple REST protocol. */
export interface RawListQuery {
  filter?: unknown;
  range?: unknown;
  sort?: unknown;
}

export const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 25;

function parseJsonParam(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string')
    throw new BadRequestException(`Query parameter "${name}" must be given once, as JSON`).withCode('invalid_query');
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequestException(`Query parameter "${name}" is not valid JSON`, [
      { field: name, message: 'not valid JSON' },
    ]).withCode('invalid_query');
  }
}

export function parseListQuery(raw: RawListQuery, spec: ListSpec): ListQuery {
  const filter = parseJsonParam(raw.filter, 'filter') ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw new BadRequestException('Query parameter "filter" must be a JSON object').withCode('invalid_query');
  const allowed = Object.keys(spec.filters);
  for (const key of Object.keys(filter)) {
    if (!allowed.includes(key))
      throw new BadRequestException(`Unknown filter field "${key}"; allowed: ${allowed.join(', ')}`, [
        { field: `filter.${key}`, message: 'unknown filter field' },
      ]).withCode('invalid_query');
  }

  const range = parseJsonParam(raw.range, 'range') ?? [0, DEFAULT_PAGE_SIZE - 1];
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((n) => Number.isSafeInteger(n) && n >= 0) ||
    range[1] < range[0] ||
    range[1] - range[0] >= MAX_PAGE_SIZE
  )
    throw new BadRequestException(
      `Query parameter "range" must be [start, end] with 0 <= start <= end and at most ${MAX_PAGE_SIZE} rows`,
      [{ field: 'range', message: 'invalid range' }],
    ).withCode('invalid_query');

  const sort = parseJsonParam(raw.sort, 'sort') ?? spec.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string')
    throw new BadRequestException('Query parameter "sort" must be ["field", "ASC"|"DESC"]').withCode('invalid_query');
  if (!spec.sortable.includes(sort[0]))
    throw new BadRequestException(`Unknown sort field "${sort[0]}"; allowed: ${spec.sortable.join(', ')}`, [
      { field: 'sort', message: 'unknown sort field' },
    ]).withCode('invalid_query');
  const order = String(sort[1]).toUpperCase();
  if (order !== 'ASC' && order !== 'DESC')
    throw new BadRequestException('Sort order must be "ASC" or "DESC"', [
      { field: 'sort', message: 'invalid order' },
    ]).withCode('invalid_query');

  return {
    filter: filter as Record<string, unknown>,
    skip: range[0] as number,
    take: range[1] - range[0] + 1,
    sort: [sort[0], order],
  };
}

/** Applies the query's filters (each checked by its handler). */
export function applyListFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  query: ListQuery,
  spec: ListSpec,
): SelectQueryBuilder<T> {
  for (const [name, value] of Object.entries(query.filter)) {
    if (value === undefined) continue;
    spec.filters[name](qb, alias, value, name);
  }
  return qb;
}

/** The query's sort keys, with id as tie-breaker so that pages are stable. */
export function sortKeys(query: ListQuery): [string, 'ASC' | 'DESC'][] {
  const [field, direction] = query.sort;
  return field === 'id' ? [query.sort] : [query.sort, ['id', direction]];
}

/** Applies filters, sort and paging. */
export function applyListQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  query: ListQuery,
  spec: ListSpec,
): SelectQueryBuilder<T> {
  applyListFilters(qb, alias, query, spec);
  const [[field, direction], ...tieBreakers] = sortKeys(query);
  qb.orderBy(`${alias}.${field}`, direction);
  for (const [key, order] of tieBreakers) qb.addOrderBy(`${alias}.${key}`, order);
  return qb.skip(query.skip).take(query.take);
}

/** A list route's page: react-admin's query checked against `spec`, then `fetch` runs it (rows and total count). */
export async function listPage<T>(
  raw: RawListQuery,
  spec: ListSpec,
  fetch: (query: ListQuery) => Promise<[T[], number]>,
): Promise<ListPage<T>> {
  const query = parseListQuery(raw, spec);
  const [rows, total] = await fetch(query);
  return new ListPage(rows, total, query.skip);
}

/** listPage for a query builder (already scoped to the caller): `spec` applied to it as is. */
export function queryPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  raw: RawListQuery,
  spec: ListSpec,
): Promise<ListPage<T>> {
  return listPage(raw, spec, (query) => applyListQuery(qb, alias, query, spec).getManyAndCount());
}

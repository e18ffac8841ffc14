import { Brackets } from 'typeorm';
import { BadRequestException } from '../errors/domain.exception';
import type { FilterHandler } from './list-query';

let paramSeq = 0;
/** Unique parameter names, so that two filters on one query never collide. */
function param(name: string): string {
  paramSeq = (paramSeq + 1) % 1_000_000;
  return `${name.replace(/\W/g, '_')}_${paramSeq}`;
}

function invalid(name: string, expected: string): BadRequestException {
  return new BadRequestException(`Filter "${name}" must be ${expected}`, [
    { field: `filter.${name}`, message: `must be ${expected}` },
  ]).withCode('invalid_query');
}

/**
 * Equality on a column, or IN for an array (react-admin's getMany sends `{"id":[1,2]}`), or IS NULL for null.
 * `check` validates every value so that a bad type is a 400, never a database error.
 */
function equality(column: string | undefined, expected: string, check: (v: unknown) => boolean): FilterHandler {
  return (qb, alias, value, name) => {
    const col = `${alias}.${column ?? name}`;
    if (value === null) {
      qb.andWhere(`${col} IS NULL`);
      return;
    }
    const values = Array.isArray(value) ? value : [value];
    if (!values.every(check)) throw invalid(name, Array.isArray(value) ? `a list of ${expected}` : expected);
    const p = param(name);
    if (Array.isArray(value)) {
      if (value.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere(`${col} IN (:...${p})`, { [p]: value });
    } else qb.andWhere(`${col} = :${p}`, { [p]: value });
  };
}

const isInt = (v: unknown) => Number.isSafeInteger(v) || (typeof v === 'string' && /^\d{1,15}$/.test(v));

export const intFilter = (column?: string): FilterHandler => {
  const inner = equality(column, 'an integer', isInt);
  return (qb, alias, value, name) => inner(qb, alias, Array.isArray(value) ? value.map(toInt) : toInt(value), name);
};
function toInt(v: unknown): unknown {
  return typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v;
}

export const stringFilter = (column?: string): FilterHandler =>
  equality(column, 'a string', (v) => typeof v === 'string' && v.length <= 500);

export const enumFilter = (values: readonly string[], column?: string): FilterHandler =>
  equality(column, `one of ${values.join(', ')}`, (v) => typeof v === 'string' && values.includes(v));

export const boolFilter =
  (column?: string): FilterHandler =>
  (qb, alias, value, name) => {
    if (typeof value !== 'boolean') throw invalid(name, 'true or false');
    const p = param(name);
    qb.andWhere(`${alias}.${column ?? name} = :${p}`, { [p]: value });
  };

/** Case-insensitive substring search over several columns (react-admin's `q`). */
export const textSearchFilter =
  (...columns: string[]): FilterHandler =>
  (qb, alias, value, name) => {
    if (typeof value !== 'string' || value.length > 200) throw invalid(name, 'a string of at most 200 characters');
    const text = value.trim().toLowerCase();
    if (!text) return;
    const p = param(name);
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere(
      new Brackets((or) => {
        for (const column of columns) or.orWhere(`LOWER(${alias}.${column}) LIKE :${p} ESCAPE '\\'`, { [p]: pattern });
      }),
    );
  };

/**
 * Membership in a simple-json array column, on every dialect: `["1.3","1.4"]` for codes, `[1,3]` for numbers.
 * The patterns anchor on the JSON delimiters, so 3 never matches 13.
 */
export const jsonArrayContainsFilter =
  (kind: 'code' | 'number', column?: string): FilterHandler =>
  (qb, alias, value, name) => {
    const col = `${alias}.${column ?? name}`;
    const p = param(name);
    if (kind === 'code') {
      if (typeof value !== 'string' || !/^\d{1,2}\.\d{1,2}$/.test(value))
        throw invalid(name, 'a sub-question code such as "1.3"');
      qb.andWhere(`${col} LIKE :${p}`, { [p]: `%"${value}"%` });
      return;
    }
    const n = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n)) throw invalid(name, 'an integer');
    qb.andWhere(
      new Brackets((or) =>
        or
          .where(`${col} = :${p}a`, { [`${p}a`]: `[${n}]` })
          .orWhere(`${col} LIKE :${p}b`, { [`${p}b`]: `[${n},%` })
          .orWhere(`${col} LIKE :${p}c`, { [`${p}c`]: `%,${n},%` })
          .orWhere(`${col} LIKE :${p}d`, { [`${p}d`]: `%,${n}]` }),
      ),
    );
  };

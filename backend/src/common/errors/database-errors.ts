import { QueryFailedError } from 'typeorm';
import { ConflictException, DomainException } from './domain.exception';

/**
 * Constraint violations that races or references can still cause after the services' own checks,
 * as the same 409 on SQLite and PostgreSQL. Anything else stays a 500.
 */
export function fromDatabaseError(exception: unknown): DomainException | null {
  if (!(exception instanceof QueryFailedError)) return null;
  const code = String((exception.driverError as { code?: string } | undefined)?.code ?? '');
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return new ConflictException('This record is still referenced by other records; remove or move those first');
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return new ConflictException('A record with the same unique value already exists');
  return null;
}

import { QueryFailedError } from 'typeorm';
import { ConflictException, DomainException } from './domain.exception';

/**
 * Constraint violations that races or references can still cause after the services' own checks,
 * as the same 409 on SQLite and PostgreSQL. Anything else stays a 500.
 */
export function fromDatabaseError(exception: unknown): DomainException | null {
  if (!(exception instanceof QueryFailedError)) return null;
  const driverError = exception.driverError as { code?: string; message?: string } | undefined;
  const code = String(driverError?.code ?? '');
  // SQLite reports ON DELETE RESTRICT as SQLITE_CONSTRAINT_TRIGGER; its message names the foreign key.
  const sqliteForeignKey = code.startsWith('SQLITE_CONSTRAINT') && /FOREIGN KEY/i.test(driverError?.message ?? '');
  if (code === '23503' || sqliteForeignKey)
    return new ConflictException(
      'This record is still referenced by other records; remove or move those first',
    ).withCode('referenced_record');
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return new ConflictException('A record with the same unique value already exists').withCode('duplicate_record');
  return null;
}

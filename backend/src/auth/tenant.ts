import { Role } from '@kompass/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadRequestException, NotFoundException } from '../common/errors/domain.exception';
import type { AuthUser } from './auth-user';

/**
 * Tenant scoping, in one place. Admins see every municipality; everyone else only their own.
 * Another municipality's object answers 404, so its existence is not revealed.
 */
export function isAdmin(user: AuthUser): boolean {
  return user.role === Role.Admin;
}

export function scopeToTenant<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  user: AuthUser,
  column = 'municipalityId',
): SelectQueryBuilder<T> {
  if (isAdmin(user)) return qb;
  if (user.municipalityId === null) return qb.andWhere('1 = 0');
  return qb.andWhere(`${alias}.${column} = :tenantId`, { tenantId: user.municipalityId });
}

/** Throws the same 404 as a missing object when it belongs to another municipality. */
export function assertInTenant(
  user: AuthUser,
  municipalityId: number | null,
  entity: string,
  id: number | string,
): void {
  if (isAdmin(user)) return;
  if (municipalityId === null || municipalityId !== user.municipalityId) throw new NotFoundException(entity, id);
}

/** A row looked up by id, checked: missing and another municipality's answer the same 404. */
export function foundInTenant<T extends { municipalityId: number | null }>(
  user: AuthUser,
  row: T | null,
  entity: string,
  id: number,
): T {
  if (!row) throw new NotFoundException(entity, id);
  assertInTenant(user, row.municipalityId, entity, id);
  return row;
}

/** For writes that name a municipality: non-admins may only write into their own. */
export function tenantForWrite(user: AuthUser, requested: number | null | undefined): number {
  if (isAdmin(user)) {
    if (requested === undefined || requested === null)
      throw new BadRequestException('municipalityId is required', [
        { field: 'municipalityId', message: 'is required' },
      ]);
    return requested;
  }
  if (requested !== undefined && requested !== null && requested !== user.municipalityId)
    throw new NotFoundException('Municipality', requested);
  return user.municipalityId!;
}

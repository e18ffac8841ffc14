import type { UserRecord } from '@kompass/shared';

/** Who is calling, re-read from the database on every request (role and tenant are never taken from the token). */
export interface AuthUser extends Pick<
  UserRecord,
  'id' | 'email' | 'name' | 'role' | 'municipalityId' | 'departmentId'
> {
  /** When the session began (the token's `at`, seconds): refreshed tokens keep it. */
  authTime: number;
}

export interface JwtPayload {
  sub: number;
  /** token version: bumped on password change and deactivation */
  tv: number;
  /** auth time: the login that began this session (seconds); SESSION_MAX_AGE counts from it */
  at: number;
  exp?: number;
}

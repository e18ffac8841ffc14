import { Role } from '@kompass/shared';

/** Who is calling, re-read from the database on every request (role and tenant are never taken from the token). */
export interface AuthUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  municipalityId: number | null;
  departmentId: number | null;
}

export interface JwtPayload {
  sub: number;
  /** token version: bumped on password change and deactivation */
  tv: number;
}

import { SetMetadata } from '@nestjs/common';
import { Role, ROLES } from '@kompass/shared';

export const ACCESS_KEY = 'kompass:access';

/** How a route is classified. Every route must carry one: the access guard refuses unclassified routes. */
export type Access = { public: true } | { public: false; roles: Role[] };

/** No login needed (health, login, calendar feeds). */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

/** Logged in with one of these roles. Tenant scoping is still up to the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { public: false, roles } satisfies Access);

/** Any logged-in user. */
export const AnyRole = () => Roles(...ROLES);

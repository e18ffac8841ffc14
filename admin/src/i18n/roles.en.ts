import type { SameKeys } from './types';
import type { rolesSv } from './roles.sv';

/** English for `kompass.roles`: exactly the Swedish keys. */
export const rolesEn = {
  roles: {
    admin: 'Administrator',
    coordinator: 'Quality coordinator',
    department_head: 'Department head',
    leadership: 'Municipal leadership',
  },
} satisfies SameKeys<typeof rolesSv>;

import type { SameKeys } from './types';
import type { usersSv } from './users.sv';

/** English for `kompass.users`: exactly the Swedish keys. */
export const usersEn = {
  users: {
    password_help: 'A first password. The user can change it after signing in.',
    municipality_help: 'Leave empty for administrators.',
    no_department: 'No department',
  },
} satisfies SameKeys<typeof usersSv>;

import type { SameKeys } from './types';
import type { userMenuSv } from './user_menu.sv';

/** English for `kompass.user_menu`: exactly the Swedish keys. */
export const userMenuEn = {
  user_menu: {
    language: 'Language',
  },
} satisfies SameKeys<typeof userMenuSv>;

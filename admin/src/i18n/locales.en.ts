import type { SameKeys } from './types';
import type { localesSv } from './locales.sv';

/** English for `kompass.locales`: exactly the Swedish keys. */
export const localesEn = {
  locales: {
    sv: 'Svenska',
    en: 'English',
  },
} satisfies SameKeys<typeof localesSv>;

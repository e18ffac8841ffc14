import type { SameKeys } from './types';
import type { findingKindsPluralSv } from './finding_kinds_plural.sv';

/** English for `kompass.finding_kinds_plural`: exactly the Swedish keys. */
export const findingKindsPluralEn = {
  finding_kinds_plural: {
    strength: 'Strengths',
    improvement: 'Improvements',
  },
} satisfies SameKeys<typeof findingKindsPluralSv>;

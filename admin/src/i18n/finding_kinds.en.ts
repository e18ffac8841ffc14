import type { SameKeys } from './types';
import type { findingKindsSv } from './finding_kinds.sv';

/** English for `kompass.finding_kinds`: exactly the Swedish keys. */
export const findingKindsEn = {
  finding_kinds: {
    strength: 'Strength',
    improvement: 'Improvement',
  },
} satisfies SameKeys<typeof findingKindsSv>;

import { ACTION_PRIORITY_LABELS } from '@kompass/shared';
import type { SameKeys } from './types';
import type { prioritiesSv } from './priorities.sv';

/** English for `kompass.priorities`: exactly the Swedish keys. */
export const prioritiesEn = {
  priorities: { ...ACTION_PRIORITY_LABELS.en },
} satisfies SameKeys<typeof prioritiesSv>;

import { JUDGEMENT_LABELS } from '@kompass/shared';
import type { SameKeys } from './types';
import type { judgementsSv } from './judgements.sv';

/** English for `kompass.judgements`: exactly the Swedish keys. */
export const judgementsEn = {
  judgements: { ...JUDGEMENT_LABELS.en },
} satisfies SameKeys<typeof judgementsSv>;

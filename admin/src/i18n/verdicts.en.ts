import type { SameKeys } from './types';
import type { verdictsSv } from './verdicts.sv';

/** English for `kompass.verdicts`: exactly the Swedish keys. */
export const verdictsEn = {
  verdicts: { improved: 'Improved', unchanged: 'Unchanged', declined: 'Declined', none: 'Not comparable' },
} satisfies SameKeys<typeof verdictsSv>;

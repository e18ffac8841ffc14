import type { SameKeys } from './types';
import type { countsSv } from './counts.sv';

/** English for `kompass.counts`: exactly the Swedish keys. */
export const countsEn = {
  /** A number with the word that agrees with it (polyglot's Swedish and English plural forms) */
  counts: {
    actions: '%{smart_count} action |||| %{smart_count} actions',
    done: '%{smart_count} done |||| %{smart_count} done',
  },
} satisfies SameKeys<typeof countsSv>;

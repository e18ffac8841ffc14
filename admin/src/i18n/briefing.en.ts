import type { SameKeys } from './types';
import type { briefingSv } from './briefing.sv';

/** English for `kompass.briefing`: exactly the Swedish keys. */
export const briefingEn = {
  briefing: {
    download: 'Briefing before the re-evaluation (PDF)',
  },
} satisfies SameKeys<typeof briefingSv>;

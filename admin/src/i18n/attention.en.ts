import type { SameKeys } from './types';
import type { attentionSv } from './attention.sv';

/** English for `kompass.attention`: exactly the Swedish keys. */
export const attentionEn = {
  attention: {
    blocked_heading: 'Blocked actions (%{smart_count})',
    blocked_none: 'No action is blocked.',
    gaps_heading: 'Sub-questions without actions, most points to gain',
    gaps_none: 'Every sub-question has at least one action.',
    gap_points: '%{points} points to gain (%{baseline} of %{max})',
    see_all_gaps: 'All sub-questions without actions (%{smart_count})',
  },
} satisfies SameKeys<typeof attentionSv>;

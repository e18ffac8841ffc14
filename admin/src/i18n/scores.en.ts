import type { SameKeys } from './types';
import type { scoresSv } from './scores.sv';

/** English for `kompass.scores`: exactly the Swedish keys. */
export const scoresEn = {
  scores: {
    heading: 'Scores by area',
    overview: 'Overview',
    area: 'Area',
    area_heading: 'Area %{number}: %{name}',
    code: 'No.',
    question: 'Sub-question',
    points: 'Points',
    share: 'Share',
    total: 'Total',
    percent: '%{percent}%',
    points_of: '%{achieved} of %{max} points',
    points_for: 'Points for %{code}',
    points_invalid: 'Whole points from 0 to %{max}.',
    stated_total_short: 'The report states %{stated}',
    stated_total_differs:
      'The report states a total of %{stated}, but the sub-questions add up to %{sum}. The sub-question scores are used.',
    area_level_only: 'The evaluation has totals per area only, no scores per sub-question.',
    correct: 'Correct scores',
    correct_help:
      'Enter the right points for the sub-questions that are wrong. An empty field removes the score of the sub-question.',
    save_corrections: 'Save the corrections',
    corrected:
      'The score of one sub-question was corrected. |||| The scores of %{smart_count} sub-questions were corrected.',
  },
} satisfies SameKeys<typeof scoresSv>;

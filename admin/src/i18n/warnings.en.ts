import type { SameKeys } from './types';
import type { warningsSv } from './warnings.sv';

/** English for `kompass.warnings`: exactly the Swedish keys. */
export const warningsEn = {
  warnings: {
    title: 'One warning |||| %{smart_count} warnings',
    count: '1 warning |||| %{smart_count} warnings',
    at_line: '(line %{line})',
    at_row: '(row %{line})',
    'area-total-mismatch':
      "Area %{area}: the report's total for the area does not match the sum of its sub-questions. The sub-question scores are used.",
    'area-total-mismatch_numbers':
      'Area %{area}: the report states a total of %{stated}, but the sub-questions add up to %{sum}. The sub-question scores are used.',
    'area-total-conflict':
      'Area %{area}: the report states different totals for the area in two places. The total in the score table is used.',
    'percent-mismatch_question':
      'Sub-question %{code}: %{achieved} of %{max} points is %{percent}%, but the report states %{stated}%.',
    'percent-mismatch_question_plain': 'Sub-question %{code}: the percentage in the report does not match the points.',
    'percent-mismatch_area': "Area %{area}: the percentage in the report does not match the area's total.",
    'missing-question': 'Sub-question %{code} has no score.',
    'missing-area': 'Area %{area} (%{areaName}) has neither scores nor a total.',
    'area-level-only':
      'The evaluation has totals per area only, no scores per sub-question. Comparisons can only be made per area.',
    'municipality-mismatch': 'The report seems to be about another municipality than the one it is imported into.',
    'municipality-mismatch_named':
      'The report is about %{name}, another municipality than the one it is imported into.',
    'duplicate-source': 'The same file has already been imported for the municipality.',
    'unknown-area': 'Strengths and improvements for area %{area}, which the framework does not have, were skipped.',
    'unknown-area_before_heading': 'Strengths and improvements before the first "Område N" heading were skipped.',
    'outside-framework-period':
      "The evaluation was made outside the years the revision applies to. The scores are still read against this revision's sub-questions and maximum points and may be wrong if the report follows another revision. Check that the right revision is chosen.",
    'outside-framework-period_years':
      "The evaluation is from %{year}, but %{framework} applies to %{from}–%{to}. The scores are still read against this revision's sub-questions and maximum points and may be wrong if the report follows another revision. Check that the right revision is chosen.",
    'catalogue-row-differs':
      "Sub-question %{code} is worded differently in the report than in the revision's stored sub-questions. The stored ones are kept.",
    'hand-made-framework': 'The revision was made by hand and does not ship with Kompass.',
  },
} satisfies SameKeys<typeof warningsSv>;

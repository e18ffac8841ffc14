import type { SameKeys } from './types';
import type { reportSv } from './report.sv';

/** English for `kompass.report`: exactly the Swedish keys. */
export const reportEn = {
  report: {
    heading: 'Re-evaluation: %{before} → %{after}',
    compared: 'Compares %{before} with %{after}.',
    total_delta: '%{delta} points of %{max}',
    generated: 'Computed %{at}',
    area_level: 'One of the evaluations has area totals only, so the comparison is by area, not by sub-question.',
    areas_heading: 'Scores by area',
    questions_heading: 'Scores by sub-question',
    before: 'Before',
    after: 'After',
    delta: 'Change',
    verdict: 'Verdict',
    actions: 'Actions',
    no_actions: 'no actions',
    area_short: 'Area %{number}',
    radar_title: 'Scores by area as a share of the max points: %{before} and %{after}',
    radar_axis: '%{label}: before %{before}, after %{after} of %{max}',
    series_before: 'Before: %{label}',
    series_after: 'After: %{label}',
    download_pdf: 'Download as PDF',
    download_xlsx: 'Download as Excel',
    insights_heading: 'Insights',
    insights_intro:
      'How the sub-questions moved, set against the plan’s actions. A link is not a proof, but a question worth asking.',
    insights_intro_area:
      'How the areas moved, set against the plan’s actions. A link is not a proof, but a question worth asking.',
    insight_improvedWithDoneActions: 'Improved, with actions done (%{smart_count})',
    insight_improvedWithPlannedActions: 'Improved, with actions not yet done (%{smart_count})',
    insight_improvedWithoutActions: 'Improved without actions (%{smart_count})',
    insight_unchangedDespiteDoneActions: 'Unchanged despite actions done (%{smart_count})',
    insight_declined: 'Declined (%{smart_count})',
    insight_none: 'None.',
    insight_scores: 'from %{before} to %{after} of %{max} points (%{delta})',
    empty_title: 'No re-evaluation linked yet',
    empty_text_link:
      'The report compares the plan’s baseline with the re-evaluation. Import the re-evaluation as a new evaluation, then link it to the plan with Link re-evaluation above.',
    empty_text_wait:
      'The report shows once the quality coordinator has imported the re-evaluation and linked it to the plan. Until then, the tab Before the re-evaluation shows how the work is going.',
    go_import: 'Import the re-evaluation',
    'warning_area-total-mismatch':
      'Area %{area} of %{label}: the report states %{stated} points but its sub-questions add up to %{derived}. The comparison uses %{derived}.',
    'warning_missing-score':
      'Sub-question %{code} has no score in %{label}. Area %{area} sums the sub-questions each evaluation has.',
    'warning_crosswalk-rescaled':
      "Area %{area} maps to areas with another maximum in the new model; their points are shown on the area's own scale.",
    'warning_reversed-order':
      'The baseline is later than the evaluation it is compared with: the changes read backwards in time.',
  },
} satisfies SameKeys<typeof reportSv>;

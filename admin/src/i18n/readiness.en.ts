import type { SameKeys } from './types';
import type { readinessSv } from './readiness.sv';

/** English for `kompass.readiness`: exactly the Swedish keys. */
export const readinessEn = {
  readiness: {
    heading: 'Before the re-evaluation',
    planned: 'The re-evaluation is planned for %{date} (%{days}).',
    improvement_items: 'improvement in the baseline |||| improvements in the baseline',
    unanswered_items: 'without an action',
    actions_planned: 'action (not cancelled) |||| actions (not cancelled)',
    actions_done: 'action done |||| actions done',
    questions_lacking: 'sub-question without actions |||| sub-questions without actions',
    areas_heading: 'The baseline by area (%{label})',
    col_baseline: 'Points',
    col_items: 'Improvements',
    col_unanswered: 'Without action',
    col_planned: 'Actions',
    col_done: 'Done',
    radar_title: 'The baseline by area as a share of the max points: %{label}',
    radar_axis: '%{label}: %{before} of %{max}',
    lacking_heading: 'Sub-questions without actions, most points to gain first',
    lacking_none: 'Every sub-question has at least one action.',
    lacking_items: 'one improvement |||| %{smart_count} improvements',
    lacking_summary:
      'One sub-question has no action; %{with_items} of them have improvements in the baseline. |||| %{smart_count} sub-questions have no action; %{with_items} of them have improvements in the baseline.',
    col_question: 'Sub-question',
    col_to_gain: 'Points to gain',
    col_kind: 'Improvements',
    has_items: 'Has one improvement but no action |||| Has %{smart_count} improvements but no action',
    no_items: 'No improvement in the baseline',
  },
} satisfies SameKeys<typeof readinessSv>;

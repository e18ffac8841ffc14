import type { SameKeys } from './types';
import type { trendsSv } from './trends.sv';

/** English for `kompass.trends`: exactly the Swedish keys. */
export const trendsEn = {
  trends: {
    heading: 'Progress week by week',
    intro:
      'Planned, done and on track at the end of each week, computed from the audit trail and the progress reports.',
    scope: 'Show for',
    whole_plan: 'The whole action plan',
    chart_title: 'Progress per week: %{scope}. The table below the chart holds the same figures.',
    table_label: 'Progress per week, the latest weeks: %{scope}',
    col_week: 'Week',
    legend_planned: 'Planned',
    legend_done: 'Done',
    legend_onTrack: 'On track',
    planned_value: 'Planned %{count}',
    done_value: 'Done %{count}',
    onTrack_value: 'On track %{count}',
  },
} satisfies SameKeys<typeof trendsSv>;

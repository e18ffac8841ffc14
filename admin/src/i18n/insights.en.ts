import type { SameKeys } from './types';
import type { insightsSv } from './insights.sv';

/** English for insights.sv.ts: exactly the Swedish keys. */
export const insightsEn = {
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
  departments_rollup: {
    heading: 'Departments',
    none: 'No action belongs to a department yet.',
    col_department: 'Department',
    col_last_report: 'Latest progress report',
    no_department: 'No department',
    no_report: 'None yet',
    own: '(your department)',
  },
  attention: {
    blocked_heading: 'Blocked actions (%{smart_count})',
    blocked_none: 'No action is blocked.',
    gaps_heading: 'Sub-questions without actions, most points to gain',
    gaps_none: 'Every sub-question has at least one action.',
    gap_points: '%{points} points to gain (%{baseline} of %{max})',
    see_all_gaps: 'All sub-questions without actions (%{smart_count})',
  },
  briefing: {
    download: 'Briefing before the re-evaluation (PDF)',
  },
} satisfies SameKeys<typeof insightsSv>;

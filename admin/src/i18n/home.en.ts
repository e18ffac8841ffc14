import type { SameKeys } from './types';
import type { homeSv } from './home.sv';

/** English for `kompass.home`: exactly the Swedish keys. */
export const homeEn = {
  home: {
    plan_heading: 'The action plan',
    all_plans: 'All action plans (%{smart_count})',
    days_label: 'day to the re-evaluation on %{date} |||| days to the re-evaluation on %{date}',
    days_past_label:
      'day since the planned re-evaluation on %{date} |||| days since the planned re-evaluation on %{date}',
    plan_closed: 'The action plan was closed on %{date}.',
    plan_closed_by: 'The action plan was closed on %{date} when the re-evaluation “%{label}” was linked.',
    done_label: 'action done |||| actions done',
    overdue_label: 'overdue action |||| overdue actions',
    progress_label: 'mean progress',
    overdue_heading: 'Overdue actions (%{smart_count})',
    overdue_none: 'No actions are overdue.',
    see_all: 'Show all (%{smart_count})',
    deadlines_heading: 'Next deadlines',
    deadlines_none: 'No open actions have deadlines ahead.',
    areas_heading: 'Progress by area',
    updates_heading: 'Latest progress reports',
    updates_none: 'No progress reports yet. They come when the owners report on their actions.',
    failed_heading: 'Failed mails (%{smart_count})',
    failed_none: 'Every reminder has gone out.',
    failed_open: 'Open the outbox',
    radar_heading: 'The baseline by area',
    radar_heading_report: 'Before and after by area',
    open_readiness: 'Before the re-evaluation',
    open_report: 'Go to the re-evaluation',
    my_due_heading: 'Your actions',
    my_due_summary:
      'You have one open action (%{overdue} overdue), next deadline %{next}. |||| You have %{smart_count} open actions (%{overdue} overdue), next deadline %{next}.',
    my_due_none: 'You have no open actions right now.',
    go_my_actions: 'Go to My actions: report progress',
  },
} satisfies SameKeys<typeof homeSv>;

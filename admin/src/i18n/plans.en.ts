import type { SameKeys } from './types';
import type { plansSv } from './plans.sv';

/** English for `kompass.plans`: exactly the Swedish keys. */
export const plansEn = {
  plans: {
    page_title: 'Action plan: %{title}',
    views: 'Action plan views',
    tab_actions: 'Actions',
    tab_progress: 'Progress by area',
    tab_timeline: 'Timeline',
    tab_readiness: 'Before the re-evaluation',
    tab_report: 'Re-evaluation',
    export_xlsx: 'Export to Excel',
    export_csv: 'Export to CSV',
    no_follow_up: 'No re-evaluation linked yet',
    link: 'Link re-evaluation',
    change_link: 'Change the link',
    link_title: 'Link the re-evaluation to the action plan',
    link_intro:
      'Choose the evaluation that follows up the plan. It must be of the same municipality, made on the same version of Kommunkompassen and later than the baseline. Linking it closes the plan and makes the report available.',
    link_none: 'There is no other evaluation to link. Import the re-evaluation first.',
    link_submit: 'Link',
    link_refused: 'The evaluation cannot be linked',
    unlink: 'Remove the link',
    linked: 'The re-evaluation is linked and the plan closed.',
    unlinked: 'The link to the re-evaluation is removed.',
    days_left: 'in one day |||| in %{smart_count} days',
    days_ago: 'one day ago |||| %{smart_count} days ago',
    days_today: 'today',
    empty_title: 'No action plans yet',
    empty_text_create:
      'An action plan is made from the improvements of an evaluation: open the evaluation, select the improvements and choose Create actions.',
    empty_text_wait:
      'Once the quality coordinator has turned the evaluation’s improvements into an action plan, it shows here.',
    go_evaluations: 'Go to the evaluations',
    go_baseline: 'Go to the evaluation',
    actions_empty_title: 'The plan has no actions yet',
    actions_empty_text_create:
      'Turn the evaluation’s improvements into actions (select them and choose Create actions), or add actions one at a time.',
    actions_empty_text_wait:
      'The quality coordinator adds actions to the plan. They show here with owner and deadline.',
    progress_heading: 'Progress by area',
    progress_intro:
      'Actions by Kommunkompassen area: done of active (cancelled ones do not count), mean progress and overdue.',
    col_actions: 'Actions',
    col_done: 'Done',
    col_progress: 'Progress',
    col_done_share: 'Share done',
    col_overdue: 'Overdue',
    done_of_active: '%{done} of %{active}',
    by_status_heading: 'Actions by status',
    uncovered_heading: 'Sub-questions without actions',
    uncovered_none: 'Every sub-question with improvements has at least one action.',
    uncovered_intro:
      'One sub-question has improvements but no action yet. |||| %{smart_count} sub-questions have improvements but no action yet.',
    uncovered_items: '(one improvement) |||| (%{smart_count} improvements)',
    timeline_heading: 'Timeline up to the re-evaluation',
    timeline_intro: 'The actions’ deadlines month by month, up to the planned re-evaluation on %{date}.',
    timeline_empty: 'The plan has no actions with deadlines yet.',
    today: 'Today',
    planned_reevaluation: 'Planned re-evaluation',
    after_reevaluation: 'After the re-evaluation',
  },
} satisfies SameKeys<typeof plansSv>;

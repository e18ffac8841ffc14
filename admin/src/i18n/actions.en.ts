import type { SameKeys } from './types';
import type { actionsSv } from './actions.sv';

/** English for `kompass.actions`: exactly the Swedish keys. */
export const actionsEn = {
  actions: {
    page_title: 'Action: %{title}',
    overdue: 'Overdue',
    due_within_days: 'Within one day |||| Within %{smart_count} days',
    form_heading: 'Change the action',
    edit_report: 'Change and report',
    not_yours: 'You can read this action but not change it: it is neither yours nor your department’s.',
    plan_closed_read_only:
      'The action plan is closed, so this action can no longer be changed or get progress reports.',
    plan_closed_carry_over: 'Open actions are taken on with “Move open actions” on the closed action plan.',
    question_codes_follow:
      'Follows the sub-questions of its improvement items, also when they are corrected. Choose others to detach the action.',
    question_codes_overridden:
      'Chosen for the action. Empty the field to follow the sub-questions of its improvement items again.',
    question_codes_own: 'The action belongs to no improvement item: choose the sub-questions it works on.',
    question_codes_source_follow: 'from its improvement items',
    question_codes_source_overridden: 'chosen for the action',
    no_report_yet: 'none yet',
    no_questions: 'No sub-question (area %{areas})',
    status_help: 'Only the quality coordinator can reopen a done or cancelled action.',
    progress_help: 'How much of the action is done, 0–100%.',
    comment_help:
      'Required when the action is done (what was achieved?) or cancelled (why?). Saved as a progress report.',
    comment_required_done: 'Say what was achieved: a done action needs a comment.',
    comment_required_cancelled: 'Say why the action is cancelled: a comment is needed.',
    nothing_changed: 'Nothing has changed.',
    saved: 'The action is saved.',
    delete_title: 'Delete the action %{title}?',
    delete_content: 'The action is deleted with its progress reports. This cannot be undone.',
    empty_title: 'No actions yet',
    empty_text_create:
      'Actions are made from the improvements of an evaluation: open the evaluation, select the improvements and choose Create actions.',
    empty_text_wait: 'Once the quality coordinator has set up actions, they show here with owner and deadline.',
  },
} satisfies SameKeys<typeof actionsSv>;

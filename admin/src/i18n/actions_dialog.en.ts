import type { SameKeys } from './types';
import type { actionsDialogSv } from './actions_dialog.sv';

/** English for `kompass.actions_dialog`: exactly the Swedish keys. */
export const actionsDialogEn = {
  actions_dialog: {
    open: 'Create actions',
    title: 'Create actions from improvements',
    intro:
      'An action is created for the selected improvement. Owner, department and deadline can be changed afterwards. |||| An action is created for each of the %{smart_count} selected improvements. Owner, department and deadline apply to all of them and can be changed per action afterwards.',
    plan: 'Action plan',
    existing_plan: 'Add to an existing action plan',
    new_plan: 'Create a new action plan',
    plan_title: 'Name of the action plan',
    default_title: 'Action plan after %{label}',
    re_evaluation_date: 'Planned re-evaluation',
    re_evaluation_help: 'When the municipality plans to be evaluated again.',
    owner: 'Owner',
    department: 'Department',
    no_department: 'No department',
    deadline: 'Deadline',
    optional: 'Optional',
    submit: 'Create one action |||| Create %{smart_count} actions',
    created: 'One action was created in %{plan}. |||| %{smart_count} actions were created in %{plan}.',
    skipped_note:
      'One improvement already had an action there. |||| %{smart_count} improvements already had actions there.',
    deadline_help: 'Optional. When empty: 30 days before the planned re-evaluation.',
    failed: 'The actions could not be created: %{message}',
  },
} satisfies SameKeys<typeof actionsDialogSv>;

import type { SameKeys } from './types';
import type { myActionsSv } from './my_actions.sv';

/** English for `kompass.my_actions`: exactly the Swedish keys. */
export const myActionsEn = {
  my_actions: {
    title: 'My actions',
    intro: 'Actions you own. Report progress right here: status, progress and a comment.',
    intro_department:
      'Actions you own or that belong to %{department}. Report progress right here: status, progress and a comment.',
    show_closed: 'Show done and cancelled too',
    report: 'Report',
    report_for: 'Progress report for %{title}',
    reported: 'The progress report for %{title} is saved.',
    empty_open_title: 'You have no open actions',
    empty_title: 'You have no actions',
    empty_text:
      'When the quality coordinator gives you or your department an action, it shows here. You get a reminder by e-mail before the deadline.',
  },
} satisfies SameKeys<typeof myActionsSv>;

import type { SameKeys } from './types';
import type { pauseSv } from './pause.sv';

/** English for `kompass.pause`: exactly the Swedish keys. */
export const pauseEn = {
  pause: {
    heading: 'Pause reminders',
    help: 'During a leave you get no reminders; reminders about your actions go to your department head instead.',
    help_other:
      'During the leave the person gets no reminders; reminders about their actions go to the department head instead.',
    from: 'First day',
    until: 'Last day',
    save: 'Save the pause',
    clear: 'End the pause',
    saved: 'The pause is saved',
    cleared: 'The pause is ended',
    current: 'Paused %{from} – %{until}',
    none: 'No pause.',
    both_required: 'Give both the first and the last day.',
    until_before_from: 'The last day cannot be before the first.',
  },
} satisfies SameKeys<typeof pauseSv>;

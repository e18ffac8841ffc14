import type { SameKeys } from './types';
import type { remindersSv } from './reminders.sv';

/** English for `kompass.reminders`: exactly the Swedish keys. */
export const remindersEn = {
  reminders: {
    title: 'Reminders',
    municipality: 'Municipality',
    choose_municipality: 'Choose a municipality to see and change its reminders.',
    rules_heading: 'Rules',
    enabled: 'Send reminders',
    deadline_days: 'Remind before the deadline (days, comma-separated)',
    deadline_days_help:
      'For example 14, 3: a reminder 14 and 3 days before the deadline. At most five values from 0 to 120.',
    repeat_days: 'Repeat reminders after (days)',
    stale_days: 'Ask for a progress report after (days without one)',
    escalation_days: 'Escalate to coordinators and the department head after (days overdue)',
    leadership_summary: 'Monthly summary to leadership',
    save: 'Save the rules',
    saved: 'The rules are saved',
    invalid_days: 'Give whole numbers from 0 to 120, separated by commas, at most five and no duplicates.',
    invalid_number: 'Give a whole number from %{min} to %{max}.',
    preview_heading: 'Preview',
    preview_help: 'Shows what a sweep on the chosen day would send, per recipient and kind. Nothing is sent or saved.',
    preview_date: 'Day',
    preview: 'Preview',
    preview_none: 'No reminders would be sent that day.',
    not_working_day: '%{date} is not a working day: reminders go out on working days only.',
    preview_count: '%{smart_count} mail would be sent |||| %{smart_count} mails would be sent',
    on_behalf_of: 'instead of %{name}, away until %{until}',
    days: {
      deadline: 'due in %{smart_count} day |||| due in %{smart_count} days',
      overdue: '%{smart_count} day overdue |||| %{smart_count} days overdue',
      stale: 'no progress report for %{smart_count} day |||| no progress report for %{smart_count} days',
    },
    recipient: 'Recipient',
    kind: 'Kind',
    actions: 'Actions',
    run_heading: 'Send now',
    run_help: "Runs today's sweep for the municipality now. What was already sent today is not sent again.",
    run: 'Send now',
    run_done: '%{smart_count} mail queued. |||| %{smart_count} mails queued.',
    run_nothing: 'Nothing new to send today.',
    run_not_working_day: 'Today is not a working day: nothing was sent.',
    open_outbox: 'Open the outbox',
  },
} satisfies SameKeys<typeof remindersSv>;

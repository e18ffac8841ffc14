import type { SameKeys } from './types';
import type { outboxSv } from './outbox.sv';

/** English for `kompass.outbox`: exactly the Swedish keys. */
export const outboxEn = {
  outbox: {
    empty_title: 'The outbox is empty',
    empty_text:
      'Every reminder Kompass sends shows here: before deadlines, when overdue, and when progress reports are missing. Reminders go out once actions have owners and deadlines.',
    superseded: 'Replaced by mail %{id}',
  },
} satisfies SameKeys<typeof outboxSv>;

import type { SameKeys } from './types';
import type { notificationKindsSv } from './notification_kinds.sv';

/** English for `kompass.notification_kinds`: exactly the Swedish keys. */
export const notificationKindsEn = {
  notification_kinds: {
    deadline: 'Deadline coming up',
    overdue: 'Overdue',
    stale: 'Progress report missing',
    escalation: 'Escalation',
    summary: 'Monthly summary',
    closing: 'Plan ending',
  },
} satisfies SameKeys<typeof notificationKindsSv>;

import type { SameKeys } from './types';
import type { notificationStatusesSv } from './notification_statuses.sv';

/** English for `kompass.notification_statuses`: exactly the Swedish keys. */
export const notificationStatusesEn = {
  notification_statuses: { queued: 'Queued', sent: 'Sent', failed: 'Failed' },
} satisfies SameKeys<typeof notificationStatusesSv>;

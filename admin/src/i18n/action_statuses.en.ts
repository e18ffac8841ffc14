import { ACTION_STATUS_LABELS } from '@kompass/shared';
import type { SameKeys } from './types';
import type { actionStatusesSv } from './action_statuses.sv';

/** English for `kompass.action_statuses`: exactly the Swedish keys. */
export const actionStatusesEn = {
  action_statuses: { ...ACTION_STATUS_LABELS.en },
} satisfies SameKeys<typeof actionStatusesSv>;

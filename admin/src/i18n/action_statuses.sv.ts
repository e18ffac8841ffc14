import { ACTION_STATUS_LABELS } from '@kompass/shared';

/** Swedish for `kompass.action_statuses`. */
export const actionStatusesSv = {
  action_statuses: { ...ACTION_STATUS_LABELS.sv },
};

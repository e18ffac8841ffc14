import { ACTION_PRIORITY_LABELS } from '@kompass/shared';

/** Swedish for `kompass.priorities`. */
export const prioritiesSv = {
  priorities: { ...ACTION_PRIORITY_LABELS.sv },
};

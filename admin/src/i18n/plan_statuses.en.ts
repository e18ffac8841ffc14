import type { SameKeys } from './types';
import type { planStatusesSv } from './plan_statuses.sv';

/** English for `kompass.plan_statuses`: exactly the Swedish keys. */
export const planStatusesEn = {
  plan_statuses: { active: 'Active', closed: 'Closed' },
} satisfies SameKeys<typeof planStatusesSv>;

import type { SameKeys } from './types';
import type { departmentKindsSv } from './department_kinds.sv';

/** English for `kompass.department_kinds`: exactly the Swedish keys. */
export const departmentKindsEn = {
  department_kinds: {
    administration: 'Department',
    committee: 'Committee',
    company: 'Company',
  },
} satisfies SameKeys<typeof departmentKindsSv>;

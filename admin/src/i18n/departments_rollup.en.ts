import type { SameKeys } from './types';
import type { departmentsRollupSv } from './departments_rollup.sv';

/** English for `kompass.departments_rollup`: exactly the Swedish keys. */
export const departmentsRollupEn = {
  departments_rollup: {
    heading: 'Departments',
    none: 'No action belongs to a department yet.',
    col_department: 'Department',
    col_last_report: 'Latest progress report',
    no_department: 'No department',
    no_report: 'None yet',
    own: '(your department)',
  },
} satisfies SameKeys<typeof departmentsRollupSv>;

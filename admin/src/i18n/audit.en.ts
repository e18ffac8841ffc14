import type { SameKeys } from './types';
import type { auditSv } from './audit.sv';

/** English for `kompass.audit`: exactly the Swedish keys. */
export const auditEn = {
  audit: {
    history_heading: 'History',
    none: 'No changes recorded.',
    actions: { create: 'Created', update: 'Changed', delete: 'Deleted' },
    entities: {
      municipality: 'Municipality',
      department: 'Department',
      user: 'User',
      evaluation: 'Evaluation',
      finding: 'Finding',
      action_plan: 'Action plan',
      action: 'Action',
      action_update: 'Progress report',
    },
  },
} satisfies SameKeys<typeof auditSv>;

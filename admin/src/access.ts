import { Role, ROLES } from '@kompass/shared';

/**
 * Who may do what in the UI, per resource. The API enforces the same rules (and tenant scoping);
 * this only hides what a role cannot use. Admin may do everything; others per the table below.
 * Add a line per resource as resources are added.
 */
interface ResourceRule {
  read: readonly Role[];
  write: readonly Role[];
}

const EVERYONE = ROLES;

const RULES: Record<string, ResourceRule> = {
  municipalities: { read: [], write: [] },
  departments: { read: EVERYONE, write: [Role.Coordinator] },
  users: { read: EVERYONE, write: [Role.Coordinator] },
  frameworks: { read: EVERYONE, write: [] },
  // Coordinators import evaluations, correct scores, link findings to sub-questions and turn them into actions
  evaluations: { read: EVERYONE, write: [Role.Coordinator] },
  findings: { read: EVERYONE, write: [Role.Coordinator] },
  'action-plans': { read: EVERYONE, write: [Role.Coordinator] },
};

/** Resources not in the table: everyone reads, only admin writes. */
const DEFAULT_RULE: ResourceRule = { read: EVERYONE, write: [] };

/** react-admin's read-only actions; anything else (create, edit, delete, clone...) is a write. */
const READ_ACTIONS = new Set(['list', 'show', 'read', 'export']);

export function canAccess(role: Role | null | undefined, action: string, resource: string): boolean {
  if (!role) return false;
  if (role === Role.Admin) return true;
  const rule = RULES[resource] ?? DEFAULT_RULE;
  return READ_ACTIONS.has(action) ? rule.read.includes(role) : rule.write.includes(role);
}

export const canWrite = (role: Role | null | undefined, resource: string) => canAccess(role, 'edit', resource);
export const canRead = (role: Role | null | undefined, resource: string) => canAccess(role, 'list', resource);

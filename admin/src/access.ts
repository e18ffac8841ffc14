import { Role, ROLES } from '@kompass/shared';

/**
 * Who may do what in the UI, per resource. The API enforces the same rules (and tenant scoping);
 * this only hides what a role cannot use. Admin may do everything; others per the table below.
 * Add a line per resource as resources are added.
 */
interface ResourceRule {
  read: readonly Role[];
  write: readonly Role[];
  /** Who may open the edit page, when not the writers (department heads edit actions, but create none) */
  edit?: readonly Role[];
}

const EVERYONE = ROLES;

const RULES: Record<string, ResourceRule> = {
  municipalities: { read: [], write: [] },
  'oidc-connections': { read: [], write: [] },
  departments: { read: EVERYONE, write: [Role.Coordinator] },
  users: { read: EVERYONE, write: [Role.Coordinator] },
  frameworks: { read: EVERYONE, write: [] },
  // Coordinators import evaluations, correct scores, link findings to sub-questions and turn them into actions
  evaluations: { read: EVERYONE, write: [Role.Coordinator] },
  findings: { read: EVERYONE, write: [Role.Coordinator] },
  'action-plans': { read: EVERYONE, write: [Role.Coordinator] },
  // Coordinators plan actions; department heads report on theirs (status, progress, description; the API
  // refuses other fields and other departments' actions)
  actions: { read: EVERYONE, write: [Role.Coordinator], edit: [Role.Coordinator, Role.DepartmentHead] },
  // The outbox and the audit trail are the coordinator's tools (the API shows others only their own mail)
  notifications: { read: [Role.Coordinator], write: [] },
  'audit-events': { read: [Role.Coordinator], write: [] },
  // Custom pages: "Mina åtgärder" is the department head's work list
  'my-actions': { read: [Role.DepartmentHead], write: [] },
  // "Påminnelser": the municipality's reminder rules, the dry run and "Skicka nu"
  reminders: { read: [Role.Coordinator], write: [Role.Coordinator] },
};

/** Resources not in the table: everyone reads, only admin writes. */
const DEFAULT_RULE: ResourceRule = { read: EVERYONE, write: [] };

/** react-admin's read-only actions; anything else (create, edit, delete, clone...) is a write. */
const READ_ACTIONS = new Set(['list', 'show', 'read', 'export']);

export function canAccess(role: Role | null | undefined, action: string, resource: string): boolean {
  if (!role) return false;
  if (role === Role.Admin) return true;
  const rule = RULES[resource] ?? DEFAULT_RULE;
  if (READ_ACTIONS.has(action)) return rule.read.includes(role);
  if (action === 'edit' && rule.edit) return rule.edit.includes(role);
  return rule.write.includes(role);
}

/** Creates and changes anything of the resource (a coordinator's actions, not a department head's). */
export const canWrite = (role: Role | null | undefined, resource: string) => canAccess(role, 'create', resource);
/** May open the edit page (the API may still refuse a particular record). */
export const canEdit = (role: Role | null | undefined, resource: string) => canAccess(role, 'edit', resource);
export const canRead = (role: Role | null | undefined, resource: string) => canAccess(role, 'list', resource);

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the audit trail as GET /api/audit-events gives it. */
export interface AuditEventRecord {
  id: number;
  municipalityId: number | null;
  actorId: number | null;
  /** The actor's current name (null when the user is gone). */
  actorName: string | null;
  /** Only for coordinators and admins: others see who by name, not how to reach admins. */
  actorEmail: string | null;
  entity: string;
  entityId: number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

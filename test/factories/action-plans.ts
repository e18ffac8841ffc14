import type { ActionPlanRecord, ActionRecord, AuditEventRecord } from '@kompass/shared';
import { bearer, expectCreated, type ApiTarget } from './api-target';

/** A plan on a baseline evaluation, created through the API. */
export async function createPlan(
  t: ApiTarget,
  token: string,
  baselineEvaluationId: number,
  overrides: Record<string, unknown> = {},
): Promise<ActionPlanRecord> {
  const response = await t
    .http()
    .post('/api/action-plans')
    .set(bearer(token))
    .send({
      baselineEvaluationId,
      title: 'Handlingsplan Kommunkompassen',
      plannedReEvaluationDate: '2027-09-30',
      ...overrides,
    });
  if (response.status !== 201)
    throw new Error(`Creating a plan failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function createAction(
  t: ApiTarget,
  token: string,
  planId: number,
  overrides: Record<string, unknown> = {},
): Promise<ActionRecord> {
  const response = await t
    .http()
    .post('/api/actions')
    .set(bearer(token))
    .send({ planId, title: 'Ta fram en kommunövergripande värdegrund', deadline: '2027-03-31', ...overrides });
  if (response.status !== 201)
    throw new Error(`Creating an action failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A municipality's coordinator, and its department head with the department they work in. */
interface PlanningTenant {
  coordinator: { token: string };
  departmentHead: { user: { id: number } };
  department: { id: number };
}

/** An action owned by the department head in their department, created by the coordinator. */
export function createDepartmentHeadAction(
  t: ApiTarget,
  tenant: PlanningTenant,
  planId: number,
  overrides: Record<string, unknown> = {},
): Promise<ActionRecord> {
  return createAction(t, tenant.coordinator.token, planId, {
    ownerId: tenant.departmentHead.user.id,
    departmentId: tenant.department.id,
    ...overrides,
  });
}

/** Actions drafted from findings (one per finding) through the plan's bulk route, all with the same owner. */
export async function bulkCreateActions(
  t: ApiTarget,
  token: string,
  planId: number,
  fields: { findingIds: number[]; ownerId?: number; departmentId?: number; deadline?: string },
): Promise<ActionRecord[]> {
  const response = await t.http().post(`/api/action-plans/${planId}/actions/bulk`).set(bearer(token)).send(fields);
  return expectCreated<{ created: ActionRecord[] }>(response, 'actions in bulk').created;
}

/** The audit trail's update events of one action, as the holder of `token` reads them. */
export async function actionUpdateEvents(t: ApiTarget, token: string, actionId: number): Promise<AuditEventRecord[]> {
  const response = await t
    .http()
    .get('/api/audit-events')
    .query({ filter: JSON.stringify({ entity: 'action', entityId: actionId, action: 'update' }) })
    .set(bearer(token))
    .expect(200);
  return response.body as AuditEventRecord[];
}

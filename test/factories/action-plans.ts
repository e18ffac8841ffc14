import type { ActionPlanRecord, ActionRecord } from '@kompass/shared';
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

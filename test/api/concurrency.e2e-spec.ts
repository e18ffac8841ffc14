import { createTenant } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/**
 * Many writers at once, some failing inside their transaction: every 2xx must be stored, every refusal must leave
 * nothing. On SQLite this is what one shared connection gets wrong unless transactions are serialised.
 */
describe('concurrent writes', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let planId: number;
  beforeAll(async () => {
    t = await startTestApp();
    tenant = await createTenant(t);
    const { evaluation } = await importReferenceReport(t, tenant.coordinator.token);
    planId = (await createPlan(t, tenant.coordinator.token, evaluation.id)).id;
  });
  afterAll(() => t.close());

  it('keeps every accepted progress report and none of the refused ones', async () => {
    const actions: Awaited<ReturnType<typeof createAction>>[] = [];
    for (let i = 0; i < 20; i += 1)
      actions.push(await createAction(t, tenant.coordinator.token, planId, { title: `Åtgärd ${i}` }));
    const requests = actions.flatMap((action, i) => [
      // Valid: a comment and progress.
      t
        .http()
        .post(`/api/actions/${action.id}/updates`)
        .set(bearer(tenant.coordinator.token))
        .send({ progress: 10 + i, comment: `Rapport ${i}` }),
      // Refused inside the transaction, after the version was claimed: done without a comment.
      t
        .http()
        .post(`/api/actions/${actions[(i + 1) % actions.length].id}/updates`)
        .set(bearer(tenant.coordinator.token))
        .send({ status: 'done' }),
      t
        .http()
        .get('/api/actions')
        .query({ filter: JSON.stringify({ planId }) })
        .set(bearer(tenant.leadership.token)),
    ]);
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const accepted = responses.filter((r) => r.status === 201);
    const stored = await t.dataSource.getRepository('action_update').count();
    expect(stored).toBe(accepted.length);
    const refused = responses.filter((r) => r.status === 422 || r.status === 409).length;
    expect(accepted.length + refused + actions.length).toBe(responses.length);
    const rows = await t.dataSource.getRepository('action').find();
    expect(rows.filter((a) => a.status === 'done')).toEqual([]);
    for (const response of accepted) {
      const action = rows.find((a) => a.id === response.body.action.id)!;
      expect(action.progress).toBe(response.body.action.progress);
      expect(action.version).toBe(response.body.action.version);
    }
  });
});

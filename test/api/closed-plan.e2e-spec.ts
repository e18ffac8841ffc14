import { createTenant } from '../factories';
import { createDepartmentHeadAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** A closed plan is the record of the round: its open actions can be read but not changed until it is reopened. */
describe('closed plan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps the actions of a closed plan read-only for every role, until the plan is reopened', async () => {
    const tenant = await createTenant(t);
    const coordinator = tenant.coordinator.token;
    const { evaluation } = await importReferenceReport(t, coordinator);
    const plan = await createPlan(t, coordinator, evaluation.id);
    const action = await createDepartmentHeadAction(t, tenant, plan.id);
    await t.http().put(`/api/action-plans/${plan.id}`).set(bearer(coordinator)).send({ status: 'closed' }).expect(200);

    for (const token of [coordinator, tenant.departmentHead.token]) {
      const edit = await t
        .http()
        .put(`/api/actions/${action.id}`)
        .set(bearer(token))
        .send({ version: action.version, progress: 50 })
        .expect(422);
      expect(edit.body.code).toBe('plan_closed_action_read_only');
      const report = await t
        .http()
        .post(`/api/actions/${action.id}/updates`)
        .set(bearer(token))
        .send({ comment: 'Arbetet fortsätter' })
        .expect(422);
      expect(report.body.code).toBe('plan_closed_action_read_only');
    }
    expect((await t.http().delete(`/api/actions/${action.id}`).set(bearer(coordinator)).expect(422)).body.code).toBe(
      'plan_closed_action_read_only',
    );
    const unchanged = await t.http().get(`/api/actions/${action.id}`).set(bearer(coordinator)).expect(200);
    expect(unchanged.body).toMatchObject({ progress: action.progress, version: action.version });

    await t.http().put(`/api/action-plans/${plan.id}`).set(bearer(coordinator)).send({ status: 'active' }).expect(200);
    await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(coordinator))
      .send({ version: action.version, progress: 50 })
      .expect(200);
  });
});

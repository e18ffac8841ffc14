import { Role, type ActionRecord } from '@kompass/shared';
import { createDepartment, createTenant, createUser } from '../factories';
import { actionUpdateEvents, createAction, createPlan } from '../factories/action-plans';
import { bearer, TestApp } from '../support/test-app';
import { startWithReferenceReport, type TestTenant } from '../support/reference-tenant';

describe('bulk edit of actions', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let planId: number;
  beforeAll(async () => {
    let evaluationId: number;
    ({ t, tenant, evaluationId } = await startWithReferenceReport());
    planId = (await createPlan(t, tenant.coordinator.token, evaluationId)).id;
  });
  afterAll(() => t.close());

  const threeActions = async () =>
    Promise.all([1, 2, 3].map((n) => createAction(t, tenant.coordinator.token, planId, { title: `Åtgärd ${n}` })));
  const refs = (actions: ActionRecord[]) => actions.map((a) => ({ id: a.id, version: a.version }));
  const get = async (id: number) =>
    (await t.http().get(`/api/actions/${id}`).set(bearer(tenant.coordinator.token)).expect(200)).body as ActionRecord;

  it('sets owner, department, deadline, priority and status on every selected action and audits each', async () => {
    const actions = await threeActions();
    const res = await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(tenant.coordinator.token))
      .send({
        actions: refs(actions),
        ownerId: tenant.departmentHead.user.id,
        departmentId: tenant.department.id,
        deadline: '2027-05-31',
        priority: 'high',
        status: 'in_progress',
      })
      .expect(200);
    expect(res.body.updated).toHaveLength(3);
    for (const action of actions) {
      const now = await get(action.id);
      expect(now).toMatchObject({
        ownerId: tenant.departmentHead.user.id,
        departmentId: tenant.department.id,
        deadline: '2027-05-31',
        priority: 'high',
        status: 'in_progress',
        version: action.version + 1,
      });
      const audit = await actionUpdateEvents(t, tenant.coordinator.token, action.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: tenant.coordinator.user.id });
      expect(audit[0].after).toMatchObject({
        ownerId: tenant.departmentHead.user.id,
        deadline: '2027-05-31',
        status: 'in_progress',
      });
      const reports = await t
        .http()
        .get('/api/action-updates')
        .query({ filter: JSON.stringify({ actionId: action.id }) })
        .set(bearer(tenant.coordinator.token))
        .expect(200);
      expect(reports.body[0]).toMatchObject({ statusFrom: 'not_started', statusTo: 'in_progress' });
    }
  });

  it('refuses the whole batch with 409 naming the stale ids, and saves nothing', async () => {
    const actions = await threeActions();
    await t
      .http()
      .put(`/api/actions/${actions[1].id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ version: actions[1].version, title: 'Ändrad av någon annan' })
      .expect(200);
    const res = await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(tenant.coordinator.token))
      .send({ actions: refs(actions), deadline: '2028-01-31', priority: 'low' })
      .expect(409);
    expect(res.body.staleIds).toEqual([actions[1].id]);
    expect(res.body.message).toContain(String(actions[1].id));
    expect(res.body.current.map((a: ActionRecord) => a.id)).toEqual([actions[1].id]);
    for (const action of actions) {
      const now = await get(action.id);
      expect(now.deadline).toBe('2027-03-31');
      expect(now.priority).toBe('normal');
      expect(now.version).toBe(action.id === actions[1].id ? action.version + 1 : action.version);
    }
  });

  it('refuses bad input with 4xx naming what, and rolls back a batch that breaks a rule half-way', async () => {
    const actions = await threeActions();
    const coordinator = bearer(tenant.coordinator.token);
    const empty = await t
      .http()
      .put('/api/actions/bulk')
      .set(coordinator)
      .send({ actions: refs(actions) })
      .expect(422);
    expect(empty.body.message).toMatch(/at least one/);
    const badVersion = await t
      .http()
      .put('/api/actions/bulk')
      .set(coordinator)
      .send({ actions: [{ id: actions[0].id }], priority: 'high' })
      .expect(400);
    expect(JSON.stringify(badVersion.body.details)).toContain('version');
    await t
      .http()
      .put('/api/actions/bulk')
      .set(coordinator)
      .send({ actions: refs(actions), priority: 'urgent' })
      .expect(400);
    const twice = await t
      .http()
      .put('/api/actions/bulk')
      .set(coordinator)
      .send({ actions: [...refs(actions), refs(actions)[0]], priority: 'high' })
      .expect(422);
    expect(twice.body.message).toContain(String(actions[0].id));
    const stranger = await t
      .http()
      .put('/api/actions/bulk')
      .set(coordinator)
      .send({ actions: refs(actions), ownerId: 999999 })
      .expect(422);
    expect(stranger.body.details[0].field).toBe('ownerId');
    // done needs a comment: the first action would pass the claim, the rule refuses, nothing is kept
    const done = await t
      .http()
      .put('/api/actions/bulk')
      .set(coordinator)
      .send({ actions: refs(actions), status: 'done' })
      .expect(422);
    expect(done.body.details[0].field).toBe('comment');
    for (const action of actions)
      expect(await get(action.id)).toMatchObject({ status: 'not_started', version: action.version });
  });

  it('keeps tenant and role rules: other municipalities are 404, leadership 403, department heads only status', async () => {
    const actions = await threeActions();
    const other = await createTenant(t);
    const foreign = await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(other.coordinator.token))
      .send({ actions: refs(actions), priority: 'high' })
      .expect(404);
    expect(foreign.body.message).toContain(String(actions[0].id));
    await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(tenant.leadership.token))
      .send({ actions: refs(actions), priority: 'high' })
      .expect(403);
    await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(tenant.departmentHead.token))
      .send({ actions: refs(actions), ownerId: tenant.departmentHead.user.id })
      .expect(403);

    const owned = await Promise.all(
      [1, 2].map((n) =>
        createAction(t, tenant.coordinator.token, planId, { title: `Egen ${n}`, departmentId: tenant.department.id }),
      ),
    );
    await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(tenant.departmentHead.token))
      .send({ actions: refs(owned), status: 'in_progress' })
      .expect(200);
    const elsewhere = await createDepartment(t, tenant.municipality.id);
    const notMine = await createAction(t, tenant.coordinator.token, planId, { departmentId: elsewhere.id });
    const mixed = [
      ...owned.map((a) => ({ id: a.id, version: a.version + 1 })),
      { id: notMine.id, version: notMine.version },
    ];
    await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(tenant.departmentHead.token))
      .send({ actions: mixed, status: 'blocked' })
      .expect(403);
    for (const action of owned) expect((await get(action.id)).status).toBe('in_progress');
    const otherHead = await createUser(t, Role.DepartmentHead, {
      municipalityId: tenant.municipality.id,
      departmentId: elsewhere.id,
    });
    await t
      .http()
      .put('/api/actions/bulk')
      .set(bearer(otherHead.token))
      .send({ actions: [{ id: notMine.id, version: notMine.version }], status: 'in_progress' })
      .expect(200);
  });
});

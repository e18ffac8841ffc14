import type { ActionRecord, FindingRecord, PlanReadiness, ReevaluationReport } from '@kompass/shared';
import { createTenant } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { importCsvEvaluation, kk2016Id } from '../factories/reports';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** Issue #14 item 2: an action's sub-questions follow its improvement items unless the action overrides them. */
describe('sub-questions of an action', () => {
  let t: TestApp;
  let token: string;
  let planId: number;
  let baselineId: number;
  let frameworkId: number;
  let item: FindingRecord;
  beforeAll(async () => {
    t = await startTestApp();
    const tenant = await createTenant(t);
    token = tenant.coordinator.token;
    frameworkId = await kk2016Id(t);
    baselineId = (await importReferenceReport(t, token, { frameworkId, label: 'Kommunkompassen 2017' })).evaluation.id;
    planId = (await createPlan(t, token, baselineId)).id;
    const list = await t
      .http()
      .get('/api/findings')
      .query({
        filter: JSON.stringify({ evaluationId: baselineId, area: 1, kind: 'improvement' }),
        sort: '["id","ASC"]',
      })
      .set(bearer(token));
    item = list.body[0];
  }, 60_000);
  afterAll(() => t.close());

  const setFindingCodes = async (codes: string[]) =>
    expect(
      (await t.http().put(`/api/findings/${item.id}`).set(bearer(token)).send({ questionCodes: codes })).status,
    ).toBe(200);
  const getAction = async (id: number): Promise<ActionRecord> =>
    (await t.http().get(`/api/actions/${id}`).set(bearer(token)).expect(200)).body;
  const putAction = async (id: number, body: Record<string, unknown>) => {
    const current = await getAction(id);
    return t
      .http()
      .put(`/api/actions/${id}`)
      .set(bearer(token))
      .send({ version: current.version, ...body });
  };
  const readiness = async (): Promise<PlanReadiness> =>
    (await t.http().get(`/api/action-plans/${planId}/readiness`).set(bearer(token)).expect(200)).body;

  it('follows a correction of its improvement item’s codes, and readiness counts it under the new code only', async () => {
    await setFindingCodes(['1.3']);
    const action = await createAction(t, token, planId, {
      title: 'Följer förbättringsmöjligheten',
      findingIds: [item.id],
    });
    expect(action).toMatchObject({ questionCodes: ['1.3'], questionCodesOverridden: false });

    await setFindingCodes(['1.4']);
    expect(await getAction(action.id)).toMatchObject({
      questionCodes: ['1.4'],
      areas: [1],
      questionCodesOverridden: false,
    });
    const r = await readiness();
    const planned = (code: string) => r.questions.find((q) => q.code === code)!.actionsPlanned;
    expect([planned('1.3'), planned('1.4')]).toEqual([0, 1]);
  });

  it('keeps an override through later corrections of the item, and returns to the item’s codes when the override is cleared', async () => {
    await setFindingCodes(['1.3']);
    const action = await createAction(t, token, planId, { title: 'Egen koppling', findingIds: [item.id] });
    const overridden = await putAction(action.id, { questionCodes: ['2.1', '1.3'] });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({
      questionCodes: ['2.1', '1.3'],
      areas: [1, 2],
      questionCodesOverridden: true,
    });

    await setFindingCodes(['1.5']);
    expect(await getAction(action.id)).toMatchObject({ questionCodes: ['2.1', '1.3'], questionCodesOverridden: true });

    const cleared = await putAction(action.id, { questionCodes: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ questionCodes: ['1.5'], areas: [1], questionCodesOverridden: false });

    // Choosing exactly the item's codes is no override either.
    const same = await putAction(action.id, { questionCodes: ['1.5'] });
    expect(same.body).toMatchObject({ questionCodes: ['1.5'], questionCodesOverridden: false });
  });

  it('refuses a code the plan’s framework does not have, naming the field', async () => {
    const action = await createAction(t, token, planId, { title: 'Fel kod', questionCodes: ['1.3'] });
    const res = await putAction(action.id, { questionCodes: ['9.9'] });
    expect(res.status).toBe(422);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'questionCodes', message: expect.stringContaining('9.9') }),
    ]);
    const created = await t
      .http()
      .post('/api/actions')
      .set(bearer(token))
      .send({ planId, title: 'Fel kod', deadline: '2027-03-31', questionCodes: ['4.9'] });
    expect(created.status).toBe(422);
  });

  it('lists each action in the report once per sub-question it addresses now, not under the item’s former code', async () => {
    await setFindingCodes(['1.3']);
    const action = await createAction(t, token, planId, { title: 'Rättad efter import', findingIds: [item.id] });
    await setFindingCodes(['1.2']);
    const followUp = await importCsvEvaluation(
      t,
      token,
      { '1.3': 5 },
      { frameworkId, evaluatedAt: '2021-10', label: 'Kommunkompassen 2021' },
    );
    const plan = await createPlan(t, token, baselineId, { title: 'Andra planen' });
    const second = await createAction(t, token, plan.id, { title: 'Rättad efter import', findingIds: [item.id] });
    await setFindingCodes(['1.1']);
    await t
      .http()
      .put(`/api/action-plans/${plan.id}`)
      .set(bearer(token))
      .send({ followUpEvaluationId: followUp.id })
      .expect(200);
    const report: ReevaluationReport = (
      await t.http().get(`/api/action-plans/${plan.id}/report`).set(bearer(token)).expect(200)
    ).body;
    const under = report.questions.filter((q) => q.actionIds.includes(second.id)).map((q) => q.code);
    expect(under).toEqual(['1.1']);
    expect(report.actions.find((a) => a.id === second.id)!.questionCodes).toEqual(['1.1']);
    expect((await getAction(action.id)).questionCodes).toEqual(['1.1']);
  });
});

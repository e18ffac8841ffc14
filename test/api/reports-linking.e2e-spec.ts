import { createTenant } from '../factories';
import { createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { importCsvEvaluation, kk2016Id } from '../factories/reports';
import { FOLLOW_UP_SCORES } from '../fixtures/reevaluation-report.sample';
import { startWithTenant, type TestTenant } from '../support/reference-tenant';
import { bearer, TestApp } from '../support/test-app';

/** A second framework version, as SKR revised the model in 2020 (cf. frameworks.e2e-spec.ts). */
function model2020() {
  return {
    code: 'KK2020-T',
    name: 'Kommunkompassen 2020 (test)',
    validFrom: 2020,
    areas: Array.from({ length: 8 }, (_, i) => ({
      number: i + 1,
      name: `Område ${i + 1} (2020)`,
      maxPoints: 100,
      questions: [
        { code: `${i + 1}.1`, text: `Fråga ${i + 1}.1`, maxPoints: 40 },
        { code: `${i + 1}.2`, text: `Fråga ${i + 1}.2`, maxPoints: 35 },
        { code: `${i + 1}.3`, text: `Fråga ${i + 1}.3`, maxPoints: 25 },
      ],
    })),
  };
}

describe('linking the re-evaluation to a plan', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let kk2016: number;
  let kk2020: number;
  let baselineId: number;
  beforeAll(async () => {
    ({ t, tenant } = await startWithTenant());
    kk2016 = await kk2016Id(t);
    kk2020 = (await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(model2020()).expect(201)).body.id;
    baselineId = (await importReferenceReport(t, tenant.coordinator.token, { frameworkId: kk2016 })).evaluation.id;
  }, 60_000);
  afterAll(() => t.close());

  const link = (planId: number, body: Record<string, unknown>, token = tenant.coordinator.token) =>
    t.http().put(`/api/action-plans/${planId}`).set(bearer(token)).send(body);
  const newPlan = () => createPlan(t, tenant.coordinator.token, baselineId, { plannedReEvaluationDate: '2021-09-30' });
  const reEvaluation = (evaluatedAt: string, frameworkId = kk2016) =>
    importCsvEvaluation(
      t,
      tenant.coordinator.token,
      frameworkId === kk2016 ? FOLLOW_UP_SCORES : { '1.1': 20, '2.1': 30 },
      { frameworkId, evaluatedAt, label: `Omvärdering ${evaluatedAt}` },
    );

  it('links a later evaluation of the same municipality and framework, and closes the plan', async () => {
    const plan = await newPlan();
    expect(plan.status).toBe('active');
    const followUp = await reEvaluation('2021-10');
    const res = await link(plan.id, { followUpEvaluationId: followUp.id }).expect(200);
    expect(res.body).toMatchObject({ followUpEvaluationId: followUp.id, status: 'closed' });
    expect(Date.parse(res.body.closedAt)).toBeGreaterThan(Date.now() - 60_000);
    await t.http().get(`/api/action-plans/${plan.id}/report`).set(bearer(tenant.leadership.token)).expect(200);
  });

  it('refuses a re-evaluation on another framework version with 422 citing SKR’s rule', async () => {
    const plan = await newPlan();
    const other = await reEvaluation('2021-10', kk2020);
    const res = await link(plan.id, { followUpEvaluationId: other.id }).expect(422);
    expect(res.body.message).toContain('only evaluations on the same revision compare');
    expect(res.body.details).toEqual([
      {
        field: 'followUpEvaluationId',
        message: expect.stringContaining('another version of Kommunkompassen'),
        code: 'follow_up_cannot_link',
      },
    ]);
    const after = await t.http().get(`/api/action-plans/${plan.id}`).set(bearer(tenant.coordinator.token)).expect(200);
    expect(after.body).toMatchObject({ followUpEvaluationId: null, status: 'active' });
    // The comparison endpoint applies the same rule.
    const cmp = await t
      .http()
      .get(`/api/evaluations/${other.id}/comparison`)
      .query({ baseline: baselineId })
      .set(bearer(tenant.leadership.token))
      .expect(422);
    expect(cmp.body.message).toMatch(/KK2016 and KK2020.*same revision/);
  });

  it('refuses an earlier or same-month evaluation, and the baseline itself, with 422 saying why', async () => {
    const plan = await newPlan();
    const earlier = await reEvaluation('2016-05');
    expect((await link(plan.id, { followUpEvaluationId: earlier.id }).expect(422)).body.message).toContain(
      'must be later than the baseline (2017-09-01)',
    );
    const sameMonth = await reEvaluation('2017-09');
    await link(plan.id, { followUpEvaluationId: sameMonth.id }).expect(422);
    const itself = await link(plan.id, { followUpEvaluationId: baselineId }).expect(422);
    expect(itself.body.details.map((d: { message: string }) => d.message)).toEqual(
      expect.arrayContaining(['is the baseline evaluation itself']),
    );
  });

  it('hides another municipality’s evaluation (404) from coordinators and refuses it for admins (422)', async () => {
    const plan = await newPlan();
    const other = await createTenant(t);
    const foreign = await importCsvEvaluation(t, other.coordinator.token, FOLLOW_UP_SCORES, {
      frameworkId: kk2016,
      evaluatedAt: '2021-10',
    });
    await link(plan.id, { followUpEvaluationId: foreign.id }).expect(404);
    const admin = await link(plan.id, { followUpEvaluationId: foreign.id }, t.adminToken).expect(422);
    expect(admin.body.message).toContain('belongs to another municipality');
  });

  it('answers unknown ids with 404, malformed ones with 400, and readers with 403', async () => {
    const plan = await newPlan();
    await link(plan.id, { followUpEvaluationId: 999999 }).expect(404);
    expect((await link(plan.id, { followUpEvaluationId: 'senare' }).expect(400)).body.details[0].field).toBe(
      'followUpEvaluationId',
    );
    const followUp = await reEvaluation('2021-11');
    for (const reader of [tenant.departmentHead, tenant.leadership])
      await link(plan.id, { followUpEvaluationId: followUp.id }, reader.token).expect(403);
  });

  it('keeps a linked plan closed, and unlinking takes the report away again', async () => {
    const plan = await newPlan();
    const followUp = await reEvaluation('2021-12');
    await link(plan.id, { followUpEvaluationId: followUp.id }).expect(200);
    expect((await link(plan.id, { status: 'active' }).expect(422)).body.details).toEqual([
      { field: 'status', message: 'the re-evaluation is linked', code: 'plan_closed' },
    ]);
    const unlinked = await link(plan.id, { followUpEvaluationId: null }).expect(200);
    expect(unlinked.body.followUpEvaluationId).toBeNull();
    await t.http().get(`/api/action-plans/${plan.id}/report`).set(bearer(tenant.leadership.token)).expect(409);
    const reopened = await link(plan.id, { status: 'active' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'active', closedAt: null });
  });
});

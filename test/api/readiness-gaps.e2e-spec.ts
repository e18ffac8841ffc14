import type { PlanReadiness } from '@kompass/shared';
import { createTenant } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { kk2016Id } from '../factories/reports';
import { RONNEBY_2017_SCORES } from '../fixtures/kommunkompassen-ronneby-2017.expected';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** Issue #14 item 3: readiness names every sub-question without an action, most points to gain first. */
describe('readiness: sub-questions without actions', () => {
  let t: TestApp;
  let readiness: PlanReadiness;
  beforeAll(async () => {
    t = await startTestApp();
    const tenant = await createTenant(t);
    const token = tenant.coordinator.token;
    const frameworkId = await kk2016Id(t);
    const baselineId = (await importReferenceReport(t, token, { frameworkId })).evaluation.id;
    const plan = await createPlan(t, token, baselineId);
    const list = await t
      .http()
      .get('/api/findings')
      .query({
        filter: JSON.stringify({ evaluationId: baselineId, area: 4, kind: 'improvement' }),
        sort: '["id","ASC"]',
      })
      .set(bearer(token));
    await t
      .http()
      .put(`/api/findings/${list.body[0].id}`)
      .set(bearer(token))
      .send({ questionCodes: ['4.2'] })
      .expect(200);
    await createAction(t, token, plan.id, { title: 'Resultatinformation', questionCodes: ['1.3'] });
    readiness = (
      await t.http().get(`/api/action-plans/${plan.id}/readiness`).set(bearer(tenant.leadership.token)).expect(200)
    ).body;
  }, 60_000);
  afterAll(() => t.close());

  it('counts every sub-question no action works on, not only those with improvement items', () => {
    expect(readiness.totals.questionsWithoutActions).toBe(44);
    const withItems = readiness.questions.filter((q) => q.withoutActions && q.improvementItems > 0);
    expect(readiness.totals.questionsLackingActions).toBe(withItems.length);
    expect(withItems.length).toBeGreaterThan(0);
    expect(withItems.length).toBeLessThan(44);
  });

  it('orders them by points left to gain (max − baseline), largest first', () => {
    const expected = Object.entries(RONNEBY_2017_SCORES)
      .filter(([code]) => code !== '1.3')
      .map(([code, [achieved, max]]) => ({ code, pointsToGain: max - achieved }))
      .sort((a, b) => b.pointsToGain - a.pointsToGain);
    expect(readiness.questionsWithoutActions).toEqual(expected.map((q) => q.code));
    expect(readiness.questions.find((q) => q.code === '2.1')).toMatchObject({
      baseline: 6,
      max: 15,
      pointsToGain: 9,
      withoutActions: true,
      improvementItems: 0,
      lacksActions: false,
    });
  });

  it('tells a sub-question with improvement items but no action from one with no improvement item', () => {
    expect(readiness.questions.find((q) => q.code === '4.2')).toMatchObject({
      baseline: 3,
      max: 10,
      pointsToGain: 7,
      withoutActions: true,
      improvementItems: 1,
      lacksActions: true,
    });
    expect(readiness.questions.find((q) => q.code === '1.3')).toMatchObject({
      withoutActions: false,
      actionsPlanned: 1,
    });
  });
});

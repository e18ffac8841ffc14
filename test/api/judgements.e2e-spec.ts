import type { ActionRecord, PlanSummary } from '@kompass/shared';
import { Action } from '../../backend/src/actions/action.entity';
import { addDays, startOfDayIn, todayIn } from '../../backend/src/common/dates';
import { createAction, createPlan } from '../factories/action-plans';
import { bearer, TestApp } from '../support/test-app';
import { startWithReferenceReport, type TestTenant } from '../support/reference-tenant';

/** YYYY-MM-DD `days` from now; ±10 days keeps clear of the time zone's day boundary. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('on-track judgements', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let evaluationId: number;
  beforeAll(async () => ({ t, tenant, evaluationId } = await startWithReferenceReport()));
  afterAll(() => t.close());

  const report = (token: string, id: number, body: Record<string, unknown>, status = 201) =>
    t.http().post(`/api/actions/${id}/updates`).set(bearer(token)).send(body).expect(status);

  it("keeps the owner's latest judgement beside Kompass's own, and both when they differ", async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createAction(t, tenant.coordinator.token, plan.id, {
      departmentId: tenant.department.id,
      deadline: daysFromNow(300),
    });
    expect(action).toMatchObject({ judgement: null, derivedJudgement: 'on_track' });

    const first = await report(tenant.departmentHead.token, action.id, {
      judgement: 'at_risk',
      comment: 'Upphandlingen drar ut på tiden',
    });
    expect(first.body.update.judgement).toBe('at_risk');
    expect(first.body.action).toMatchObject({ judgement: 'at_risk', derivedJudgement: 'on_track' });

    // a report without a judgement leaves the owner's last word standing
    const second = await report(tenant.departmentHead.token, action.id, { progress: 20 });
    expect(second.body.update.judgement).toBeNull();
    expect(second.body.action.judgement).toBe('at_risk');

    const third = await report(tenant.departmentHead.token, action.id, { judgement: 'on_track' });
    expect(third.body.action.judgement).toBe('on_track');
    const read = await t.http().get(`/api/actions/${action.id}`).set(bearer(tenant.leadership.token)).expect(200);
    expect(read.body).toMatchObject({ judgement: 'on_track', derivedJudgement: 'on_track' });
    const history = await t
      .http()
      .get('/api/action-updates')
      .query({ filter: JSON.stringify({ actionId: action.id }), sort: '["id","ASC"]' })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect(history.body.map((u: { judgement: string | null }) => u.judgement)).toEqual(['at_risk', null, 'on_track']);
  });

  it('refuses an unknown judgement with 400 naming the field', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createAction(t, tenant.coordinator.token, plan.id);
    const res = await report(tenant.coordinator.token, action.id, { judgement: 'grön' }, 400);
    expect(JSON.stringify(res.body)).toContain('judgement must be one of on_track, at_risk, off_track');
  });

  it('derives off track when overdue and at risk when the deadline is near and progress lags', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const overdue = await createAction(t, tenant.coordinator.token, plan.id, {
      deadline: daysFromNow(-10),
      progress: 90,
    });
    const lagging = await createAction(t, tenant.coordinator.token, plan.id, {
      startDate: daysFromNow(-200),
      deadline: daysFromNow(10),
      progress: 30,
    });
    const ahead = await createAction(t, tenant.coordinator.token, plan.id, {
      startDate: daysFromNow(-200),
      deadline: daysFromNow(10),
      progress: 97,
    });
    expect(overdue.derivedJudgement).toBe('off_track');
    expect(lagging.derivedJudgement).toBe('at_risk');
    expect(ahead.derivedJudgement).toBe('on_track');
    // the owner may see it otherwise; the action carries both
    const said = await report(tenant.coordinator.token, lagging.id, {
      judgement: 'on_track',
      comment: 'Resten görs på en vecka',
    });
    expect(said.body.action).toMatchObject({ judgement: 'on_track', derivedJudgement: 'at_risk' });
  });

  it('rolls up the worst judgement and the share in each state per plan and area', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const fine = await createAction(t, tenant.coordinator.token, plan.id, {
      questionCodes: ['1.1'],
      deadline: daysFromNow(300),
    });
    await createAction(t, tenant.coordinator.token, plan.id, { questionCodes: ['1.2'], deadline: daysFromNow(300) });
    const worried = await createAction(t, tenant.coordinator.token, plan.id, {
      questionCodes: ['2.1'],
      deadline: daysFromNow(300),
    });
    await createAction(t, tenant.coordinator.token, plan.id, { questionCodes: ['2.2'], deadline: daysFromNow(-10) });
    await report(tenant.coordinator.token, worried.id, { judgement: 'at_risk' });
    await report(tenant.coordinator.token, fine.id, { judgement: 'on_track' });

    const summary = (
      await t.http().get(`/api/action-plans/${plan.id}/summary`).set(bearer(tenant.leadership.token)).expect(200)
    ).body as PlanSummary;
    expect(summary.total.judgements).toEqual({
      worst: 'off_track',
      counts: { on_track: 2, at_risk: 1, off_track: 1 },
      shares: { on_track: 0.5, at_risk: 0.25, off_track: 0.25 },
    });
    expect(summary.areas.find((a) => a.area === 1)!.judgements).toMatchObject({
      worst: 'on_track',
      counts: { on_track: 2, at_risk: 0, off_track: 0 },
    });
    expect(summary.areas.find((a) => a.area === 2)!.judgements).toMatchObject({
      worst: 'off_track',
      counts: { on_track: 0, at_risk: 1, off_track: 1 },
    });
    expect(summary.areas.find((a) => a.area === 3)!.judgements.worst).toBeNull();

    // a later judgement reaches the (cached) summary
    await report(tenant.coordinator.token, worried.id, { judgement: 'off_track' });
    const after = (
      await t.http().get(`/api/action-plans/${plan.id}/summary`).set(bearer(tenant.leadership.token)).expect(200)
    ).body as PlanSummary;
    expect(after.areas.find((a) => a.area === 2)!.judgements.counts).toEqual({ on_track: 0, at_risk: 0, off_track: 2 });
  });

  it('filters on the owner’s judgement and on open actions with no report for N days (risk after 30)', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const silent = await createAction(t, tenant.coordinator.token, plan.id, { deadline: daysFromNow(300) });
    const recent = await createAction(t, tenant.coordinator.token, plan.id, { deadline: daysFromNow(300) });
    const doneLongAgo = await createAction(t, tenant.coordinator.token, plan.id, { deadline: daysFromNow(300) });
    await report(tenant.coordinator.token, recent.id, { judgement: 'at_risk' });
    await report(tenant.coordinator.token, doneLongAgo.id, { status: 'done', comment: 'Klart' });
    // the last report 40 days ago, just after midnight in the municipality's zone (still the day before in UTC):
    // time passing is outside the API, so the clock is moved in the database
    const today = todayIn(t.config.timeZone);
    const longAgo = new Date(startOfDayIn(t.config.timeZone, addDays(today, -40)).getTime() + 1000);
    for (const id of [silent.id, doneLongAgo.id])
      await t.dataSource.getRepository(Action).update(id, { lastProgressAt: longAgo });

    const list = async (filter: Record<string, unknown>, status = 200) =>
      (
        await t
          .http()
          .get('/api/actions')
          .query({ filter: JSON.stringify({ planId: plan.id, ...filter }) })
          .set(bearer(tenant.coordinator.token))
          .expect(status)
      ).body;
    expect((await list({ silentForDays: 30 })).map((a: ActionRecord) => a.id)).toEqual([silent.id]);
    expect((await list({ silentForDays: 40 })).map((a: ActionRecord) => a.id)).toEqual([silent.id]);
    expect(await list({ silentForDays: 41 })).toEqual([]);
    expect((await list({ judgement: 'at_risk' })).map((a: ActionRecord) => a.id)).toEqual([recent.id]);
    const [read] = await list({ id: silent.id });
    expect(read.derivedJudgement).toBe('at_risk');
    expect((await list({ silentForDays: 0 }, 400)).message).toContain('silentForDays');
    expect((await list({ judgement: 'grön' }, 400)).message).toContain('judgement');
  });

  it('lists actions with both judgements', async () => {
    const listed = await t
      .http()
      .get('/api/actions')
      .query({ range: '[0,999]' })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    for (const a of listed.body as ActionRecord[])
      expect(['on_track', 'at_risk', 'off_track', null]).toContain(a.derivedJudgement);
    expect((listed.body as ActionRecord[]).some((a) => a.judgement !== null)).toBe(true);
  });
});

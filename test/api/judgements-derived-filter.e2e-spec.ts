import { JUDGEMENTS, type ActionRecord } from '@kompass/shared';
import { Action } from '../../backend/src/actions/action.entity';
import { addDays, startOfDayIn, todayIn } from '../../backend/src/common/dates';
import { createAction, createPlan } from '../factories/action-plans';
import { bearer, TestApp } from '../support/test-app';
import { startWithReferenceReport, type TestTenant } from '../support/reference-tenant';

/** YYYY-MM-DD `days` from now; ±10 days keeps clear of the time zone's day boundary. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The derivedJudgement filter is deriveJudgement as SQL: every action it lists carries that judgement, and only those. */
describe("filter by Kompass's judgement", () => {
  let t: TestApp;
  let tenant: TestTenant;
  let planId: number;
  const expected = new Map<number, string | null>();
  beforeAll(async () => {
    let evaluationId: number;
    ({ t, tenant, evaluationId } = await startWithReferenceReport());
    planId = (await createPlan(t, tenant.coordinator.token, evaluationId)).id;
    const create = async (body: Record<string, unknown>, judgement: string | null) => {
      const action = await createAction(t, tenant.coordinator.token, planId, body);
      expected.set(action.id, judgement);
      return action;
    };
    const report = (id: number, body: Record<string, unknown>) =>
      t.http().post(`/api/actions/${id}/updates`).set(bearer(tenant.coordinator.token)).send(body).expect(201);
    await create({ deadline: daysFromNow(-10), progress: 90 }, 'off_track');
    await create({ startDate: daysFromNow(-200), deadline: daysFromNow(10), progress: 30 }, 'at_risk');
    await create({ startDate: daysFromNow(-200), deadline: daysFromNow(10), progress: 97 }, 'on_track');
    // a deadline on or before the start: any progress short of 100 is behind
    await create({ startDate: daysFromNow(20), deadline: daysFromNow(15), progress: 50 }, 'at_risk');
    // not started yet: nothing is behind
    await create({ startDate: daysFromNow(12), deadline: daysFromNow(25), progress: 0 }, 'on_track');
    // no start date: the creation day (today) counts, so no time has elapsed and nothing lags
    await create({ deadline: daysFromNow(20), progress: 0 }, 'on_track');
    await create({ deadline: daysFromNow(300) }, 'on_track');
    const silent = await create({ deadline: daysFromNow(300) }, 'at_risk');
    await t.dataSource
      .getRepository(Action)
      .update(silent.id, { lastProgressAt: new Date(Date.now() - 40 * 86_400_000) });
    // Just after midnight in the municipality's zone, which is still yesterday in UTC: the zone's day counts.
    const zone = t.config.timeZone;
    const today = todayIn(zone);
    const justAfterMidnight = (day: string) => new Date(Math.min(Date.now(), startOfDayIn(zone, day).getTime() + 1000));
    const createdToday = await create({ deadline: daysFromNow(20), progress: 0 }, 'on_track');
    const reported29DaysAgo = await create({ deadline: daysFromNow(300) }, 'on_track');
    const reported30DaysAgo = await create({ deadline: daysFromNow(300) }, 'at_risk');
    const actions = t.dataSource.getRepository(Action);
    await actions.update(createdToday.id, { createdAt: justAfterMidnight(today) });
    await actions.update(reported29DaysAgo.id, { lastProgressAt: justAfterMidnight(addDays(today, -29)) });
    await actions.update(reported30DaysAgo.id, { lastProgressAt: justAfterMidnight(addDays(today, -30)) });
    const done = await create({ deadline: daysFromNow(-30) }, 'on_track');
    await report(done.id, { status: 'done', comment: 'Klart' });
    const cancelled = await create({ deadline: daysFromNow(-30) }, null);
    await report(cancelled.id, { status: 'cancelled', comment: 'Behövs inte' });
  }, 120_000);
  afterAll(() => t.close());

  const list = async (filter: Record<string, unknown>, status = 200) =>
    (
      await t
        .http()
        .get('/api/actions')
        .query({ filter: JSON.stringify({ planId, ...filter }), range: '[0,99]' })
        .set(bearer(tenant.coordinator.token))
        .expect(status)
    ).body;

  it('lists the actions whose derived judgement matches, as the record computes it', async () => {
    const all = (await list({})) as ActionRecord[];
    // the record's own derivation (deriveJudgement) agrees with what each case was built to be
    expect(Object.fromEntries(all.map((a) => [a.id, a.derivedJudgement]))).toEqual(Object.fromEntries(expected));
    for (const judgement of JUDGEMENTS) {
      const ids = ((await list({ derivedJudgement: judgement })) as ActionRecord[])
        .map((a) => a.id)
        .sort((x, y) => x - y);
      expect(ids).toEqual(
        all
          .filter((a) => a.derivedJudgement === judgement)
          .map((a) => a.id)
          .sort((x, y) => x - y),
      );
    }
  });

  it('takes a list of judgements and refuses unknown ones with 400', async () => {
    const listed = (await list({ derivedJudgement: ['at_risk', 'off_track'] })) as ActionRecord[];
    expect(listed.map((a) => a.derivedJudgement).sort()).toEqual([
      'at_risk',
      'at_risk',
      'at_risk',
      'at_risk',
      'off_track',
    ]);
    const refused = await list({ derivedJudgement: 'röd' }, 400);
    expect(refused).toMatchObject({ code: 'invalid_query' });
    expect(refused.message).toContain('derivedJudgement');
  });
});

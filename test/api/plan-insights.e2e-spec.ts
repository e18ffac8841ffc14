import type { PlanDepartments, PlanReadiness, PlanTrends } from '@kompass/shared';
import { Action } from '../../backend/src/actions/action.entity';
import { ActionUpdate } from '../../backend/src/actions/action-update.entity';
import { startOfDayIn } from '../../backend/src/common/dates';
import { ActionPlan } from '../../backend/src/action-plans/action-plan.entity';
import { AuditEvent } from '../../backend/src/audit/audit-event.entity';
import { extractPdfText } from '../../backend/src/evaluations/import/pdf-text.extractor';
import { createDepartment, createTenant } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { binary } from '../factories/reports';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** YYYY-MM-DD plus days, on the UTC calendar. */
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Today in Stockholm, as the API counts days. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const thisMonday = () => plusDays(today(), -((new Date(`${today()}T00:00:00Z`).getUTCDay() + 6) % 7));
/** Wednesday noon (UTC) of the week `weeksAgo` weeks back: the same day in Stockholm, far from any week boundary. */
const wednesday = (weeksAgo: number) => new Date(`${plusDays(thisMonday(), 2 - 7 * weeksAgo)}T12:00:00Z`);

/** Issue #15: burn-up, department roll-up, the leadership lists and the readiness briefing. */
describe('plan trends, department roll-up and the readiness briefing', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let planId: number;
  let ids: Record<'done' | 'cancelled' | 'risky' | 'fresh' | 'blocked' | 'overdue', number>;
  let second: { id: number; name: string };

  const backdate = async (entity: typeof Action | typeof ActionPlan, id: number, when: Date) =>
    t.dataSource.createQueryBuilder().update(entity).set({ createdAt: when }).where('id = :id', { id }).execute();
  /** The audited updates of an action, oldest first, dated `when` each. */
  const backdateUpdates = async (actionId: number, ...when: Date[]) => {
    const events = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { entity: 'action', entityId: actionId, action: 'update' }, order: { id: 'ASC' } });
    expect(events.length).toBe(when.length);
    for (const [i, e] of events.entries())
      await t.dataSource
        .createQueryBuilder()
        .update(AuditEvent)
        .set({ createdAt: when[i] })
        .where('id = :id', { id: e.id })
        .execute();
  };
  const put = async (id: number, body: Record<string, unknown>) => {
    const current = await t.http().get(`/api/actions/${id}`).set(bearer(tenant.coordinator.token)).expect(200);
    await t
      .http()
      .put(`/api/actions/${id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ version: current.body.version, ...body })
      .expect(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await createTenant(t);
    second = await createDepartment(t, tenant.municipality.id, { name: 'Barn- och utbildningsförvaltningen' });
    const token = tenant.coordinator.token;
    const baselineId = (await importReferenceReport(t, token)).evaluation.id;
    planId = (await createPlan(t, token, baselineId)).id;
    const far = plusDays(today(), 300);
    const own = { departmentId: tenant.department.id };
    const done = await createAction(t, token, planId, {
      title: 'Resultatinformation till invånarna',
      questionCodes: ['1.3'],
      deadline: far,
      ...own,
    });
    const cancelled = await createAction(t, token, planId, {
      title: 'Medborgarpanel',
      questionCodes: ['1.1'],
      deadline: far,
      ...own,
    });
    const risky = await createAction(t, token, planId, {
      title: 'Brukarundersökning',
      questionCodes: ['2.1'],
      deadline: far,
      departmentId: second.id,
    });
    await put(done.id, { status: 'done', comment: 'Planen är antagen' });
    await put(cancelled.id, { status: 'cancelled', comment: 'Ersätts av dialogmöten' });
    await t
      .http()
      .post(`/api/actions/${risky.id}/updates`)
      .set(bearer(token))
      .send({ judgement: 'at_risk', comment: 'Upphandlingen drar ut på tiden' })
      .expect(201);
    await backdate(ActionPlan, planId, wednesday(3));
    await backdate(Action, done.id, wednesday(3));
    await backdate(Action, cancelled.id, wednesday(3));
    await backdate(Action, risky.id, wednesday(2));
    await backdateUpdates(done.id, wednesday(1));
    await backdateUpdates(cancelled.id, wednesday(2));
    await backdateUpdates(risky.id, wednesday(1));
    const fresh = await createAction(t, token, planId, {
      title: 'Servicedeklarationer',
      questionCodes: ['1.2'],
      deadline: far,
    });
    ids = { done: done.id, cancelled: cancelled.id, risky: risky.id, fresh: fresh.id, blocked: 0, overdue: 0 };
  }, 90_000);
  afterAll(() => t.close());

  /** The readiness report as a PDF, as leadership downloads it. */
  const readinessPdf = () =>
    t
      .http()
      .get(`/api/action-plans/${planId}/readiness.pdf`)
      .set(bearer(tenant.leadership.token))
      .buffer(true)
      .parse(binary)
      .expect(200);

  it('rebuilds the weekly burn-up of the plan and its areas from the audit trail and progress reports', async () => {
    const res = await t
      .http()
      .get(`/api/action-plans/${planId}/trends`)
      .set(bearer(tenant.leadership.token))
      .expect(200);
    const trends = res.body as PlanTrends;
    const starts = [3, 2, 1, 0].map((k) => plusDays(thisMonday(), -7 * k));
    expect(trends.weeks.map((w) => w.start)).toEqual(starts);
    expect(trends.weeks[3].asOf).toBe(today());
    expect(trends.weeks[0].asOf).toBe(plusDays(starts[0], 6));
    expect(trends.weeks[0].week).toMatch(/^\d{4}-W\d\d$/);
    expect(trends.weeks.map(({ planned, done, onTrack }) => ({ planned, done, onTrack }))).toEqual([
      { planned: 2, done: 0, onTrack: 2 }, // the first two actions
      { planned: 2, done: 0, onTrack: 2 }, // one cancelled, one new
      { planned: 2, done: 1, onTrack: 1 }, // one done, the owner reports a risk
      { planned: 3, done: 1, onTrack: 2 }, // one more this week
    ]);
    const area1 = trends.areas.find((a) => a.area === 1)!;
    expect(area1.name).toBe('Offentlighet och demokrati');
    expect(area1.weeks.map((w) => [w.planned, w.done])).toEqual([
      [2, 0],
      [1, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(trends.areas.find((a) => a.area === 2)!.weeks.map((w) => [w.planned, w.onTrack])).toEqual([
      [0, 0],
      [1, 1],
      [1, 0],
      [1, 0],
    ]);
  });

  it('rolls up per department with counts, overdue, judgements and the last report, own department first', async () => {
    const token = tenant.coordinator.token;
    const blocked = await createAction(t, token, planId, {
      title: 'Digital felanmälan',
      questionCodes: ['2.2'],
      deadline: plusDays(today(), 200),
      departmentId: second.id,
    });
    await put(blocked.id, { status: 'blocked', comment: 'Väntar på leverantören' });
    const overdue = await createAction(t, token, planId, {
      title: 'Delegationsordning',
      questionCodes: ['4.1'],
      deadline: plusDays(today(), -20),
      departmentId: second.id,
    });
    ids = { ...ids, blocked: blocked.id, overdue: overdue.id };

    const read = async (as: string) =>
      (
        (await t.http().get(`/api/action-plans/${planId}/departments`).set(bearer(as)).expect(200))
          .body as PlanDepartments
      ).departments;
    const leadership = await read(tenant.leadership.token);
    expect(leadership.map((d) => d.name)).toEqual([second.name, tenant.department.name, null]);
    const school = leadership[0];
    expect(school).toMatchObject({ departmentId: second.id, own: false, actions: 3, active: 3, done: 0, overdue: 1 });
    expect(school.judgements.worst).toBe('off_track');
    // blocked is no judgement of its own: far from its deadline and just reported on, it is on track
    expect(school.judgements.counts).toEqual({ on_track: 1, at_risk: 1, off_track: 1 });
    expect(school.lastReportAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(leadership[1]).toMatchObject({
      departmentId: tenant.department.id,
      actions: 2,
      active: 1,
      done: 1,
      overdue: 0,
    });
    expect(leadership[1].judgements).toMatchObject({
      worst: 'on_track',
      shares: { on_track: 1, at_risk: 0, off_track: 0 },
    });
    expect(leadership[2]).toMatchObject({ departmentId: null, actions: 1, lastReportAt: null });

    const head = await read(tenant.departmentHead.token);
    expect(head[0]).toMatchObject({ departmentId: tenant.department.id, own: true });
    expect(head.map((d) => d.departmentId)).toEqual([tenant.department.id, second.id, null]);
  });

  it('lets leadership list the blocked and overdue actions by name through the actions list', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (
        await t
          .http()
          .get('/api/actions')
          .query({ filter: JSON.stringify({ planId, ...filter }), sort: '["deadline","ASC"]' })
          .set(bearer(tenant.leadership.token))
          .expect(200)
      ).body as { id: number; title: string }[];
    expect((await list({ status: 'blocked' })).map((a) => a.title)).toEqual(['Digital felanmälan']);
    expect((await list({ overdue: true })).map((a) => a.id)).toEqual([ids.overdue]);
  });

  it('serves the readiness briefing as a Swedish A4 PDF with the totals and the sub-questions without actions', async () => {
    const readiness = (
      await t.http().get(`/api/action-plans/${planId}/readiness`).set(bearer(tenant.leadership.token)).expect(200)
    ).body as PlanReadiness;
    expect(readiness.questions.find((q) => q.code === '2.1')).toMatchObject({ actionsPlanned: 1, actionsAtRisk: 1 });
    expect(readiness.questions.find((q) => q.code === '1.3')).toMatchObject({
      actionsPlanned: 1,
      actionsDone: 1,
      actionsAtRisk: 0,
    });

    const res = await readinessPdf();
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="infor-omvardering-testkommun-\d+-\d{4}-\d\d-\d\d\.pdf"/,
    );
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await extractPdfText(res.body, { keepRunningText: true });
    expect(text).toContain('INFÖR OMVÄRDERINGEN');
    expect(text).toContain(tenant.municipality.name);
    const baseline = readiness.areas.reduce((n, a) => n + (a.baseline ?? 0), 0);
    const { actionsPlanned, actionsDone, questionsLackingActions } = readiness.totals;
    expect(actionsPlanned).toBe(5);
    expect(text).toMatch(/ÅTGÄRDER KLARA[^\n]*\n427\t1 av 5\t/);
    expect(text).toContain(`Totalt\t${baseline}\t800\t${actionsPlanned}\t${actionsDone}\t${questionsLackingActions}`);
    expect(text).toContain('Delfrågor utan åtgärder, flest poäng att vinna först');
    // The first sub-questions without actions, in order of points to gain.
    const firstCodes = readiness.questionsWithoutActions.slice(0, 3);
    const section = text.slice(text.indexOf('Delfrågor utan åtgärder'));
    const at = firstCodes.map((code) => section.search(new RegExp(`(^|\\n)${code.replace('.', '\\.')}\\t`)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Förvaltningar');
    expect(text).toContain(second.name);
    expect(text).toContain('Utveckling vecka för vecka');
    expect(text).toMatch(/Planerade \(heldragen linje\)/);
    expect(text).toMatch(/Sida 1 av \d/);
  });

  it("dates a department's last report by the municipality's day, not UTC's", async () => {
    // One second after midnight in Stockholm is still the day before in UTC.
    const day = plusDays(today(), -2);
    const justAfterMidnight = new Date(startOfDayIn('Europe/Stockholm', day).getTime() + 1000);
    const actions = await t.dataSource.getRepository(Action).findBy({ departmentId: second.id });
    await t.dataSource
      .createQueryBuilder()
      .update(ActionUpdate)
      .set({ createdAt: justAfterMidnight })
      .where('actionId IN (:...ids)', { ids: actions.map((a) => a.id) })
      .execute();
    const res = await readinessPdf();
    const text = await extractPdfText(res.body, { keepRunningText: true });
    const row = text.slice(text.indexOf(second.name), text.indexOf(tenant.department.name, text.indexOf(second.name)));
    expect(row).toContain(`\t${day}`);
  });

  it('answers 404 for another municipality and 400 for a malformed id', async () => {
    const other = await createTenant(t);
    for (const path of ['trends', 'departments', 'readiness.pdf']) {
      await t.http().get(`/api/action-plans/${planId}/${path}`).set(bearer(other.leadership.token)).expect(404);
      await t.http().get(`/api/action-plans/07/${path}`).set(bearer(tenant.leadership.token)).expect(400);
    }
  });
});

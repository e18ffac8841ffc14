import type { EvaluationComparison, PlanReadiness, ReevaluationReport, ReportQuestionDelta } from '@kompass/shared';
import { daysBetween, todayIn } from '../../backend/src/common/dates';
import { createTenant } from '../factories';
import { createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { buildReevaluationScenario, importCsvEvaluation } from '../factories/reports';
import { EXPECTED, FOLLOW_UP_CHANGES } from '../fixtures/reevaluation-report.sample';
import { RONNEBY_2017_SCORES } from '../fixtures/kommunkompassen-ronneby-2017.expected';
import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('re-evaluation report', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof buildReevaluationScenario>>;
  let report: ReevaluationReport;
  beforeAll(async () => {
    t = await startTestApp();
    s = await buildReevaluationScenario(t);
    report = (
      await t.http().get(`/api/action-plans/${s.plan.id}/report`).set(bearer(s.tenant.leadership.token)).expect(200)
    ).body;
  }, 60_000);
  afterAll(() => t.close());

  const question = (code: string) => report.questions.find((q) => q.code === code) as ReportQuestionDelta;

  it('names both evaluations with their dates and totals', () => {
    expect(report.level).toBe('question');
    expect(report.baseline).toEqual({
      id: s.baseline.id,
      label: 'Kommunkompassen 2017',
      date: '2017-09-01',
      datePrecision: 'month',
      total: 427,
      max: 800,
      frameworkCode: 'KK2016',
      areaLevelOnly: false,
    });
    expect(report.followUp).toMatchObject({
      id: s.followUp.id,
      label: 'Kommunkompassen 2021',
      date: '2021-10-01',
      total: 437,
    });
    expect(report.plan).toEqual({
      id: s.plan.id,
      title: 'Handlingsplan Kommunkompassen 2017–2021',
      plannedReEvaluationDate: '2021-09-30',
    });
    expect(report.municipality).toEqual({ id: s.tenant.municipality.id, name: s.tenant.municipality.name });
  });

  it('gets every delta, area delta, total and verdict exactly right', () => {
    expect(report.total).toEqual({ before: 427, after: 437, delta: 10, max: 800 });
    expect(report.areas.map((a) => [a.area, a.before, a.after, a.delta, a.max])).toEqual(
      EXPECTED.areas.before.map((before, i) => [i + 1, before, EXPECTED.areas.after[i], EXPECTED.areas.delta[i], 100]),
    );
    expect(report.areas.map((a) => a.verdict)).toEqual([
      'improved',
      'improved',
      'improved',
      'unchanged',
      'declined',
      'unchanged',
      'declined',
      'improved',
    ]);
    expect(report.questions).toHaveLength(45);
    for (const q of report.questions) {
      const [before, max] = RONNEBY_2017_SCORES[q.code];
      const after = FOLLOW_UP_CHANGES[q.code] ?? before;
      const verdict = after > before ? 'improved' : after < before ? 'declined' : 'unchanged';
      expect({
        code: q.code,
        before: q.before,
        after: q.after,
        delta: q.delta,
        max: q.max,
        verdict: q.verdict,
      }).toEqual({ code: q.code, before, after, delta: after - before, max, verdict });
    }
    expect(report.questions.filter((q) => q.verdict === 'declined').map((q) => q.code)).toEqual(['5.5', '7.5']);
  });

  it('shows the printed area-3 total of 65 beside the summed 64, with the warning', () => {
    expect(report.areas[2]).toMatchObject({ before: 64, statedBefore: 65, after: 66, statedAfter: null });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: 'area-total-mismatch',
        evaluation: 'baseline',
        area: 3,
        stated: 65,
        derived: 64,
      }),
    ]);
  });

  it('puts the ids of a sub-question’s actions under it, also through an improvement item’s code, and each action once', () => {
    const action = (id: number) => report.actions.find((a) => a.id === id)!;
    expect(question('1.3').actionIds.map((id) => [action(id).title, action(id).status, action(id).progress])).toEqual([
      ['Plan för resultatinformation till invånarna', 'done', 100],
      ['Jämförelser i nyckeltalsportalen', 'in_progress', 60],
    ]);
    expect(action(question('1.3').actionIds[0])).toEqual({
      id: s.actions.results.id,
      title: 'Plan för resultatinformation till invånarna',
      status: 'done',
      progress: 100,
      deadline: '2020-12-31',
      doneAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      questionCodes: ['1.3'],
      areas: [1],
      judgement: null,
      derivedJudgement: 'on_track',
    });
    expect(question('1.3').actionCounts).toEqual({ not_started: 0, in_progress: 1, blocked: 0, done: 1, cancelled: 0 });
    expect(question('3.5').actionIds).toEqual([s.actions.quality.id]);
    expect(action(s.actions.quality.id)).toMatchObject({ questionCodes: ['3.5'], areas: [3] });
    expect(question('8.2').actionIds.map((id) => [id, action(id).status])).toEqual([
      [s.actions.staffing.id, 'cancelled'],
    ]);
    expect(question('1.1').actionIds).toEqual([]);
    expect(report.questions[0]).not.toHaveProperty('actions');
  });

  it('counts an action without codes for its finding’s area only, and per status everywhere', () => {
    expect(report.areas[5].areaActionIds).toEqual([s.actions.managers.id]);
    expect(report.actions.find((a) => a.id === s.actions.managers.id)).toMatchObject({
      status: 'not_started',
      questionCodes: [],
      areas: [6],
    });
    expect(report.questions.filter((q) => q.area === 6).every((q) => q.actionIds.length === 0)).toBe(true);
    expect(report.areas[5].actionCounts).toEqual({ not_started: 1, in_progress: 0, blocked: 0, done: 0, cancelled: 0 });
    expect(report.areas[0].actionCounts).toMatchObject({ done: 1, in_progress: 1 });
    expect(report.actionCounts).toEqual({ not_started: 1, in_progress: 2, blocked: 1, done: 3, cancelled: 1 });
    expect(report.actions).toHaveLength(8);
    const deadlines = report.actions.map((a) => a.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
  });

  it('gives the four insights', () => {
    const codes = (list: { code: string | null }[]) => list.map((i) => i.code);
    expect(codes(report.insights.improvedWithDoneActions)).toEqual(['1.3', '3.5']);
    expect(codes(report.insights.improvedWithoutActions)).toEqual(['2.1', '8.2']);
    expect(codes(report.insights.unchangedDespiteDoneActions)).toEqual(['4.2']);
    expect(report.insights.declined.map((i) => [i.code, i.delta, i.actions, i.doneActions])).toEqual([
      ['5.5', -2, 1, 0],
      ['7.5', -1, 1, 0],
    ]);
  });

  it('answers 409 naming what to do while no re-evaluation is linked', async () => {
    const plan = await createPlan(t, s.tenant.coordinator.token, s.baseline.id, {
      plannedReEvaluationDate: '2021-09-30',
    });
    for (const path of ['report', 'report.pdf', 'report.xlsx']) {
      const res = await t
        .http()
        .get(`/api/action-plans/${plan.id}/${path}`)
        .set(bearer(s.tenant.leadership.token))
        .expect(409);
      expect(res.body.message).toMatch(/no linked re-evaluation yet.*followUpEvaluationId/);
    }
  });

  describe('comparison of two evaluations', () => {
    it('compares any two evaluations of the municipality without actions', async () => {
      const res = await t
        .http()
        .get(`/api/evaluations/${s.followUp.id}/comparison`)
        .query({ baseline: s.baseline.id })
        .set(bearer(s.tenant.departmentHead.token))
        .expect(200);
      const body: EvaluationComparison = res.body;
      expect(body.total).toEqual(EXPECTED.total);
      expect(body.areas.map((a) => a.delta)).toEqual(EXPECTED.areas.delta);
      expect(body.questions.find((q) => q.code === '2.1')).toEqual({
        code: '2.1',
        area: 2,
        text: expect.any(String),
        before: 6,
        after: 9,
        delta: 3,
        max: 15,
        verdict: 'improved',
      });
      expect(body.questions[0]).not.toHaveProperty('actions');
      expect(body).not.toHaveProperty('insights');
    });

    it('compares at area level when one evaluation holds area totals only, and says so', async () => {
      const summary = await importCsvEvaluation(
        t,
        s.tenant.coordinator.token,
        { 1: 52, 2: 50, 3: 70, 4: 45, 5: 49, 6: 61, 7: 45, 8: 66 },
        { frameworkId: s.frameworkId, evaluatedAt: '2022-03', label: 'Sammanfattning 2022' },
      );
      expect(summary.areaLevelOnly).toBe(true);
      const res = await t
        .http()
        .get(`/api/evaluations/${summary.id}/comparison`)
        .query({ baseline: s.baseline.id })
        .set(bearer(s.tenant.leadership.token))
        .expect(200);
      expect(res.body.level).toBe('area');
      expect(res.body.questions).toEqual([]);
      expect(res.body.areas.map((a: { delta: number }) => a.delta)).toEqual([7, 0, 6, -3, 0, 1, 0, 0]);
      expect(res.body.total).toEqual({ before: 427, after: 438, delta: 11, max: 800 });
      expect(res.body.followUp.areaLevelOnly).toBe(true);
    });

    it('refuses bad input with a clear 4xx', async () => {
      const get = (id: number | string, query: Record<string, unknown>, token = s.tenant.coordinator.token) =>
        t.http().get(`/api/evaluations/${id}/comparison`).query(query).set(bearer(token));
      expect((await get(s.followUp.id, {}).expect(400)).body.details).toEqual([
        { field: 'baseline', message: 'is required', code: 'bad_request' },
      ]);
      expect((await get(s.followUp.id, { baseline: 'abc' }).expect(400)).body.details[0].field).toBe('baseline');
      await get('abc', { baseline: s.baseline.id }).expect(400);
      await get(s.followUp.id, { baseline: 999999 }).expect(404);
      expect((await get(s.followUp.id, { baseline: s.followUp.id }).expect(422)).body.message).toContain(
        'is the evaluation itself',
      );
      const other = await createTenant(t);
      const foreign = (await importReferenceReport(t, other.coordinator.token, { frameworkId: s.frameworkId }))
        .evaluation;
      await get(s.followUp.id, { baseline: foreign.id }).expect(404);
      const admin = await get(s.followUp.id, { baseline: foreign.id }, t.adminToken).expect(422);
      expect(admin.body.message).toContain('belongs to another municipality');
    });
  });

  describe('readiness', () => {
    let readiness: PlanReadiness;
    beforeAll(async () => {
      readiness = (
        await t
          .http()
          .get(`/api/action-plans/${s.plan.id}/readiness`)
          .set(bearer(s.tenant.leadership.token))
          .expect(200)
      ).body;
    });

    it('counts the days to the planned re-evaluation in Swedish calendar days', () => {
      expect(readiness.asOf).toBe(todayIn('Europe/Stockholm'));
      expect(readiness.daysToReEvaluation).toBe(daysBetween(readiness.asOf, '2021-09-30'));
      expect(readiness.daysToReEvaluation).toBeLessThan(0);
      expect(readiness.plan).toEqual({
        id: s.plan.id,
        title: s.plan.title,
        plannedReEvaluationDate: '2021-09-30',
        followUpEvaluationId: s.followUp.id,
      });
      expect(readiness.baseline.total).toBe(427);
    });

    it('gives per sub-question the baseline score, actions planned and done, and open improvement items', async () => {
      const q = (code: string) => readiness.questions.find((x) => x.code === code)!;
      expect(q('1.3')).toMatchObject({ baseline: 7, max: 25, actionsPlanned: 2, actionsDone: 1 });
      expect(q('3.5')).toMatchObject({ baseline: 9, actionsPlanned: 1, actionsDone: 1, lacksActions: false });
      expect(q('8.2')).toMatchObject({ baseline: 9, actionsPlanned: 0, actionsDone: 0 }); // its only action is cancelled
      const items = (
        await t
          .http()
          .get('/api/findings')
          .query({ filter: JSON.stringify({ evaluationId: s.baseline.id, kind: 'improvement' }), range: '[0,999]' })
          .set(bearer(s.tenant.leadership.token))
      ).body as { id: number; questionCodes: string[] }[];
      const worked = new Set(['1.3', '4.2', '5.5', '3.5', '7.5']);
      for (const question of readiness.questions) {
        const own = items.filter((f) => f.questionCodes.includes(question.code));
        expect([question.code, question.improvementItems, question.lacksActions]).toEqual([
          question.code,
          own.length,
          own.length > 0 && !worked.has(question.code),
        ]);
      }
      expect(readiness.totals.improvementItems).toBe(items.length);
      // Two items are answered: the 3.5 item (by a done action) and the area-6 item (by a planned one).
      expect(readiness.totals.unansweredItems).toBe(items.length - 2);
      expect(readiness.totals).toMatchObject({ actionsPlanned: 7, actionsDone: 3 });
      expect(readiness.areas[5]).toMatchObject({ area: 6, actionsPlanned: 1, actionsDone: 0 });
    });
  });
});

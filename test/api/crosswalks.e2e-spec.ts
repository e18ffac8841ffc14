import { Workbook } from 'exceljs';
import { CROSSWALK_CAVEAT, KK2016_TO_KK2020 } from '@kompass/shared';
import { extractPdfText } from '../../backend/src/evaluations/import/pdf-text.extractor';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { frameworkId, importAreaTotals } from '../factories/crosswalks';
import { binary } from '../factories/reports';
import { startWithTenant, type TestTenant } from '../support/reference-tenant';
import { bearer, TestApp } from '../support/test-app';

/** A 2020-model re-evaluation made up for the test, by KK2020 area. */
const KK2020_AREAS = [52, 70, 66, 50, 55, 47, 61, 49];
/** Each KK2016 area against its KK2020 area through the default crosswalk: [kk2016 area, kk2020 area, before, after]. */
const EXPECTED_ROWS = [
  [1, 1, 45, 52],
  [2, 5, 50, 55],
  [3, 3, 64, 66],
  [4, 8, 48, 49],
  [5, 4, 49, 50],
  [6, 7, 60, 61],
  [7, 6, 45, 47],
  [8, 2, 66, 70],
] as const;

describe('crosswalks between revisions and reports across them', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let kk2016: number;
  let kk2020: number;
  let baselineId: number;
  beforeAll(async () => {
    ({ t, tenant } = await startWithTenant());
    kk2016 = await frameworkId(t, 'KK2016');
    kk2020 = await frameworkId(t, 'KK2020');
    baselineId = (
      await importReferenceReport(t, tenant.coordinator.token, { frameworkId: kk2016, label: 'Kommunkompassen 2017' })
    ).evaluation.id;
  }, 60_000);
  afterAll(() => t.close());

  const token = () => tenant.coordinator.token;
  const reEvaluation2020 = (evaluatedAt = '2021-10') =>
    importAreaTotals(t, token(), KK2020_AREAS, {
      frameworkId: kk2020,
      evaluatedAt,
      label: `Kommunkompassen ${evaluatedAt.slice(0, 4)}`,
    });
  const link = (planId: number, followUpEvaluationId: number) =>
    t.http().put(`/api/action-plans/${planId}`).set(bearer(token())).send({ followUpEvaluationId });

  describe('the crosswalk API', () => {
    it('ships the default KK2016 → KK2020 area crosswalk, readable by every role', async () => {
      const res = await t
        .http()
        .get(`/api/frameworks/${kk2016}/crosswalks/${kk2020}`)
        .set(bearer(tenant.leadership.token))
        .expect(200);
      expect(res.body).toMatchObject({
        sourceFrameworkId: kk2016,
        sourceCode: 'KK2016',
        targetFrameworkId: kk2020,
        targetCode: 'KK2020',
        questions: [],
      });
      expect(res.body.areas).toEqual(EXPECTED_ROWS.map(([from, to]) => ({ from, to: [to] })));
      const list = await t
        .http()
        .get(`/api/frameworks/${kk2016}/crosswalks`)
        .set(bearer(tenant.leadership.token))
        .expect(200);
      expect(list.body.map((c: { targetCode: string }) => c.targetCode)).toEqual(['KK2020']);
      await t.http().get(`/api/frameworks/${kk2020}/crosswalks/${kk2016}`).set(bearer(t.adminToken)).expect(404);
    });

    it('lets only admins edit, and refuses a crosswalk that leaves an area unmapped or names unknown areas (422, nothing written)', async () => {
      const url = `/api/frameworks/${kk2016}/crosswalks/${kk2020}`;
      await t.http().put(url).set(bearer(token())).send({ areas: KK2016_TO_KK2020.areas }).expect(403);
      const bad = await t
        .http()
        .put(url)
        .set(bearer(t.adminToken))
        .send({
          areas: [{ from: 1, to: [9] }, ...KK2016_TO_KK2020.areas.slice(2)],
          questions: [{ from: '9.9', to: ['1.1'] }],
        })
        .expect(422);
      expect(bad.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'areas[0].to[0]', message: 'KK2020 has no area 9' }),
          expect.objectContaining({ field: 'areas', message: 'area 2 of KK2016 is not mapped' }),
          expect.objectContaining({ field: 'questions[0].from', message: 'KK2016 has no sub-question 9.9' }),
        ]),
      );
      const malformed = await t
        .http()
        .put(url)
        .set(bearer(t.adminToken))
        .send({ areas: [{ from: 'ett', to: 5 }] })
        .expect(400);
      expect(JSON.stringify(malformed.body.details)).toContain('areas.0.from');
      await t
        .http()
        .put(`/api/frameworks/${kk2016}/crosswalks/${kk2016}`)
        .set(bearer(t.adminToken))
        .send({ areas: KK2016_TO_KK2020.areas })
        .expect(422);
      await t
        .http()
        .put(`/api/frameworks/${kk2016}/crosswalks/999999`)
        .set(bearer(t.adminToken))
        .send({ areas: KK2016_TO_KK2020.areas })
        .expect(404);
      const unchanged = await t.http().get(url).set(bearer(t.adminToken)).expect(200);
      expect(unchanged.body.areas).toEqual(KK2016_TO_KK2020.areas);
    });

    it('stores an admin’s crosswalk, with one area mapped to two', async () => {
      const other = await t
        .http()
        .post('/api/frameworks')
        .set(bearer(t.adminToken))
        .send({
          code: 'KK2020-B',
          name: 'Kommunkompassen 2020 (variant)',
          validFrom: 2020,
          areas: [1, 2].map((number) => ({ number, name: `Område ${number}`, maxPoints: 400, questions: [] })),
        })
        .expect(201);
      const areas = [
        { from: 1, to: [1, 2] },
        ...[2, 3, 4, 5, 6, 7, 8].map((from) => ({ from, to: [from <= 4 ? 1 : 2] })),
      ];
      const res = await t
        .http()
        .put(`/api/frameworks/${kk2016}/crosswalks/${other.body.id}`)
        .set(bearer(t.adminToken))
        .send({ areas })
        .expect(200);
      expect(res.body).toMatchObject({ sourceCode: 'KK2016', targetCode: 'KK2020-B', areas });
      expect(
        (
          await t
            .http()
            .get(`/api/frameworks/${kk2016}/crosswalks/${other.body.id}`)
            .set(bearer(t.adminToken))
            .expect(200)
        ).body.areas,
      ).toEqual(areas);
    });
  });

  describe('a plan on the 2016-model reference report and a 2020-model re-evaluation', () => {
    let planId: number;
    let followUpId: number;
    let actions: Record<string, { id: number }>;
    beforeAll(async () => {
      const plan = await createPlan(t, token(), baselineId, {
        title: 'Handlingsplan 2017–2021',
        plannedReEvaluationDate: '2021-09-30',
      });
      planId = plan.id;
      actions = {
        results: await createAction(t, token(), planId, {
          title: 'Resultatinformation till invånarna',
          questionCodes: ['1.3'],
          deadline: '2020-12-31',
          status: 'done',
          description: 'Resultatbilaga i årsredovisningen',
        }),
        survey: await createAction(t, token(), planId, {
          title: 'Brukarundersökning i äldreomsorgen',
          questionCodes: ['2.4'],
          deadline: '2021-06-30',
          status: 'in_progress',
          progress: 40,
        }),
        staff: await createAction(t, token(), planId, {
          title: 'Ny kompetensförsörjningsplan',
          questionCodes: ['6.2'],
          deadline: '2022-03-31',
        }),
      };
      // History to carry over, reported while the plan is open: a closed plan's actions are read-only.
      const survey = await t.http().get(`/api/actions/${actions.survey.id}`).set(bearer(token()));
      await t
        .http()
        .post(`/api/actions/${actions.survey.id}/updates`)
        .set(bearer(token()))
        .send({ version: survey.body.version, progress: 40, comment: 'Enkäten är utskickad' })
        .expect(201);
      followUpId = (await reEvaluation2020()).id;
    }, 60_000);

    it('groups readiness by the KK2020 areas through the crosswalk before the re-evaluation is linked', async () => {
      const res = await t
        .http()
        .get(`/api/action-plans/${planId}/readiness`)
        .set(bearer(tenant.leadership.token))
        .expect(200);
      const next = res.body.nextRevision;
      expect(next).toMatchObject({ frameworkId: kk2020, frameworkCode: 'KK2020', caveat: CROSSWALK_CAVEAT.sv });
      expect(next.areas.map((a: { area: number; name: string }) => a.area)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const byArea = new Map(next.areas.map((a: { area: number }) => [a.area, a]));
      expect(byArea.get(1)).toMatchObject({
        name: 'Samspel mellan förtroendevalda och medborgare',
        fromAreas: [1],
        baseline: 45,
        actionsPlanned: 1,
        actionsDone: 1,
      });
      expect(byArea.get(5)).toMatchObject({
        name: 'Brukarens fokus',
        fromAreas: [2],
        baseline: 50,
        actionsPlanned: 1,
        actionsDone: 0,
      });
      expect(byArea.get(7)).toMatchObject({ name: 'Arbetsliv', fromAreas: [6], baseline: 60, actionsPlanned: 1 });
      expect(byArea.get(2)).toMatchObject({
        name: 'Samhällsutveckling',
        fromAreas: [8],
        baseline: 66,
        actionsPlanned: 0,
      });
      // Improvement items of the reference report follow their areas: every one of the baseline's lands somewhere.
      const items = next.areas.reduce((n: number, a: { improvementItems: number }) => n + a.improvementItems, 0);
      expect(items).toBe(res.body.totals.improvementItems);
      // A plan that names its next revision as the baseline's own gets no regrouping.
      await t
        .http()
        .put(`/api/action-plans/${planId}`)
        .set(bearer(token()))
        .send({ nextFrameworkId: kk2016 })
        .expect(200);
      expect(
        (await t.http().get(`/api/action-plans/${planId}/readiness`).set(bearer(token())).expect(200)).body
          .nextRevision,
      ).toBeUndefined();
      const back = await t
        .http()
        .put(`/api/action-plans/${planId}`)
        .set(bearer(token()))
        .send({ nextFrameworkId: kk2020 })
        .expect(200);
      expect(back.body.nextFrameworkId).toBe(kk2020);
      await t
        .http()
        .put(`/api/action-plans/${planId}`)
        .set(bearer(token()))
        .send({ nextFrameworkId: 999999 })
        .expect(422);
    });

    it('links the re-evaluation, closes the plan, and reports every baseline area against its mapped area with the caveat', async () => {
      const linked = await link(planId, followUpId).expect(200);
      expect(linked.body).toMatchObject({ followUpEvaluationId: followUpId, status: 'closed' });
      const res = await t
        .http()
        .get(`/api/action-plans/${planId}/report`)
        .set(bearer(tenant.leadership.token))
        .expect(200);
      const report = res.body;
      expect(report.level).toBe('crosswalk');
      expect(report.caveat).toBe('olika modellversioner: jämförelsen är vägledande');
      expect(report.baseline).toMatchObject({ frameworkCode: 'KK2016', total: 427, max: 800 });
      expect(report.followUp).toMatchObject({ frameworkCode: 'KK2020', total: 450, max: 800, areaLevelOnly: true });
      expect(report.total).toEqual({ before: 427, after: 450, delta: 23, max: 800 });
      expect(report.questions).toEqual([]);
      expect(
        report.areas.map(
          (a: { area: number; mappedTo: { area: number }[]; before: number; after: number; delta: number }) => [
            a.area,
            a.mappedTo.map((m) => m.area)[0],
            a.before,
            a.after,
          ],
        ),
      ).toEqual(EXPECTED_ROWS.map((row) => [...row]));
      expect(report.areas.map((a: { delta: number }) => a.delta)).toEqual(
        EXPECTED_ROWS.map(([, , before, after]) => after - before),
      );
      expect(report.areas[1]).toMatchObject({
        name: 'Tillgänglighet och brukarorientering',
        mappedTo: [{ area: 5, name: 'Brukarens fokus', after: 55, max: 100 }],
        verdict: 'improved',
      });
      // The actions of each baseline area stand under it with their statuses.
      const ids = (area: number) => report.areas[area - 1].areaActionIds;
      expect(ids(1)).toEqual([actions.results.id]);
      expect(ids(2)).toEqual([actions.survey.id]);
      expect(report.areas[0].actionCounts.done).toBe(1);
      expect(report.actions.find((a: { id: number }) => a.id === actions.survey.id)).toMatchObject({
        status: 'in_progress',
        areas: [2],
      });
      expect(report.warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            code: 'different-revisions',
            message: expect.stringContaining(CROSSWALK_CAVEAT.en),
          }),
        ]),
      );
    });

    it('prints the caveat and the mapped areas with exact numbers in the PDF and the XLSX', async () => {
      const download = (path: string) =>
        t
          .http()
          .get(`/api/action-plans/${planId}/${path}`)
          .set(bearer(tenant.leadership.token))
          .buffer(true)
          .parse(binary)
          .expect(200);
      const text = await extractPdfText((await download('report.pdf')).body);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Observera: olika modellversioner: jämförelsen är vägledande.');
      expect(flat).toContain(
        'Olika modellversioner: jämförelsen är vägledande. Utgångsläget (KK2016) och omvärderingen (KK2020)',
      );
      expect(text).toMatch(/Totalt\t427\t450\t\+23\t800/);
      // Helvetica's WinAnsi has no arrow, so the PDF prints "->".
      expect(flat).toContain(
        '2. Tillgänglighet och brukarorientering -> 5. Brukarens fokus Före 50 · Efter 55 · Förändring +5 av 100 poäng',
      );
      expect(flat).toContain(
        '8. Kommunen som samhällsbyggare -> 2. Samhällsutveckling Före 66 · Efter 70 · Förändring +4 av 100 poäng',
      );
      expect(flat).toContain('Brukarundersökning i äldreomsorgen (Pågår, 40 %, slutdatum 2021-06-30');
      expect(flat).toContain('Resultatinformation till invånarna (Klar, 100 %');

      const workbook = new Workbook();
      await workbook.xlsx.load((await download('report.xlsx')).body);
      const summary = workbook.getWorksheet('Sammanfattning')!;
      const values = summary.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : []));
      expect(values).toEqual(expect.arrayContaining(['Observera', CROSSWALK_CAVEAT.sv, 'KK2016 → KK2020']));
      const areas = workbook.getWorksheet('Områden')!;
      const rows = areas.getSheetValues().filter(Array.isArray).slice(1) as unknown[][];
      expect(rows.slice(0, 8).map((r) => [r[1], r[3], r[4], r[5]])).toEqual(
        EXPECTED_ROWS.map(([area, , before, after]) => [area, before, after, after - before]),
      );
      expect(rows[1][2]).toBe('Tillgänglighet och brukarorientering → 5. Brukarens fokus');
      expect(rows[8].slice(2, 6)).toEqual(['Totalt', 427, 450, 23]);
    });

    it('answers with the edited crosswalk at once, although the report is cached per plan', async () => {
      const report = () =>
        t.http().get(`/api/action-plans/${planId}/report`).set(bearer(tenant.leadership.token)).expect(200);
      expect((await report()).body.areas[1].after).toBe(55);
      const url = `/api/frameworks/${kk2016}/crosswalks/${kk2020}`;
      const edited = KK2016_TO_KK2020.areas.map((link) => (link.from === 2 ? { from: 2, to: [5, 1] } : link));
      await t.http().put(url).set(bearer(t.adminToken)).send({ areas: edited }).expect(200);
      const changed = (await report()).body;
      // Brukarens fokus 55 + Samspel 52 of 200, on area 2's scale of 100
      expect(changed.areas[1]).toMatchObject({
        after: 53.5,
        delta: 3.5,
        mappedTo: [
          { area: 1, after: 52 },
          { area: 5, after: 55 },
        ],
      });
      expect(changed.warnings).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'crosswalk-rescaled', area: 2 })]),
      );
      await t.http().put(url).set(bearer(t.adminToken)).send({ areas: KK2016_TO_KK2020.areas }).expect(200);
      expect((await report()).body.areas[1].after).toBe(55);
    });

    it('carries the open actions over to the plan on the re-evaluation, with their history, placed on the KK2020 areas', async () => {
      const survey = actions.survey.id;
      const closed = await t
        .http()
        .post(`/api/actions/${survey}/updates`)
        .set(bearer(token()))
        .send({
          version: (await t.http().get(`/api/actions/${survey}`).set(bearer(token()))).body.version,
          progress: 50,
        });
      expect(closed.status).toBe(422);
      const next = await createPlan(t, token(), followUpId, {
        title: 'Handlingsplan 2021–2025',
        plannedReEvaluationDate: '2025-09-30',
      });
      await t
        .http()
        .post(`/api/action-plans/${planId}/carry-over`)
        .set(bearer(tenant.leadership.token))
        .send({ toPlanId: next.id })
        .expect(403);
      const res = await t
        .http()
        .post(`/api/action-plans/${planId}/carry-over`)
        .set(bearer(token()))
        .send({ toPlanId: next.id })
        .expect(201);
      expect(res.body).toEqual({ fromPlanId: planId, toPlanId: next.id, actionIds: [survey, actions.staff.id] });

      const moved = (await t.http().get(`/api/actions/${survey}`).set(bearer(token())).expect(200)).body;
      expect(moved).toMatchObject({
        planId: next.id,
        status: 'in_progress',
        progress: 40,
        questionCodes: [],
        areas: [5],
      });
      expect((await t.http().get(`/api/actions/${actions.staff.id}`).set(bearer(token()))).body.areas).toEqual([7]);
      expect((await t.http().get(`/api/actions/${actions.results.id}`).set(bearer(token()))).body.planId).toBe(planId);
      const updates = await t
        .http()
        .get('/api/action-updates')
        .query({ filter: JSON.stringify({ actionId: survey }) })
        .set(bearer(token()))
        .expect(200);
      expect(updates.body.map((u: { comment: string | null }) => u.comment)).toContain('Enkäten är utskickad');
      const audit = await t
        .http()
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ entity: 'action', entityId: survey, action: 'update' }) })
        .set(bearer(t.adminToken))
        .expect(200);
      expect(
        audit.body.some(
          (e: object) => JSON.stringify(e).includes(`"planId"`) && JSON.stringify(e).includes(String(next.id)),
        ),
      ).toBe(true);

      const readiness = await t.http().get(`/api/action-plans/${next.id}/readiness`).set(bearer(token())).expect(200);
      expect(readiness.body.baseline.frameworkCode).toBe('KK2020');
      const areas = new Map(
        readiness.body.areas.map((a: { area: number; actionsPlanned: number }) => [a.area, a.actionsPlanned]),
      );
      expect([areas.get(5), areas.get(7), areas.get(1)]).toEqual([1, 1, 0]);

      // Nothing is left to carry, and a plan not made on the re-evaluation is refused.
      expect(
        (
          await t
            .http()
            .post(`/api/action-plans/${planId}/carry-over`)
            .set(bearer(token()))
            .send({ toPlanId: next.id })
            .expect(201)
        ).body.actionIds,
      ).toEqual([]);
      const wrong = await createPlan(t, token(), baselineId, { plannedReEvaluationDate: '2021-09-30' });
      const refused = await t
        .http()
        .post(`/api/action-plans/${planId}/carry-over`)
        .set(bearer(token()))
        .send({ toPlanId: wrong.id })
        .expect(422);
      expect(refused.body.details).toEqual([
        expect.objectContaining({ field: 'toPlanId', message: expect.stringContaining('is not made on plan') }),
      ]);
      const open = await t
        .http()
        .post(`/api/action-plans/${wrong.id}/carry-over`)
        .set(bearer(token()))
        .send({ toPlanId: next.id })
        .expect(422);
      expect(open.body.message).toContain('has no linked re-evaluation');
    });
  });

  it('refuses to link a re-evaluation on a revision without a crosswalk, with 422 naming the missing crosswalk', async () => {
    const lone = await t
      .http()
      .post('/api/frameworks')
      .set(bearer(t.adminToken))
      .send({
        code: 'KK2020-X',
        name: 'Utan nyckel',
        validFrom: 2020,
        areas: [1, 2, 3, 4, 5, 6, 7, 8].map((number) => ({
          number,
          name: `Område ${number}`,
          maxPoints: 100,
          questions: [],
        })),
      })
      .expect(201);
    const plan = await createPlan(t, token(), baselineId, { plannedReEvaluationDate: '2021-09-30' });
    const other = await importAreaTotals(t, token(), KK2020_AREAS, {
      frameworkId: lone.body.id,
      evaluatedAt: '2021-10',
      label: 'Utan nyckel 2021',
    });
    const res = await link(plan.id, other.id).expect(422);
    expect(res.body.message).toContain('no crosswalk from KK2016 to KK2020-X');
    expect(res.body.details).toEqual([
      expect.objectContaining({
        field: 'followUpEvaluationId',
        message: expect.stringContaining('there is no crosswalk from KK2016 to KK2020-X'),
      }),
    ]);
    expect((await t.http().get(`/api/action-plans/${plan.id}`).set(bearer(token()))).body).toMatchObject({
      followUpEvaluationId: null,
      status: 'active',
    });
    const cmp = await t
      .http()
      .get(`/api/evaluations/${other.id}/comparison`)
      .query({ baseline: baselineId })
      .set(bearer(token()))
      .expect(422);
    expect(cmp.body.message).toContain('no crosswalk from KK2016 to KK2020-X');
    // With the default crosswalk the plain comparison works across revisions too.
    const followUp = await reEvaluation2020('2022-03');
    const across = await t
      .http()
      .get(`/api/evaluations/${followUp.id}/comparison`)
      .query({ baseline: baselineId })
      .set(bearer(token()))
      .expect(200);
    expect(across.body).toMatchObject({
      level: 'crosswalk',
      caveat: CROSSWALK_CAVEAT.sv,
      total: { before: 427, after: 450, delta: 23 },
    });
  });
});

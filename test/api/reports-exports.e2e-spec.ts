import { Workbook } from 'exceljs';
import { extractPdfText } from '../../backend/src/evaluations/import/pdf-text.extractor';
import { createTenant } from '../factories';
import { binary, buildReevaluationScenario, DANGEROUS_TITLE } from '../factories/reports';
import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('re-evaluation report exports and access', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof buildReevaluationScenario>>;
  beforeAll(async () => {
    t = await startTestApp();
    s = await buildReevaluationScenario(t);
  }, 60_000);
  afterAll(() => t.close());

  const download = (path: string, token = s.tenant.leadership.token) =>
    t.http().get(`/api/action-plans/${s.plan.id}/${path}`).set(bearer(token)).buffer(true).parse(binary);

  it('serves a Swedish A4 PDF whose text holds the totals, the areas, the actions and the insights', async () => {
    const res = await download('report.pdf').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="omvardering-testkommun-\d+-2021-10-01\.pdf"/,
    );
    const text = await extractPdfText(res.body, { keepRunningText: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(text).toContain(s.tenant.municipality.name);
    expect(text).toMatch(/TOTALT FÖRE[\s\S]*427/);
    expect(text).toMatch(/Totalt\t427\t437\t\+10\t800/);
    expect(text).toMatch(/3\. Politisk styrning och kontroll \*\t64\t66\t\+2\t100/);
    expect(flat).toContain('rapporten anger 65 poäng men delfrågorna summerar till 64');
    expect(text).toContain('Plan för resultatinformation till invånarna (Klar, 100 %');
    expect(flat).toContain(
      'Utbilda chefer i medarbetarsamtal (Ej påbörjad, 0 %, slutdatum 2021-09-30, bedömning: Avviker (Kompass))',
    );
    expect(flat).toContain(
      'Delfråga 2.1 ”Finns det en kommunövergripande strategi för brukarfokus?” förbättrades med 3 poäng (från 6 till 9 av 15) utan någon åtgärd i planen.',
    );
    expect(text).toMatch(/Sida 1 av \d/);
    expect(text).toMatch(/Genererad \d{1,2} [a-zåäö]+ \d{4}/);
  });

  it('serves an XLSX that reads back with every area, sub-question and action', async () => {
    const res = await download('report.xlsx').expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Områden', 'Delfrågor', 'Åtgärder']);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out.slice(1);
    };
    const areas = rows('Områden');
    expect(areas.map((r) => r.slice(0, 5))).toEqual([
      [1, 'Offentlighet och demokrati', 45, 50, 5],
      [2, 'Tillgänglighet och brukarorientering', 50, 53, 3],
      [3, 'Politisk styrning och kontroll', 64, 66, 2],
      [4, 'Ledarskap, ansvar och delegation', 48, 48, 0],
      [5, 'Resultat och effektivitet', 49, 47, -2],
      [6, 'Kommunen som arbetsgivare - personalpolitik', 60, 60, 0],
      [7, 'Ständiga förbättringar', 45, 44, -1],
      [8, 'Kommunen som samhällsbyggare', 66, 69, 3],
      [undefined, 'Totalt', 427, 437, 10],
    ]);
    const questions = rows('Delfrågor');
    expect(questions).toHaveLength(45);
    expect(questions.find((r) => r[0] === '5.5')!.slice(4, 10)).toEqual([6, 4, -2, 'Försämrad', 1, 0]);
    const actions = rows('Åtgärder');
    expect(actions.map((r) => r[0]).sort((a, b) => Number(a) - Number(b))).toEqual(
      Object.values(s.actions)
        .map((a) => a.id)
        .sort((a, b) => a - b),
    );
    expect(actions.find((r) => r[0] === s.actions.quality.id)!.slice(2, 8)).toEqual([
      'Klar',
      100,
      '2020-06-30',
      expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      '3.5',
      '3',
    ]);
    expect(actions.find((r) => r[0] === s.actions.rounds.id)![1]).toBe(`'${DANGEROUS_TITLE}`);
  });

  it('lets every role of the municipality read the report, its exports and the readiness view', async () => {
    const { coordinator, departmentHead, leadership } = s.tenant;
    for (const token of [t.adminToken, coordinator.token, departmentHead.token, leadership.token])
      for (const path of ['report', 'report.pdf', 'report.xlsx', 'readiness']) await download(path, token).expect(200);
    await t
      .http()
      .get(`/api/evaluations/${s.followUp.id}/comparison`)
      .query({ baseline: s.baseline.id })
      .set(bearer(departmentHead.token))
      .expect(200);
  });

  it('answers another municipality with 404, anonymous callers with 401 and bad ids with 400', async () => {
    const other = await createTenant(t);
    for (const user of [other.coordinator, other.leadership, other.departmentHead])
      for (const path of ['report', 'report.pdf', 'report.xlsx', 'readiness']) {
        const res = await download(path, user.token).expect(404);
        expect(res.headers['content-type']).toMatch(/json/);
      }
    await t
      .http()
      .get(`/api/evaluations/${s.followUp.id}/comparison`)
      .query({ baseline: s.baseline.id })
      .set(bearer(other.leadership.token))
      .expect(404);
    await t.http().get(`/api/action-plans/${s.plan.id}/report`).expect(401);
    await t.http().get('/api/action-plans/999999/report').set(bearer(t.adminToken)).expect(404);
    await t.http().get('/api/action-plans/999999/readiness').set(bearer(t.adminToken)).expect(404);
    const bad = await t.http().get('/api/action-plans/abc/report.pdf').set(bearer(t.adminToken)).expect(400);
    expect(bad.body.details).toEqual([{ field: 'id', message: 'must be a positive integer', code: 'invalid_id' }]);
  });
});

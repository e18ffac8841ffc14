import ExcelJS from 'exceljs';
import { createTenant } from '../factories';
import { RONNEBY_2017_SCORES } from '../fixtures/kommunkompassen-ronneby-2017.expected';
import { scoreTablePdf } from '../support/report-pdf';
import { importReferenceReport, importRequest, REFERENCE_REPORT, uploadReport } from '../factories/evaluations';
import { downloadTemplate } from '../factories/crosswalks';
import { startWithTenant, type TestTenant } from '../support/reference-tenant';
import { bearer, TestApp } from '../support/test-app';

const EXPECTED_AREA_TOTALS = [45, 50, 64, 48, 49, 60, 45, 66];

describe('evaluation import', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => ({ t, tenant } = await startWithTenant()));
  afterAll(() => t.close());

  const countEvaluations = async () =>
    Number((await t.http().get('/api/evaluations').set(bearer(t.adminToken))).headers['content-range'].split('/')[1]);

  it('previews the reference report with dryRun and stores nothing', async () => {
    const res = await importRequest(t, tenant.coordinator.token)
      .send({ content: REFERENCE_REPORT, dryRun: true })
      .expect(200);
    expect(res.body.dryRun).toBe(true);
    expect(res.body.evaluation).toMatchObject({
      evaluatedAt: '2017-09-01',
      evaluatedAtPrecision: 'month',
      frameworkCode: 'KK2016',
      totalAchieved: 427,
      totalMax: 800,
    });
    expect(res.body.evaluation.targetMunicipality).toEqual({
      id: tenant.municipality.id,
      name: tenant.municipality.name,
    });
    expect(res.body.evaluation.areas.map((a: { achieved: number }) => a.achieved)).toEqual(EXPECTED_AREA_TOTALS);
    expect(await countEvaluations()).toBe(0);
  });

  it('imports the reference report: 45 exact scores, area totals, the area-3 warning, every finding', async () => {
    const { evaluation, findingsCreated, warnings } = await importReferenceReport(t, tenant.coordinator.token);
    const questions = evaluation.areas.flatMap((a) => a.questions);
    expect(questions.filter((q) => q.achieved !== null)).toHaveLength(45);
    const byCode = Object.fromEntries(questions.map((q) => [q.code, `${q.achieved}/${q.maxPoints}`]));
    expect(byCode).toMatchObject({
      '1.1': '8/15',
      '1.4': '15/30',
      '2.2': '13/25',
      '3.2': '17/25',
      '4.2': '3/10',
      '5.6': '7/10',
      '6.3': '12/25',
      '7.5': '6/20',
      '8.7': '10/15',
    });
    expect(evaluation.areas.map((a) => a.achieved)).toEqual(EXPECTED_AREA_TOTALS);
    expect(evaluation.areas.map((a) => a.statedTotal)).toEqual([45, 50, 65, 48, 49, 60, 45, 66]);
    expect(evaluation.totalAchieved).toBe(427);
    const totalWarnings = warnings.filter((w) => w.code === 'area-total-mismatch');
    expect(totalWarnings).toHaveLength(1);
    expect(totalWarnings[0].area).toBe(3);
    expect(evaluation.findingCounts.strength + evaluation.findingCounts.improvement).toBe(findingsCreated);

    const improvements = await t
      .http()
      .get('/api/findings')
      .query({ filter: JSON.stringify({ evaluationId: evaluation.id, kind: 'improvement' }), range: '[0,999]' })
      .set(bearer(tenant.leadership.token))
      .expect(200);
    const texts = improvements.body.map((f: { text: string }) => f.text);
    expect(texts).toContain(
      'Politisk målformulering och fördelning av resurser i budgetarbetet är inte tydligt sammankopplade processer',
    );
    expect(texts).not.toContain('inte tydligt sammankopplade processer');
    expect(
      improvements.body.every((f: { questionCodes: string[]; area: number }) =>
        f.questionCodes.every((c) => c.startsWith(`${f.area}.`)),
      ),
    ).toBe(true);
    expect(
      improvements.body.filter((f: { questionCodes: string[] }) => f.questionCodes.length > 0).length,
    ).toBeGreaterThan(improvements.body.length / 2);
  });

  it('lets the coordinator confirm a finding’s sub-questions and finds it by code', async () => {
    const { evaluation } = await importReferenceReport(t, tenant.coordinator.token);
    const list = await t
      .http()
      .get('/api/findings')
      .query({ filter: JSON.stringify({ evaluationId: evaluation.id, area: 1, kind: 'improvement' }) })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    const finding = list.body[0];
    const updated = await t
      .http()
      .put(`/api/findings/${finding.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ questionCodes: ['1.2', '1.3'] })
      .expect(200);
    expect(updated.body.questionCodes).toEqual(['1.2', '1.3']);
    const byCode = await t
      .http()
      .get('/api/findings')
      .query({ filter: JSON.stringify({ evaluationId: evaluation.id, questionCode: '1.3' }) })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect(byCode.body.map((f: { id: number }) => f.id)).toContain(finding.id);
    const bad = await t
      .http()
      .put(`/api/findings/${finding.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ questionCodes: ['9.9'] })
      .expect(422);
    expect(bad.body.message).toContain('9.9');
    await t
      .http()
      .put(`/api/findings/${finding.id}`)
      .set(bearer(tenant.departmentHead.token))
      .send({ questionCodes: ['1.1'] })
      .expect(403);
  });

  it('refuses department heads and leadership (403) and other municipalities (404)', async () => {
    for (const user of [tenant.departmentHead, tenant.leadership])
      await importRequest(t, user.token).send({ content: REFERENCE_REPORT, dryRun: true }).expect(403);
    const other = await createTenant(t);
    await importRequest(t, tenant.coordinator.token)
      .send({ content: REFERENCE_REPORT, municipalityId: other.municipality.id })
      .expect(404);
    const { evaluation } = await importReferenceReport(t, other.coordinator.token);
    await t.http().get(`/api/evaluations/${evaluation.id}`).set(bearer(tenant.coordinator.token)).expect(404);
  });

  it('answers a score over its max with 422 naming the line, and stores nothing', async () => {
    const before = await countEvaluations();
    const broken = REFERENCE_REPORT.replace(
      '1.3\tInformerar invånare om resultat?\t7\t25\t28%',
      '1.3\tInformerar invånare om resultat?\t30\t25\t120%',
    );
    expect(broken).not.toBe(REFERENCE_REPORT);
    const res = await importRequest(t, tenant.coordinator.token).send({ content: broken }).expect(422);
    expect(
      res.body.details.some(
        (d: { field: string; message: string }) => /line \d+/.test(d.field) && d.message.includes('1.3'),
      ),
    ).toBe(true);
    expect(await countEvaluations()).toBe(before);
  });

  it('answers empty, junk and unrelated content with a clear 4xx', async () => {
    const send = (body: Record<string, unknown>) => importRequest(t, tenant.coordinator.token).send(body);
    const empty = await send({ content: '' }).expect(400);
    expect(empty.body.details[0].field).toBe('content');
    const junk = await send({
      content: Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)).toString('base64'),
      contentEncoding: 'base64',
    });
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
    const unrelated = await send({
      content: 'Protokoll från kommunstyrelsens sammanträde.\nParagraf 1. Val av justerare.\nParagraf 2. Budget.',
    });
    expect([400, 422]).toContain(unrelated.status);
    expect(unrelated.body.message).toMatch(/Kommunkompassen/);
  });

  it('takes a multipart upload and keeps the source with its checksum', async () => {
    const res = await uploadReport(t, tenant.coordinator.token, 'ronneby-2017.md', {
      label: 'Ronneby 2017 (fil)',
    }).expect(201);
    expect(res.body.evaluation.label).toBe('Ronneby 2017 (fil)');
    expect(res.body.evaluation.source).toMatchObject({
      fileName: 'ronneby-2017.md',
      format: 'report-text',
      size: Buffer.byteLength(REFERENCE_REPORT),
    });
    const source = await t
      .http()
      .get(`/api/evaluations/${res.body.evaluation.id}/source`)
      .set(bearer(tenant.leadership.token))
      .expect(200);
    expect(source.headers['content-disposition']).toContain('ronneby-2017.md');
    expect(source.text).toBe(REFERENCE_REPORT);
  });

  it('corrects scores by hand and recomputes the area-total warning', async () => {
    const { evaluation } = await importReferenceReport(t, tenant.coordinator.token);
    const res = await t
      .http()
      .put(`/api/evaluations/${evaluation.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ scores: [{ code: '3.5', achieved: 10 }] })
      .expect(200);
    expect(res.body.areas[2].achieved).toBe(65);
    expect(res.body.warnings.filter((w: { code: string }) => w.code === 'area-total-mismatch')).toEqual([]);
    const over = await t
      .http()
      .put(`/api/evaluations/${evaluation.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ scores: [{ code: '3.5', achieved: 16 }] })
      .expect(422);
    expect(over.body.details).toEqual([
      {
        field: 'scores[0].achieved',
        message: '16 is more than the max 15 of 3.5',
        code: 'import_achieved_over_max',
        params: { code: '3.5', found: 16, max: 15 },
      },
    ]);
  });

  it('serves the XLSX template of a framework', async () => {
    const res = await downloadTemplate(t, 'KK2016', tenant.coordinator.token);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((res.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('evaluation import from files', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => ({ t, tenant } = await startWithTenant()));
  afterAll(() => t.close());

  it('imports a PDF typeset from the reference report with the same 45 scores', async () => {
    const pdf = await scoreTablePdf(REFERENCE_REPORT);
    const res = await importRequest(t, tenant.coordinator.token)
      .field('evaluatedAt', '2017-09')
      .attach('file', pdf, { filename: 'ronneby-2017.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(res.body.evaluation.source.format).toBe('pdf');
    const questions = res.body.evaluation.areas.flatMap(
      (a: { questions: { code: string; achieved: number }[] }) => a.questions,
    );
    expect(Object.fromEntries(questions.map((q: { code: string; achieved: number }) => [q.code, q.achieved]))).toEqual(
      Object.fromEntries(Object.entries(RONNEBY_2017_SCORES).map(([code, [achieved]]) => [code, achieved])),
    );
    expect(res.body.evaluation.totalAchieved).toBe(427);
  });

  it('imports the XLSX template filled in, and refuses 30 of 25 naming the row', async () => {
    const template = await downloadTemplate(t, 'KK2016', tenant.coordinator.token);
    const fill = async (override: Record<string, number>) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.body);
      const sheet = workbook.worksheets[0];
      let overRow = 0;
      sheet.eachRow((row, n) => {
        const code = String(row.getCell(2).value ?? '');
        if (RONNEBY_2017_SCORES[code]) {
          row.getCell(5).value = override[code] ?? RONNEBY_2017_SCORES[code][0];
          if (override[code] !== undefined) overRow = n;
        }
      });
      return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), overRow };
    };
    const good = await fill({});
    const ok = await importRequest(t, tenant.coordinator.token)
      .field('evaluatedAt', '2017-09')
      .attach('file', good.bytes, 'kompass-mall.xlsx')
      .expect(201);
    expect(ok.body.evaluation).toMatchObject({ totalAchieved: 427, source: { format: 'xlsx' } });
    const bad = await fill({ '1.3': 30 });
    const refused = await importRequest(t, tenant.coordinator.token)
      .field('evaluatedAt', '2017-09')
      .attach('file', bad.bytes, 'kompass-mall.xlsx')
      .expect(422);
    expect(
      refused.body.details.some(
        (d: { field: string; message: string }) => d.field.includes(`row ${bad.overRow}`) && d.message.includes('1.3'),
      ),
    ).toBe(true);
  });
});

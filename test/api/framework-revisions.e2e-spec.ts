import ExcelJS from 'exceljs';
import { createTenant } from '../factories';
import { downloadTemplate, frameworkId } from '../factories/crosswalks';
import { importReferenceReport, REFERENCE_REPORT } from '../factories/evaluations';
import {
  HOGANAS_2020,
  HOGANAS_2020_AREA_TOTALS,
  KK2020_CATALOGUE,
  kk2020Report,
  TOMELILLA_2020,
  TOMELILLA_2020_AREA_TOTALS,
} from '../fixtures/kk2020-reports';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** The tenants are "Testkommun N", so every report names another municipality; that warning is expected. */
const otherThanName = (warnings: { code: string }[]) => warnings.filter((w) => w.code !== 'municipality-mismatch');

/** Tests that create a tenant (password hashing) and import several reports: seconds each on a loaded 2-core machine. */
const SLOW = 90_000;

type Area = {
  area: number;
  achieved: number;
  questions: { code: string; achieved: number; maxPoints: number; text: string }[];
};

/** Revisions as data: KK2020 learns its sub-questions from the first 2020-model report confirmed, and later reports must match them. */
describe('model revisions learned from reports', () => {
  let t: TestApp;
  let hoganas: Awaited<ReturnType<typeof createTenant>>;
  let kk2020Id: number;
  beforeAll(async () => {
    t = await startTestApp();
    hoganas = await createTenant(t);
    kk2020Id = await frameworkId(t, 'KK2020');
  }, 60_000);
  afterAll(() => t.close());

  const importAs = (token: string, fields: Record<string, unknown>) =>
    t.http().post('/api/evaluations/import').set(bearer(token)).send(fields);
  const kk2020 = () => t.http().get(`/api/frameworks/${kk2020Id}`).set(bearer(t.adminToken)).expect(200);

  it('previews a 2020-model report on KK2020, chosen by its area names, with the catalogue read from it', async () => {
    const { body } = await importAs(hoganas.coordinator.token, {
      content: kk2020Report(HOGANAS_2020),
      dryRun: true,
    }).expect(200);
    expect(body.frameworkChoice).toMatchObject({
      frameworkId: kk2020Id,
      code: 'KK2020',
      origin: 'catalogue',
      reason: 'area-names',
    });
    expect(body.frameworkChoice.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'KK2016', fits: false }),
        expect.objectContaining({ code: 'KK2020', fits: true }),
      ]),
    );
    expect(body.learnedCatalogue).toMatchObject({
      frameworkId: kk2020Id,
      code: 'KK2020',
      questionCount: 34,
      totalMax: 800,
    });
    const learned = body.learnedCatalogue.areas.flatMap(
      (a: { questions: { code: string; text: string; maxPoints: number }[] }) => a.questions,
    );
    expect(
      Object.fromEntries(
        learned.map((q: { code: string; text: string; maxPoints: number }) => [q.code, [q.text, q.maxPoints]]),
      ),
    ).toEqual(KK2020_CATALOGUE);
    expect(body.evaluation).toMatchObject({
      frameworkCode: 'KK2020',
      totalAchieved: 611,
      totalMax: 800,
      evaluatedAt: '2020-10-01',
    });
    expect(body.evaluation.areas.map((a: Area) => a.achieved)).toEqual(HOGANAS_2020_AREA_TOTALS);
    expect(body.findings).toHaveLength(16);
    expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(['municipality-mismatch']);
    // The preview stored nothing: KK2020 is still at area level.
    expect((await kk2020()).body.questionCount).toBe(0);
  });

  it('refuses to commit the learned catalogue without confirmFramework, and stores nothing', async () => {
    const { body } = await importAs(hoganas.coordinator.token, { content: kk2020Report(HOGANAS_2020) }).expect(422);
    expect(body.message).toContain('KK2020 has no sub-questions yet: this report would teach it 34');
    expect(body.details).toEqual([
      expect.objectContaining({
        field: 'confirmFramework',
        message: 'must be true to store the KK2020 catalogue read from the report',
      }),
    ]);
    expect(body.code).toBe('framework_confirmation_required');
    expect((await kk2020()).body.questionCount).toBe(0);
    const evaluations = await t.http().get('/api/evaluations').set(bearer(hoganas.coordinator.token)).expect(200);
    expect(evaluations.body).toEqual([]);
  });

  it('refuses a report whose sub-question maxima do not add up, naming the area, and learns nothing', async () => {
    const wrong = kk2020Report(HOGANAS_2020).replace(
      '| 6.3 Hur leder analyser av resultat till förbättringar? | 29 | 40 |',
      '| 6.3 Hur leder analyser av resultat till förbättringar? | 29 | 45 |',
    );
    const { body } = await importAs(hoganas.coordinator.token, { content: wrong, confirmFramework: true }).expect(422);
    expect(body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'catalogue',
          message: 'Learning KK2020: area 6 max is 100 but its questions sum to 105',
        }),
      ]),
    );
    expect((await kk2020()).body.questionCount).toBe(0);
  });

  it('stores the catalogue and the evaluation together on confirmation, with exact scores and every finding', async () => {
    const { body } = await importAs(hoganas.coordinator.token, {
      content: kk2020Report(HOGANAS_2020),
      confirmFramework: true,
    }).expect(201);
    expect(body.evaluation).toMatchObject({
      frameworkId: kk2020Id,
      frameworkCode: 'KK2020',
      totalAchieved: 611,
      totalMax: 800,
    });
    expect(body.findingsCreated).toBe(16);
    const scores = Object.fromEntries(
      body.evaluation.areas.flatMap((a: Area) => a.questions.map((q) => [q.code, q.achieved])),
    );
    expect(scores).toEqual(HOGANAS_2020.scores);

    const framework = (await kk2020()).body;
    expect(framework).toMatchObject({ code: 'KK2020', origin: 'learned', questionCount: 34, maxPoints: 800 });
    expect(framework.areas[5].questions.map((q: { code: string; maxPoints: number }) => [q.code, q.maxPoints])).toEqual(
      [
        ['6.1', 30],
        ['6.2', 30],
        ['6.3', 40],
      ],
    );
    const findings = await t
      .http()
      .get('/api/findings')
      .query({ filter: JSON.stringify({ evaluationId: body.evaluation.id }) })
      .set(bearer(hoganas.coordinator.token))
      .expect(200);
    expect(findings.body.map((f: { text: string }) => f.text)).toEqual(
      expect.arrayContaining([...HOGANAS_2020.findings[8].strength, ...HOGANAS_2020.findings[8].improvement]),
    );
  });

  it(
    'imports a second report on the learned revision, for another municipality, without confirmation',
    async () => {
      const tomelilla = await createTenant(t);
      const preview = await importAs(tomelilla.coordinator.token, {
        content: kk2020Report(TOMELILLA_2020),
        dryRun: true,
      }).expect(200);
      expect(preview.body.frameworkChoice).toMatchObject({
        code: 'KK2020',
        origin: 'learned',
        reason: 'sub-questions',
      });
      expect(preview.body.learnedCatalogue).toBeNull();
      const { body } = await importAs(tomelilla.coordinator.token, { content: kk2020Report(TOMELILLA_2020) }).expect(
        201,
      );
      expect(body.evaluation).toMatchObject({ frameworkCode: 'KK2020', totalAchieved: 497 });
      expect(body.evaluation.areas.map((a: Area) => a.achieved)).toEqual(TOMELILLA_2020_AREA_TOTALS);
      expect(otherThanName(body.warnings)).toEqual([]);
      expect((await kk2020()).body.questionCount).toBe(34);
    },
    SLOW,
  );

  it(
    'warns about a row worded differently from the learned catalogue, naming it, and keeps the catalogue',
    async () => {
      const other = await createTenant(t);
      const report = kk2020Report(TOMELILLA_2020, { '4.4': 'Hur digitaliseras verksamheterna?' });
      const { body } = await importAs(other.coordinator.token, { content: report }).expect(201);
      expect(otherThanName(body.warnings)).toEqual([
        expect.objectContaining({
          code: 'catalogue-row-differs',
          questionCode: '4.4',
          message: expect.stringMatching(
            /^Sub-question 4\.4 \(line \d+\) reads "Hur digitaliseras verksamheterna\?" in the report but "Hur arbetar kommunen med digitalisering\?" in KK2020; the stored catalogue is kept$/,
          ),
        }),
      ]);
      const framework = (await kk2020()).body;
      expect(framework.areas[3].questions[3].text).toBe('Hur arbetar kommunen med digitalisering?');
      // A row whose max differs cannot be stored against the catalogue: refused, naming the row.
      const differentMax = kk2020Report(TOMELILLA_2020).replace(
        '| 6.3 Hur leder analyser av resultat till förbättringar? | 25 | 40 |',
        '| 6.3 Hur leder analyser av resultat till förbättringar? | 25 | 45 |',
      );
      const refused = await importAs(other.coordinator.token, {
        content: differentMax,
        frameworkId: kk2020Id,
        dryRun: true,
      }).expect(422);
      expect(refused.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            message: expect.stringMatching(/^Sub-question 6\.3 \(line \d+\) has max 45, but KK2020 gives it 40/),
          }),
        ]),
      );
    },
    SLOW,
  );

  it(
    'keeps the 2016-model reference report on KK2016, and lets the coordinator pick the framework',
    async () => {
      const tenant = await createTenant(t);
      const preview = await importAs(tenant.coordinator.token, { content: REFERENCE_REPORT, dryRun: true }).expect(200);
      expect(preview.body.frameworkChoice).toMatchObject({ code: 'KK2016', reason: 'sub-questions' });
      expect(preview.body.evaluation.totalAchieved).toBe(427);
      const kk2016 = preview.body.frameworkChoice.candidates.find((c: { code: string }) => c.code === 'KK2016').id;
      const explicit = await importAs(tenant.coordinator.token, {
        content: kk2020Report(HOGANAS_2020),
        frameworkId: kk2016,
        dryRun: true,
      }).expect(422);
      expect(explicit.body.message).toContain('against KK2016');
      const chosen = await importAs(tenant.coordinator.token, {
        content: kk2020Report(HOGANAS_2020),
        frameworkId: kk2020Id,
        dryRun: true,
      }).expect(200);
      expect(chosen.body.frameworkChoice).toMatchObject({
        code: 'KK2020',
        reason: 'explicit',
        message: 'KK2020 chosen by the coordinator',
      });
      await importReferenceReport(t, tenant.coordinator.token);
    },
    SLOW,
  );

  it(
    'says so when a hand-made revision is chosen without the coordinator picking it',
    async () => {
      const definition = {
        code: 'KK-EGEN',
        name: 'Egen modell',
        validFrom: 2030,
        areas: [1, 2].map((n) => ({
          number: n,
          name: `Eget område ${n}`,
          maxPoints: 100,
          questions: [{ code: `${n}.1`, text: `Fråga ${n}.1`, maxPoints: 100 }],
        })),
      };
      await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(definition).expect(201);
      const { coordinator } = await createTenant(t);
      const csv = 'Kod;Uppnått\n1.1;50\n2.1;60';
      const { body } = await importAs(coordinator.token, { content: csv, evaluatedAt: '2031-03', dryRun: true }).expect(
        200,
      );
      expect(body.frameworkChoice).toMatchObject({ code: 'KK-EGEN', origin: 'manual', reason: 'sub-questions' });
      expect(body.frameworkChoice.message).toContain('made by hand');
      expect(body.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'hand-made-framework' })]));
    },
    SLOW,
  );

  it(
    'lets an admin make a revision from the spreadsheet template of another, edited',
    async () => {
      const template = await downloadTemplate(t, 'KK2016');
      const edit = async (maxOf11: number) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(template.body);
        workbook.getWorksheet('Poäng')!.eachRow((row) => {
          if (String(row.getCell(1).value).startsWith('1. ')) row.getCell(1).value = '1. Demokrati och delaktighet';
          if (row.getCell(2).value === '1.1') {
            row.getCell(3).value = 'Finns en strategi för delaktighet?';
            row.getCell(4).value = maxOf11;
          }
          if (row.getCell(2).value === '1.2') row.getCell(4).value = 15;
        });
        return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      };
      const body = { code: 'KK2024', name: 'Kommunkompassen 2024', validFrom: 2024 };
      const created = await t
        .http()
        .post('/api/frameworks/from-template')
        .set(bearer(t.adminToken))
        .send({ ...body, content: await edit(20) })
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'KK2024',
        origin: 'manual',
        validFrom: 2024,
        maxPoints: 800,
        questionCount: 45,
      });
      expect(created.body.areas[0]).toMatchObject({ number: 1, name: 'Demokrati och delaktighet', maxPoints: 100 });
      expect(created.body.areas[0].questions.slice(0, 2)).toEqual([
        expect.objectContaining({ code: '1.1', text: 'Finns en strategi för delaktighet?', maxPoints: 20 }),
        expect.objectContaining({ code: '1.2', maxPoints: 15 }),
      ]);
      expect(created.body.areas[7].name).toBe('Kommunen som samhällsbyggare');

      const wrong = await t
        .http()
        .post('/api/frameworks/from-template')
        .set(bearer(t.adminToken))
        .send({ ...body, code: 'KK2025', content: await edit(25) })
        .expect(422);
      expect(wrong.body.details).toEqual([
        expect.objectContaining({
          field: 'areas[0].maxPoints',
          message: 'area 1 max is 100 but its questions sum to 105',
        }),
      ]);
      const { coordinator } = await createTenant(t);
      await t
        .http()
        .post('/api/frameworks/from-template')
        .set(bearer(coordinator.token))
        .send({ ...body, code: 'KK2026', content: await edit(20) })
        .expect(403);
    },
    SLOW,
  );
});

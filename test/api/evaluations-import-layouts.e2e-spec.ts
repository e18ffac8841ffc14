import type { FindingPreview, ImportCommitResponse, ImportPreviewResponse } from '@kompass/shared';
import { createTenant } from '../factories';
import { RONNEBY_2017_FINDINGS } from '../fixtures/kommunkompassen-ronneby-2017.content';
import { RONNEBY_2017_SCORES, RONNEBY_2017_STATED_TOTALS } from '../fixtures/kommunkompassen-ronneby-2017.expected';
import { bulletListReport, plainTextReport, wordStyleReportHtml } from '../fixtures/report-layouts';
import { printHtmlToPdf } from '../support/print-pdf';
import { bearer, startTestApp, TestApp } from '../support/test-app';

type Areas = ImportPreviewResponse['evaluation']['areas'];

const achievedByCode = (areas: Areas) =>
  Object.fromEntries(areas.flatMap((a) => a.questions.map((q) => [q.code, [q.achieved, q.maxPoints]])));
const EXPECTED_SCORES = Object.fromEntries(
  Object.entries(RONNEBY_2017_SCORES).map(([code, [achieved, max]]) => [code, [achieved, max]]),
);

function findingsByArea(findings: Pick<FindingPreview, 'area' | 'kind' | 'text'>[]) {
  const out: Record<number, { strength: string[]; improvement: string[] }> = {};
  for (const f of findings) {
    out[f.area] ??= { strength: [], improvement: [] };
    out[f.area][f.kind].push(f.text);
  }
  return out;
}

const UNLINKED_BEFORE = [
  'Avsaknad av en kommunövergripande värdegrund',
  'Kommun- och förvaltningscheferna bärare av visioner, mål och värdegrund',
  'Erbjuder kollektiva förmåner utöver lön',
];

describe('evaluation import of the reference report in other layouts', () => {
  let t: TestApp;
  let token: string;
  let pdf: Buffer;
  beforeAll(async () => {
    t = await startTestApp();
    token = (await createTenant(t)).coordinator.token;
    pdf = await printHtmlToPdf(wordStyleReportHtml(), 'KommunKompassen – Ronneby kommun 2017');
  }, 120_000);
  afterAll(() => t.close());

  const upload = (dryRun: boolean) =>
    t
      .http()
      .post('/api/evaluations/import')
      .set(bearer(token))
      .field('dryRun', String(dryRun))
      .attach('file', pdf, { filename: 'ronneby-2017-word.pdf', contentType: 'application/pdf' });

  it('previews a Word-style table PDF: 45/45 exact scores, every finding, low-confidence links listed', async () => {
    const res = await upload(true).expect(200);
    const preview = res.body as ImportPreviewResponse;
    expect(preview.format).toBe('pdf');
    expect(preview.evaluation).toMatchObject({ evaluatedAt: '2017-09-01', totalAchieved: 427, totalMax: 800 });
    expect(achievedByCode(preview.evaluation.areas)).toEqual(EXPECTED_SCORES);
    expect(Object.fromEntries(preview.evaluation.areas.map((a) => [a.area, a.statedTotal]))).toEqual(
      RONNEBY_2017_STATED_TOTALS,
    );
    expect(findingsByArea(preview.findings)).toEqual(RONNEBY_2017_FINDINGS);

    const improvements = preview.findings.filter((f) => f.kind === 'improvement');
    for (const f of improvements) {
      expect(f.questionCodes.length).toBeGreaterThan(0);
      expect(f.questionCodes.every((c) => c.startsWith(`${f.area}.`))).toBe(true);
    }
    const listed = preview.lowConfidenceFindings.map((i) => preview.findings[i]);
    expect(listed.every((f) => f.lowConfidence)).toBe(true);
    expect(preview.findings.filter((f) => f.lowConfidence)).toHaveLength(listed.length);
    expect(listed.map((f) => f.text)).toEqual(expect.arrayContaining(UNLINKED_BEFORE));
    expect(preview.findings.find((f) => f.text === UNLINKED_BEFORE[2])).toMatchObject({
      questionCodes: ['6.1'],
      suggestedQuestionCodes: [{ code: '6.1', confidence: 0, lowConfidence: true }],
    });
  });

  it('commits the same PDF: scores, findings and their sub-questions stored', async () => {
    const res = await upload(false).expect(201);
    const { evaluation, findingsCreated } = res.body as ImportCommitResponse;
    expect(evaluation.source?.format).toBe('pdf');
    expect(achievedByCode(evaluation.areas)).toEqual(EXPECTED_SCORES);
    expect(findingsCreated).toBe(86);
    const stored = await t
      .http()
      .get('/api/findings')
      .query({ filter: JSON.stringify({ evaluationId: evaluation.id, kind: 'improvement' }), range: '[0,999]' })
      .set(bearer(token))
      .expect(200);
    expect(stored.body).toHaveLength(38);
    expect(stored.body.every((f: { questionCodes: string[] }) => f.questionCodes.length > 0)).toBe(true);
    const weak = stored.body.find((f: { text: string }) => f.text === UNLINKED_BEFORE[0]);
    expect(weak).toMatchObject({
      questionCodes: ['3.1'],
      suggestedQuestionCodes: [{ code: '3.1', confidence: 0, lowConfidence: true }],
    });
    expect(weak).not.toHaveProperty('lowConfidence');
  });

  it('takes the coordinator’s confirmed sub-questions: the finding is then no longer low-confidence', async () => {
    const findings = [{ area: 6, kind: 'improvement', text: UNLINKED_BEFORE[2], questionCodes: ['6.4'] }];
    const res = await t
      .http()
      .post('/api/evaluations/import')
      .set(bearer(token))
      .send({ content: bulletListReport(), dryRun: true, findings })
      .expect(200);
    expect(res.body.findings).toEqual([expect.objectContaining({ questionCodes: ['6.4'], lowConfidence: false })]);
    expect(res.body.lowConfidenceFindings).toEqual([]);
  });

  it.each([
    ['bullet lists and a "Poängsammanställning" in markdown', bulletListReport],
    ['pasted plain text with "Totalt" rows', plainTextReport],
  ])('imports the report written as %s, exactly', async (_name, build) => {
    const res = await t
      .http()
      .post('/api/evaluations/import')
      .set(bearer(token))
      .send({ content: build(), dryRun: true })
      .expect(200);
    const preview = res.body as ImportPreviewResponse;
    expect(achievedByCode(preview.evaluation.areas)).toEqual(EXPECTED_SCORES);
    expect(Object.fromEntries(preview.evaluation.areas.map((a) => [a.area, a.statedTotal]))).toEqual(
      RONNEBY_2017_STATED_TOTALS,
    );
    expect(findingsByArea(preview.findings)).toEqual(RONNEBY_2017_FINDINGS);
  });

  it('imports a CSV of area totals keyed by "Område"', async () => {
    const csv = [
      'Område;Poäng;Max',
      ...Object.entries(RONNEBY_2017_STATED_TOTALS).map(([area, total]) => `Område ${area};${total};100`),
    ].join('\n');
    const res = await t
      .http()
      .post('/api/evaluations/import')
      .set(bearer(token))
      .send({ content: csv, dryRun: true, evaluatedAt: '2017-09' })
      .expect(200);
    expect(res.body.format).toBe('csv');
    expect(res.body.evaluation).toMatchObject({ areaLevelOnly: true, totalAchieved: 428 });
  });
});

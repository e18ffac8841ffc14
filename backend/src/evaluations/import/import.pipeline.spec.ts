import { KK2016 } from '@kompass/shared';
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import {
  RONNEBY_2017_FINDING_COUNTS,
  RONNEBY_2017_SCORES,
  ronneby2017Text,
} from '../../../../test/fixtures/kommunkompassen-ronneby-2017.expected';
import {
  ensureImportable,
  ImportError,
  ImportFailure,
  ImportOutcome,
  toApiErrorDetails,
  MAX_PROBLEM_DETAILS,
  UnreadableDocumentError,
} from './import-result';
import { parseEvaluationImport } from './import.pipeline';
import { buildCsvTemplate, buildImportTemplate, TEMPLATE_SCORE_SHEET } from './template.builder';
import { mutate, mutation } from '../../../../test/support/report-mutations';

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const FUZZ_PDF_RUNS = Number(process.env.FUZZ_PDF_RUNS ?? 6);
const REPORT = ronneby2017Text();
const ACHIEVED = Object.fromEntries(Object.entries(RONNEBY_2017_SCORES).map(([code, [achieved]]) => [code, achieved]));

function filledCsv(scores: Record<string, number>): string {
  return buildCsvTemplate(KK2016)
    .split('\r\n')
    .map((line) => (line.split(';')[1] in scores ? `${line}${scores[line.split(';')[1]]}` : line))
    .join('\r\n');
}

function pdfOf(lines: [number, string][][]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(10);
  lines.forEach((cells, i) => cells.forEach(([x, text]) => doc.text(text, x, 60 + i * 16, { lineBreak: false })));
  doc.end();
  return done;
}

describe('parseEvaluationImport', () => {
  it('imports the reference report from text and from bytes alike', async () => {
    const fromText = await parseEvaluationImport({ text: REPORT, framework: KK2016 });
    const fromBytes = await parseEvaluationImport({ bytes: Buffer.from(REPORT), framework: KK2016 });
    expect(fromBytes).toEqual(fromText);
    const { parsed, problems, warnings } = fromText;
    expect(parsed.format).toBe('report-text');
    expect(parsed.scores).toHaveLength(45);
    expect(parsed.findings).toHaveLength(86);
    expect(problems).toMatchObject([]);
    expect(warnings.map((w) => [w.code, w.area])).toEqual([
      ['percent-mismatch', 7],
      ['area-total-mismatch', 3],
    ]);
    const counts = Object.fromEntries(
      Object.keys(RONNEBY_2017_FINDING_COUNTS).map((area) => [
        area,
        parsed.findings.filter((f) => f.area === Number(area)).length,
      ]),
    );
    expect(counts).toEqual({ 1: 10, 2: 11, 3: 11, 4: 12, 5: 9, 6: 12, 7: 8, 8: 13 });
    const rapportering = parsed.findings.find(
      (f) => f.text === 'Rapportering av invånar-/brukarundersökningar till invånarna',
    );
    expect(rapportering?.suggestedQuestionCodes[0]?.code).toBe('1.3');
    expect(ensureImportable(fromText)).toBe(fromText);
  });

  it('imports a PDF, detected by its magic', async () => {
    const bytes = await pdfOf([
      [[50, 'KommunKompassen']],
      [
        [50, '1.'],
        [80, 'Offentlighet och demokrati'],
        [400, 'Uppnått'],
        [450, 'Max'],
        [500, 'Procent'],
      ],
      [
        [50, '1.1'],
        [80, 'Finns en plan/strategi för demokratiutveckling och information?'],
        [400, '8'],
        [450, '15'],
        [500, '53%'],
      ],
      [
        [50, '1.3'],
        [80, 'Informerar invånare om resultat?'],
        [400, '7'],
        [450, '25'],
        [500, '28%'],
      ],
    ]);
    const { parsed, problems, warnings } = await parseEvaluationImport({ bytes, framework: KK2016 });
    expect(parsed.format).toBe('pdf');
    expect(parsed.scores.map((s) => [s.code, s.achieved, s.max])).toEqual([
      ['1.1', 8, 15],
      ['1.3', 7, 25],
    ]);
    expect(problems).toMatchObject([]);
    expect(warnings.filter((w) => w.code === 'missing-question').map((w) => w.questionCode)).toEqual([
      '1.2',
      '1.4',
      '1.5',
    ]);
  });

  it('imports the filled CSV template, and refuses 30 on 1.3 and an unknown code naming their rows', async () => {
    const good = await parseEvaluationImport({ bytes: Buffer.from(filledCsv(ACHIEVED)), framework: KK2016 });
    expect(good.parsed.format).toBe('csv');
    expect(good.problems).toMatchObject([]);
    expect(good.warnings).toEqual([]);

    const bad = filledCsv({ ...ACHIEVED, '1.3': 30 }).replace(
      '\r\n2. Tillgänglighet',
      '\r\n1. X;1.9;Okänd;10;5\r\n2. Tillgänglighet',
    );
    const outcome = await parseEvaluationImport({ bytes: Buffer.from(bad, 'latin1'), framework: KK2016 });
    expect(outcome.problems).toMatchObject([
      { row: 4, field: 'achieved', message: 'Sub-question 1.3 (row 4): 30 achieved is more than its max 25' },
      { row: 7, field: 'code', message: 'Unknown sub-question 1.9 (row 7): KK2016 has no such code' },
    ]);
    expect(() => ensureImportable(outcome)).toThrow(ImportError);
    try {
      ensureImportable(outcome);
    } catch (error) {
      expect((error as ImportError).problems).toBe(outcome.problems);
      expect(toApiErrorDetails((error as ImportError).problems)).toMatchObject([
        { field: 'row 4, achieved', message: 'Sub-question 1.3 (row 4): 30 achieved is more than its max 25' },
        { field: 'row 7, code', message: 'Unknown sub-question 1.9 (row 7): KK2016 has no such code' },
      ]);
    }
  });

  it('lists the first problems of a file full of them, and says how many more there are', () => {
    const problems = Array.from({ length: MAX_PROBLEM_DETAILS + 5 }, (_, i) => ({
      row: i + 2,
      field: 'code',
      message: `Unknown sub-question x (row ${i + 2})`,
    }));
    const details = toApiErrorDetails(problems);
    expect(details).toHaveLength(MAX_PROBLEM_DETAILS + 1);
    expect(details[0]).toMatchObject({ field: 'row 2, code', message: 'Unknown sub-question x (row 2)' });
    expect(details[MAX_PROBLEM_DETAILS - 1].field).toBe(`row ${MAX_PROBLEM_DETAILS + 1}, code`);
    expect(details[MAX_PROBLEM_DETAILS]).toMatchObject({
      message: '5 more problem(s) not listed: fix the ones above and import again',
    });
    expect(toApiErrorDetails(problems.slice(0, MAX_PROBLEM_DETAILS))).toHaveLength(MAX_PROBLEM_DETAILS);
  });

  it('imports the filled XLSX template and refuses 30 on 1.3 naming its row', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await buildImportTemplate(KK2016)) as never);
    const sheet = workbook.getWorksheet(TEMPLATE_SCORE_SHEET)!;
    sheet.eachRow((row) => {
      const code = String(row.getCell(2).value);
      if (code in ACHIEVED) row.getCell(5).value = code === '1.3' ? 30 : ACHIEVED[code];
    });
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { parsed, problems } = await parseEvaluationImport({ bytes, framework: KK2016, fileName: 'mall.xlsx' });
    expect(parsed.format).toBe('xlsx');
    expect(parsed.scores).toHaveLength(45);
    expect(problems).toMatchObject([
      { row: 4, field: 'achieved', message: 'Sub-question 1.3 (row 4): 30 achieved is more than its max 25' },
    ]);
  });

  it('reports an uploaded but unfilled template as a problem, not as a foreign document', async () => {
    const { problems } = await parseEvaluationImport({ bytes: await buildImportTemplate(KK2016), framework: KK2016 });
    expect(problems).toMatchObject([{ message: expect.stringMatching(/^No scores were found/) }]);
  });

  it('says clearly when a document is not a Kommunkompassen report', async () => {
    await expect(
      parseEvaluationImport({ text: 'Protokoll från kommunstyrelsen\n\n§ 1 Val av justerare', framework: KK2016 }),
    ).rejects.toMatchObject({
      reason: 'not-kommunkompassen',
    });
    await expect(parseEvaluationImport({ text: '', framework: KK2016 })).rejects.toMatchObject({ reason: 'empty' });
    await expect(parseEvaluationImport({ framework: KK2016 })).rejects.toMatchObject({ reason: 'empty' });
    await expect(
      parseEvaluationImport({ bytes: Buffer.from([1, 0, 2, 0, 3]), framework: KK2016 }),
    ).rejects.toMatchObject({ reason: 'binary' });
    await expect(
      parseEvaluationImport({ text: 'x'.repeat(20 * 1024 * 1024 + 1), framework: KK2016 }),
    ).rejects.toMatchObject({
      reason: 'too-large',
    });
    const kk = await parseEvaluationImport({ text: '# Kommunkompassen\n\nInga tabeller här.', framework: KK2016 });
    expect(kk.problems).toHaveLength(1);
  });

  it('refuses text and CSV over 2 MB, and workbooks that unpack to more than 8 MB, before parsing them', async () => {
    const csv = ['Kod;Uppnått', ...Array.from({ length: 500_000 }, () => '1.1;3')].join('\n');
    await expect(parseEvaluationImport({ bytes: Buffer.from(csv), framework: KK2016 })).rejects.toMatchObject({
      reason: 'too-large',
    });
    await expect(
      parseEvaluationImport({ text: `${REPORT}\n${' '.repeat(2 * 1024 * 1024)}`, framework: KK2016 }),
    ).rejects.toMatchObject({
      reason: 'too-large',
    });
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet(TEMPLATE_SCORE_SHEET);
    sheet.addRow(['Kod', 'Uppnått']);
    // Repetitive rows deflate ~30×: a small upload that would unpack to ~10 MB in exceljs.
    for (let i = 0; i < 60_000; i++) sheet.addRow(['1.1', 3, 'x'.repeat(100)]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    await expect(parseEvaluationImport({ bytes, framework: KK2016 })).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringMatching(/unpacks to \d+ MB/),
    });
  });

  it('honours an explicit format', async () => {
    await expect(parseEvaluationImport({ text: REPORT, format: 'pdf', framework: KK2016 })).rejects.toBeInstanceOf(
      UnreadableDocumentError,
    );
    const csv = await parseEvaluationImport({ text: 'Kod;Uppnått\n1.1;8', format: 'csv', framework: KK2016 });
    expect(csv.parsed.scores).toEqual([{ code: '1.1', achieved: 8, row: 2 }]);
    await expect(
      parseEvaluationImport({ text: 'Kod;Uppnått\n1.1;8', format: 'report-text', framework: KK2016 }),
    ).rejects.toMatchObject({
      reason: 'not-kommunkompassen',
    });
  });
});

async function importsOrFailsTyped(input: Parameters<typeof parseEvaluationImport>[0]): Promise<boolean> {
  let outcome: ImportOutcome;
  try {
    outcome = await parseEvaluationImport(input);
  } catch (error) {
    if (error instanceof ImportFailure) return true;
    throw error;
  }
  const { parsed, problems, warnings } = outcome;
  for (const s of parsed.scores) expect(typeof s.code).toBe('string');
  for (const p of problems) expect(p.message).toEqual(expect.any(String));
  for (const w of warnings) expect(w.message).toEqual(expect.any(String));
  for (const f of parsed.findings) expect(f.suggestedQuestionCodes.length).toBeLessThanOrEqual(3);
  return true;
}

describe('parseEvaluationImport under mutation (property)', () => {
  it(`returns an outcome or throws a typed import error for mutated reports and CSVs (${FUZZ_RUNS} runs)`, async () => {
    const bases = [REPORT.split('\n'), filledCsv(ACHIEVED).split('\r\n')];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(0, 1),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }),
        async (base, mutations, asBytes, rawJunk) => {
          const text = mutate(bases[base], mutations);
          if (!asBytes) return importsOrFailsTyped({ text, framework: KK2016 });
          let bytes = Buffer.from(text);
          if (rawJunk) {
            const at = rawJunk.length > 0 ? rawJunk[0] % (bytes.length + 1) : 0;
            bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(rawJunk), bytes.subarray(at)]);
          }
          return importsOrFailsTyped({ bytes, framework: KK2016 });
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  }, 120_000);

  it(`survives damaged PDFs and workbooks (${FUZZ_PDF_RUNS} runs each)`, async () => {
    const pdf = await pdfOf([
      [[50, 'KommunKompassen']],
      [
        [50, '1.1'],
        [80, 'Finns en plan?'],
        [400, '8'],
        [450, '15'],
      ],
    ]);
    const xlsx = await buildImportTemplate(KK2016);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(pdf, xlsx),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (original, flips, cut) => {
          const bytes = Buffer.from(original);
          for (const [at, value] of flips) bytes[8 + (at % (bytes.length - 8))] = value; // keep the magic
          return importsOrFailsTyped({
            bytes: cut === undefined ? bytes : bytes.subarray(0, 8 + (cut % bytes.length)),
            framework: KK2016,
          });
        },
      ),
      { numRuns: FUZZ_PDF_RUNS * 2 },
    );
  }, 120_000);
});

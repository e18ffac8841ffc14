import { KK2016 } from '@kompass/shared';
import { Workbook } from 'exceljs';
import { RONNEBY_2017_SCORES } from '../../../../test/fixtures/kommunkompassen-ronneby-2017.expected';
import { UnreadableDocumentError } from './import-result';
import { csvRows, parseCsv, parseXlsx } from './spreadsheet.parser';
import {
  buildCsvTemplate,
  buildImportTemplate,
  TEMPLATE_FINDINGS_SHEET,
  TEMPLATE_SCORE_SHEET,
} from './template.builder';

/** The CSV template with Uppnått filled from `scores` (code → points, or raw text). */
function filledCsv(scores: Record<string, number | string>): string {
  return buildCsvTemplate(KK2016)
    .split('\r\n')
    .map((line) => {
      const code = line.split(';')[1];
      return code in scores ? `${line}${scores[code]}` : line;
    })
    .join('\r\n');
}

const RONNEBY_ACHIEVED = Object.fromEntries(
  Object.entries(RONNEBY_2017_SCORES).map(([code, [achieved]]) => [code, achieved]),
);

async function filledXlsx(fill: (sheet: import('exceljs').Worksheet) => void): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await buildImportTemplate(KK2016)) as never);
  fill(workbook.getWorksheet(TEMPLATE_SCORE_SHEET)!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowOf(sheet: import('exceljs').Worksheet, code: string): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === code) found = n;
  });
  return found;
}

describe('CSV import', () => {
  it('reads the filled CSV template (BOM, semicolons, CRLF)', () => {
    const { parsed, problems } = parseCsv(filledCsv(RONNEBY_ACHIEVED));
    expect(problems).toMatchObject([]);
    expect(parsed.format).toBe('csv');
    expect(parsed.scores).toHaveLength(45);
    expect(parsed.scores[0]).toEqual({ code: '1.1', achieved: 8, max: 15, row: 2 });
    expect(parsed.scores.find((s) => s.code === '8.7')).toEqual({ code: '8.7', achieved: 10, max: 15, row: 46 });
  });

  it('names the row of 30 points on 1.3 and of an unknown code (rows as Excel shows them)', () => {
    const text = filledCsv({ ...RONNEBY_ACHIEVED, '1.3': 30 }).replace(
      '\r\n2. Tillgänglighet',
      '\r\n1. X;1.9;Okänd;10;5\r\n2. Tillgänglighet',
    );
    const { parsed, problems } = parseCsv(text);
    expect(problems).toMatchObject([]);
    expect(parsed.scores.find((s) => s.code === '1.3')).toEqual({ code: '1.3', achieved: 30, max: 25, row: 4 });
    expect(parsed.scores.find((s) => s.code === '1.9')).toMatchObject({ row: 7 });
  });

  it('accepts commas, quotes, "kod"/"poäng" headers, decimal commas and skips empty rows', () => {
    const text =
      'Kod,Delfråga,Poäng\n1.1,"Finns en plan, eller strategi?",8\n\n"1.2","Informerar ""invånarna""?","7,5"\n';
    const { parsed, problems } = parseCsv(text);
    expect(problems).toMatchObject([]);
    expect(parsed.scores).toEqual([
      { code: '1.1', achieved: 8, row: 2 },
      { code: '1.2', achieved: 7.5, row: 4 },
    ]);
  });

  it('takes "Delfråga" as the code column when there is no "Kod" column', () => {
    const { parsed } = parseCsv('Delfråga;Uppnått;Max\n2.4;10;20\n2.5;x;20');
    expect(parsed.scores).toEqual([
      { code: '2.4', achieved: 10, max: 20, row: 2 },
      { code: '2.5', achieved: null, achievedText: 'x', max: 20, row: 3 },
    ]);
  });

  it('reads area totals from rows without a code', () => {
    const { parsed } = parseCsv('Område;Kod;Uppnått;Max\n3. Politisk styrning;;65;100\nOmråde 4;;48;\n');
    expect(parsed.areaTotals).toEqual([
      { area: 3, statedTotal: 65, statedMax: 100, row: 2 },
      { area: 4, statedTotal: 48, row: 3 },
    ]);
  });

  it('reads a sheet of area totals keyed by "Område" alone or by "Kod", as real sheets come', () => {
    const expected = [
      { area: 1, statedTotal: 45, statedMax: 100, row: 2 },
      { area: 2, statedTotal: 50, statedMax: 100, row: 3 },
      { area: 3, statedTotal: 65, statedMax: 100, row: 4 },
    ];
    const byArea = parseCsv('Område;Poäng;Max\n1. Offentlighet och demokrati;45;100\nOmråde 2;50;100\n3;65;100\n');
    expect(byArea.problems).toMatchObject([]);
    expect(byArea.parsed.areaTotals).toEqual(expected);
    const byCode = parseCsv(
      'Kod;Namn;Poäng;Max\n1;Offentlighet och demokrati;45;100\n2;Tillgänglighet;50;100\n3;Politisk styrning;65;100\n',
    );
    expect(byCode.problems).toMatchObject([]);
    expect(byCode.parsed.areaTotals).toEqual(expected);
    const unnamed = parseCsv('Område;Poäng\nOffentlighet och demokrati;45\n');
    expect(unnamed.problems).toMatchObject([
      {
        row: 2,
        field: 'code',
        message: 'Row 2: "Offentlighet och demokrati" is not an area number or a sub-question code like 1.3',
      },
    ]);
  });

  it('reads area totals from an XLSX with an "Område" column', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Resultat');
    sheet.addRows([
      ['Område', 'Poäng', 'Max'],
      [1, 45, 100],
      ['Område 2', 50, 100],
    ]);
    const { parsed, problems } = await parseXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(problems).toMatchObject([]);
    expect(parsed.areaTotals).toEqual([
      { area: 1, statedTotal: 45, statedMax: 100, row: 2 },
      { area: 2, statedTotal: 50, statedMax: 100, row: 3 },
    ]);
  });

  it('reports a missing header and codes that are not codes, with their rows', () => {
    expect(parseCsv('a;b\n1;2').problems).toMatchObject([
      { row: 1, message: expect.stringContaining('No header row') },
    ]);
    expect(parseCsv('Kod;Uppnått;Max\nabc;3;10\n1.1;3;tio').problems).toMatchObject([
      { row: 2, field: 'code', message: 'Row 2: "abc" is not a sub-question code like 1.3' },
      { row: 3, field: 'max', message: 'Row 3: max "tio" is not a number' },
    ]);
  });

  it('counts rows by line even when a quoted cell spans lines', () => {
    expect(csvRows('Kod;Text\n1.1;"två\nrader"\n1.2;x').map((r) => r.row)).toEqual([1, 2, 4]);
  });
});

describe('XLSX import and the template', () => {
  it('builds a template with the 45 questions, Uppnått empty, and reads it back as "nothing filled in"', async () => {
    const bytes = await buildImportTemplate(KK2016);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.getWorksheet(TEMPLATE_SCORE_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Område', 'Kod', 'Delfråga', 'Max', 'Uppnått']);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '1. Offentlighet och demokrati',
      '1.1',
      KK2016.areas[0].questions[0].text,
      15,
    ]);
    expect(workbook.getWorksheet(TEMPLATE_FINDINGS_SHEET)).toBeDefined();
    const { parsed, problems } = await parseXlsx(bytes);
    expect(problems).toMatchObject([]);
    expect(parsed.scores).toEqual([]);
    expect(parsed.areaTotals).toEqual([]);
  });

  it('reads a filled template: all 45 scores with their rows', async () => {
    const bytes = await filledXlsx((sheet) => {
      for (const [code, points] of Object.entries(RONNEBY_ACHIEVED))
        sheet.getCell(rowOf(sheet, code), 5).value = points;
    });
    const { parsed, problems } = await parseXlsx(bytes);
    expect(problems).toMatchObject([]);
    expect(parsed.format).toBe('xlsx');
    expect(Object.fromEntries(parsed.scores.map((s) => [s.code, s.achieved]))).toEqual(RONNEBY_ACHIEVED);
    expect(parsed.scores.find((s) => s.code === '2.1')).toEqual({ code: '2.1', achieved: 6, max: 15, row: 8 });
  });

  it('keeps the row of 30 on 1.3 and of an unknown code; reads "Summa" rows as area totals', async () => {
    const bytes = await filledXlsx((sheet) => {
      const [r13, r14] = [rowOf(sheet, '1.3'), rowOf(sheet, '1.4')];
      sheet.getCell(r13, 5).value = 30;
      sheet.getCell(r14, 2).value = '1.9';
      sheet.getCell(r14, 5).value = 3;
      sheet.getCell(13, 5).value = { formula: 'SUM(E8:E12)', result: 50 }; // "Summa område 2"
    });
    const { parsed } = await parseXlsx(bytes);
    expect(parsed.scores).toEqual([
      { code: '1.3', achieved: 30, max: 25, row: 4 },
      { code: '1.9', achieved: 3, max: 30, row: 5 },
    ]);
    expect(parsed.areaTotals).toEqual([{ area: 2, statedTotal: 50, statedMax: 100, row: 13 }]);
  });

  it('reads the findings sheet, with an optional code', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await buildImportTemplate(KK2016)) as never);
    const sheet = workbook.getWorksheet(TEMPLATE_FINDINGS_SHEET)!;
    sheet.addRow([3, 'Styrka', 'Tydligt politiskt fattade mål', '3.2']);
    sheet.addRow([3, 'Förbättringsmöjlighet', 'Avsaknad av en kommunövergripande värdegrund']);
    sheet.addRow(['tre', 'Styrka', 'Fel område']);
    const { parsed, problems } = await parseXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.findings).toEqual([
      {
        area: 3,
        kind: 'strength',
        text: 'Tydligt politiskt fattade mål',
        order: 1,
        suggestedQuestionCodes: [{ code: '3.2', confidence: 1 }],
        row: 2,
      },
      {
        area: 3,
        kind: 'improvement',
        text: 'Avsaknad av en kommunövergripande värdegrund',
        order: 1,
        suggestedQuestionCodes: [],
        row: 3,
      },
    ]);
    expect(problems).toMatchObject([expect.objectContaining({ row: 4, field: 'Område' })]);
  });

  it('explains a code Excel turned into a date', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Kod', 'Uppnått']);
    sheet.addRow([new Date(Date.UTC(2024, 0, 1)), 5]);
    const { problems } = await parseXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(problems).toMatchObject([
      expect.objectContaining({ row: 2, field: 'code', message: expect.stringContaining('into a date') }),
    ]);
  });

  it('refuses a damaged workbook with the typed error', async () => {
    const bytes = await buildImportTemplate(KK2016);
    await expect(parseXlsx(bytes.subarray(0, 2000))).rejects.toBeInstanceOf(UnreadableDocumentError);
  });
});

import { Workbook } from 'exceljs';
import { sampleReport } from '../../../test/fixtures/reevaluation-report.sample';
import { renderReportXlsx, XLSX_SHEETS } from './report-xlsx.renderer';

async function read(buffer: Buffer) {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const out: unknown[][] = [];
    workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  return { workbook, rows };
}

describe('renderReportXlsx', () => {
  const report = sampleReport();

  it('has the four sheets in order', async () => {
    const { workbook } = await read(await renderReportXlsx(report));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Områden', 'Delfrågor', 'Åtgärder']);
  });

  it('writes every area, sub-question and action as numbers to calculate with', async () => {
    const { rows } = await read(await renderReportXlsx(report));
    const areas = rows(XLSX_SHEETS.areas);
    expect(areas).toHaveLength(1 + 8 + 1);
    expect(areas[0].slice(0, 7)).toEqual(['Område', 'Namn', 'Före', 'Efter', 'Förändring', 'Max', 'Bedömning']);
    expect(areas[5].slice(0, 9)).toEqual([5, 'Resultat och effektivitet', 49, 47, -2, 100, 'Försämrad', 49, undefined]);
    expect(areas[3].slice(7, 9)).toEqual([65, undefined]); // area 3: printed 65, summed 64
    expect(areas[9].slice(1, 6)).toEqual(['Totalt', 427, 437, 10, 800]);

    const questions = rows(XLSX_SHEETS.questions);
    expect(questions).toHaveLength(1 + 45);
    const q13 = questions.find((r) => r[0] === '1.3')!;
    expect(q13.slice(0, 10)).toEqual(['1.3', 1, 'Informerar invånare om resultat?', 25, 7, 12, 5, 'Förbättrad', 2, 1]);

    const actions = rows(XLSX_SHEETS.actions);
    expect(actions).toHaveLength(1 + 8);
    expect(actions.find((r) => r[0] === 6)!.slice(0, 8)).toEqual([
      6,
      'Utbilda chefer i medarbetarsamtal',
      'Ej påbörjad',
      0,
      '2021-09-30',
      undefined,
      '',
      '6',
    ]);
    expect(actions.find((r) => r[0] === 1)!.slice(0, 8)).toEqual([
      1,
      expect.any(String),
      'Klar',
      100,
      '2020-12-31',
      '2020-11-20',
      '1.3',
      '1',
    ]);
  });

  it('neutralises text that would run as a formula', async () => {
    const { rows } = await read(await renderReportXlsx(report));
    const dangerous = rows(XLSX_SHEETS.actions).find((r) => r[0] === 8)!;
    expect(dangerous[1]).toBe(`'=HYPERLINK("http://example.invalid","klicka") – arbetsmiljöronder`);
    expect(rows(XLSX_SHEETS.questions).find((r) => r[0] === '7.5')![10]).toMatch(/^'=HYPERLINK/);
  });

  it('sums up the plan and states the insights and warnings in Swedish', async () => {
    const { rows } = await read(await renderReportXlsx(report));
    const summary = rows(XLSX_SHEETS.summary);
    const value = (key: string) => summary.find((r) => r[0] === key)?.[1];
    expect(value('Kommun')).toBe('Ronneby kommun');
    expect([
      value('Totalt före (poäng)'),
      value('Totalt efter (poäng)'),
      value('Förändring (poäng)'),
      value('Maxpoäng'),
    ]).toEqual([427, 437, 10, 800]);
    expect(value('Åtgärder: Klar')).toBe(3);
    expect(summary.flat()).toContain('Försämrat');
    expect(summary.flat().some((c) => typeof c === 'string' && c.includes('rapporten anger 65 poäng'))).toBe(true);
  });
});

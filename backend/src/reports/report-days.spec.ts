import { Workbook } from 'exceljs';
import { sampleReport } from '../../../test/fixtures/reevaluation-report.sample';
import { actionLine } from './report-pdf.renderer';
import { renderReportXlsx, XLSX_SHEETS } from './report-xlsx.renderer';

// 2020-11-20 00:30 in Stockholm is still 2020-11-19 in UTC: the report names the municipality's day.
const doneAt = '2020-11-19T23:30:00.000Z';

describe("the report's days are the municipality's, not UTC's", () => {
  it('dates a done action in the PDF by the day it was done in the zone', () => {
    const action = { ...sampleReport().actions[0], doneAt };
    expect(actionLine(action, 'Europe/Stockholm')).toContain('klar 2020-11-20');
    expect(actionLine(action, 'UTC')).toContain('klar 2020-11-19');
  });

  it('dates a done action in the XLSX by the day it was done in the zone', async () => {
    const report = sampleReport();
    report.actions = report.actions.map((a, i) => (i === 0 ? { ...a, doneAt } : a));
    const workbook = new Workbook();
    const bytes = await renderReportXlsx(report, { timeZone: 'Europe/Stockholm' });
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(XLSX_SHEETS.actions)!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Klar');
    let day: unknown;
    sheet.eachRow(
      (row, n) => n > 1 && row.getCell(1).value === report.actions[0].id && (day = row.getCell(column).value),
    );
    expect(day).toBe('2020-11-20');
  });
});

import { Workbook } from 'exceljs';
import { ActionStatus, Judgement, type ReportAction } from '@kompass/shared';
import { sampleReport } from '../../../test/fixtures/reevaluation-report.sample';
import { actionLine } from './report-pdf.renderer';
import { renderReportXlsx, XLSX_SHEETS } from './report-xlsx.renderer';

const action: ReportAction = {
  id: 7,
  title: 'Medborgardialog',
  status: ActionStatus.InProgress,
  progress: 40,
  deadline: '2027-03-31',
  doneAt: null,
  questionCodes: ['1.3'],
  areas: [1],
  judgement: Judgement.OnTrack,
  derivedJudgement: Judgement.AtRisk,
};

describe('judgements in the report', () => {
  it("writes an action's judgement in words in the PDF, both when the owner's and Kompass's differ", () => {
    expect(actionLine(action)).toBe(
      'Medborgardialog (Pågår, 40 %, slutdatum 2027-03-31, bedömning: Enligt plan (ansvarig), Risk (Kompass))',
    );
    expect(actionLine({ ...action, judgement: Judgement.AtRisk })).toBe(
      'Medborgardialog (Pågår, 40 %, slutdatum 2027-03-31, bedömning: Risk)',
    );
    expect(actionLine({ ...action, judgement: null, derivedJudgement: null })).toBe(
      'Medborgardialog (Pågår, 40 %, slutdatum 2027-03-31)',
    );
  });

  it('gives the action sheet of the XLSX a Bedömning column', async () => {
    const report = sampleReport();
    report.actions = report.actions.map((a, i) =>
      i === 0
        ? { ...a, judgement: Judgement.OffTrack, derivedJudgement: Judgement.OffTrack }
        : { ...a, judgement: null, derivedJudgement: Judgement.OnTrack },
    );
    const workbook = new Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(XLSX_SHEETS.actions)!;
    expect(sheet.getRow(1).getCell(9).value).toBe('Bedömning');
    const byId = new Map<unknown, unknown>();
    sheet.eachRow((row, n) => n > 1 && byId.set(row.getCell(1).value, row.getCell(9).value));
    expect(byId.get(report.actions[0].id)).toBe('Avviker');
    expect(byId.get(report.actions[1].id)).toBe('Enligt plan (Kompass)');
  });
});

import { Workbook, type Worksheet } from 'exceljs';
import { ACTION_STATUSES, describeJudgements, type ReevaluationReport } from '@kompass/shared';
import { actionsById } from './report-actions';
import { dayIn, evaluationLine, insightGroups, statusSv, VERDICT_SV } from './report-texts';
import { areaNameSv, levelNoteSv, reportNotesSv } from './crosswalk-texts';

export const XLSX_SHEETS = {
  summary: 'Sammanfattning',
  areas: 'Områden',
  questions: 'Delfrågor',
  actions: 'Åtgärder',
} as const;

/** Shows the sign of a change ("+5", "-2", "0") while the cell stays a number to calculate with. */
const DELTA_FORMAT = '+0;-0;0';

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab/CR) as a formula, so text typed by users
 * (action titles, labels) could execute on a leader's machine. Such text gets a leading apostrophe.
 */
export function neutralise<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function addRows(sheet: Worksheet, rows: Record<string, unknown>[]): void {
  for (const row of rows)
    sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutralise(v ?? null)])));
}

function header(sheet: Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const statusColumns = ACTION_STATUSES.map((s) => ({ header: statusSv(s), key: `status_${s}`, width: 12 }));
const statusValues = (counts: ReevaluationReport['actionCounts']) =>
  Object.fromEntries(ACTION_STATUSES.map((s) => [`status_${s}`, counts[s]]));

/** The report's tables as a workbook: Sammanfattning, Områden, Delfrågor, Åtgärder. */
export async function renderReportXlsx(
  report: ReevaluationReport,
  options: { timeZone?: string } = {},
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Kompass';
  workbook.title = `Omvärdering Kommunkompassen – ${report.municipality.name}`;
  workbook.created = new Date(report.generatedAt);

  const summary = workbook.addWorksheet(XLSX_SHEETS.summary);
  summary.columns = [
    { header: 'Uppgift', key: 'key', width: 34 },
    { header: 'Värde', key: 'value', width: 100 },
  ];
  header(summary);
  addRows(summary, [
    { key: 'Kommun', value: report.municipality.name },
    { key: 'Handlingsplan', value: report.plan.title },
    { key: 'Utgångsläge', value: evaluationLine(report.baseline) },
    { key: 'Omvärdering', value: evaluationLine(report.followUp) },
    {
      key: 'Modell',
      value:
        report.level === 'crosswalk'
          ? `${report.baseline.frameworkCode} → ${report.followUp.frameworkCode}`
          : report.baseline.frameworkCode,
    },
    {
      key: 'Jämförelsenivå',
      value:
        report.level === 'crosswalk'
          ? 'Områden, mellan modellversioner'
          : report.level === 'area'
            ? 'Områden'
            : 'Delfrågor',
    },
    ...(report.caveat ? [{ key: 'Observera', value: report.caveat }] : []),
    { key: 'Totalt före (poäng)', value: report.total.before },
    { key: 'Totalt efter (poäng)', value: report.total.after },
    { key: 'Förändring (poäng)', value: report.total.delta },
    { key: 'Maxpoäng', value: report.total.max },
    { key: 'Åtgärder i planen', value: report.actions.length },
    ...ACTION_STATUSES.map((s) => ({ key: `Åtgärder: ${statusSv(s)}`, value: report.actionCounts[s] })),
    { key: 'Genererad', value: dayIn(options.timeZone, report.generatedAt) },
  ]);
  summary.eachRow((row) => {
    if (row.getCell(1).value === 'Förändring (poäng)') row.getCell(2).numFmt = DELTA_FORMAT;
  });
  const notes = reportNotesSv(report);
  for (const group of insightGroups(report)) {
    summary.addRow([]);
    summary.addRow([group.heading]).font = { bold: true };
    addRows(
      summary,
      group.sentences.map((value) => ({ key: '', value })),
    );
  }
  if (notes.length) {
    summary.addRow([]);
    summary.addRow(['Att notera']).font = { bold: true };
    addRows(
      summary,
      notes.map((value) => ({ key: '', value })),
    );
  }
  summary.getColumn('value').alignment = { wrapText: true, vertical: 'top' };

  const areas = workbook.addWorksheet(XLSX_SHEETS.areas);
  areas.columns = [
    { header: 'Område', key: 'area', width: 8 },
    { header: 'Namn', key: 'name', width: 44 },
    { header: 'Före', key: 'before', width: 8 },
    { header: 'Efter', key: 'after', width: 8 },
    { header: 'Förändring', key: 'delta', width: 11, style: { numFmt: DELTA_FORMAT } },
    { header: 'Max', key: 'max', width: 7 },
    { header: 'Bedömning', key: 'verdict', width: 13 },
    { header: 'Angiven summa före', key: 'statedBefore', width: 18 },
    { header: 'Angiven summa efter', key: 'statedAfter', width: 18 },
    ...statusColumns,
  ];
  header(areas);
  addRows(areas, [
    ...report.areas.map((a) => ({
      area: a.area,
      name: areaNameSv(a),
      before: a.before,
      after: a.after,
      delta: a.delta,
      max: a.max,
      verdict: a.verdict ? VERDICT_SV[a.verdict] : null,
      statedBefore: a.statedBefore,
      statedAfter: a.statedAfter,
      ...statusValues(a.actionCounts),
    })),
    { area: null, name: 'Totalt', ...report.total, ...statusValues(report.actionCounts) },
  ]);
  areas.lastRow!.font = { bold: true };

  const questions = workbook.addWorksheet(XLSX_SHEETS.questions);
  questions.columns = [
    { header: 'Kod', key: 'code', width: 7, style: { numFmt: '@' } },
    { header: 'Område', key: 'area', width: 8 },
    { header: 'Delfråga', key: 'text', width: 60 },
    { header: 'Max', key: 'max', width: 6 },
    { header: 'Före', key: 'before', width: 7 },
    { header: 'Efter', key: 'after', width: 7 },
    { header: 'Förändring', key: 'delta', width: 11, style: { numFmt: DELTA_FORMAT } },
    { header: 'Bedömning', key: 'verdict', width: 13 },
    { header: 'Åtgärder', key: 'actions', width: 10 },
    { header: 'Klara åtgärder', key: 'done', width: 14 },
    { header: 'Åtgärdernas titlar', key: 'titles', width: 70 },
  ];
  header(questions);
  const actionsOf = actionsById(report);
  addRows(
    questions,
    report.questions.map((q) => ({
      code: q.code,
      area: q.area,
      text: q.text,
      max: q.max,
      before: q.before,
      after: q.after,
      delta: q.delta,
      verdict: q.verdict ? VERDICT_SV[q.verdict] : 'Saknas',
      actions: q.actionIds.length,
      done: q.actionCounts.done,
      titles: actionsOf(q.actionIds)
        .map((a) => `${a.title} (${statusSv(a.status)})`)
        .join('; '),
    })),
  );
  const levelNote = levelNoteSv(report);
  if (levelNote) addRows(questions, [{ code: '', text: levelNote }]);

  const actions = workbook.addWorksheet(XLSX_SHEETS.actions);
  actions.columns = [
    { header: 'Id', key: 'id', width: 7 },
    { header: 'Åtgärd', key: 'title', width: 60 },
    { header: 'Status', key: 'status', width: 13 },
    { header: 'Framsteg (%)', key: 'progress', width: 12 },
    { header: 'Slutdatum', key: 'deadline', width: 12 },
    { header: 'Klar', key: 'doneAt', width: 12 },
    { header: 'Delfrågor', key: 'codes', width: 18 },
    { header: 'Områden', key: 'areas', width: 12 },
    { header: 'Bedömning', key: 'judgement', width: 36 },
  ];
  header(actions);
  addRows(
    actions,
    report.actions.map((a) => ({
      id: a.id,
      title: a.title,
      status: statusSv(a.status),
      progress: a.progress,
      deadline: a.deadline,
      doneAt: a.doneAt ? dayIn(options.timeZone, a.doneAt) : null,
      codes: a.questionCodes.join(', '),
      areas: a.areas.join(', '),
      judgement: describeJudgements(a.judgement, a.derivedJudgement, 'sv') ?? '',
    })),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

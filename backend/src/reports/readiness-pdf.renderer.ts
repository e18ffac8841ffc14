import {
  JUDGEMENT_LABELS,
  JUDGEMENTS,
  type DepartmentRollUp,
  type PlanDepartments,
  type PlanReadiness,
  type PlanTrends,
  type ReadinessQuestion,
  type TrendWeek,
} from '@kompass/shared';
import { counted } from '../common/plural';
import {
  drawFooters,
  drawTable,
  ensureSpace,
  heading,
  keyFigures,
  openPdf,
  paragraph,
  PAGE,
  titleBlock,
  CONTENT_WIDTH,
  type Column,
} from './report-pdf.layout';
import { drawBurnUp } from './report-pdf.burnup';
import { dateSv, dayIn, evaluationLine, orDash } from './report-texts';

export interface ReadinessBriefing {
  municipality: string;
  readiness: PlanReadiness;
  departments: PlanDepartments;
  trends: PlanTrends;
  generatedAt: Date;
}

/** Weeks listed under the chart as its text alternative. */
const TABLE_WEEKS = 12;

const percent = (share: number) => `${Math.round(share * 100)} %`;

function judgementText(d: DepartmentRollUp): string {
  if (!d.judgements.worst) return '–';
  const shares = JUDGEMENTS.filter((j) => d.judgements.counts[j] > 0).map(
    (j) => `${JUDGEMENT_LABELS.sv[j].toLowerCase()} ${percent(d.judgements.shares[j])}`,
  );
  return `${JUDGEMENT_LABELS.sv[d.judgements.worst]} (${shares.join(', ')})`;
}

function figures(doc: PDFKit.PDFDocument, y: number, r: PlanReadiness): number {
  const max = r.areas.reduce((n, a) => n + a.max, 0);
  const baseline = r.areas.every((a) => a.baseline === null)
    ? null
    : r.areas.reduce((n, a) => n + (a.baseline ?? 0), 0);
  return keyFigures(doc, y, [
    { label: 'Utgångsläge', value: orDash(baseline), note: `av ${max} poäng` },
    {
      label: 'Åtgärder klara',
      value: `${r.totals.actionsDone} av ${r.totals.actionsPlanned}`,
      note: 'planerade åtgärder',
    },
    {
      label: 'Med åtgärd',
      value: `${r.totals.improvementItems - r.totals.unansweredItems} av ${r.totals.improvementItems}`,
      note: 'förbättringsområden',
    },
    {
      label: 'Utan åtgärd',
      value: String(r.totals.questionsWithoutActions),
      note: `av ${r.questions.length} delfrågor`,
    },
  ]);
}

function areaTable(doc: PDFKit.PDFDocument, y: number, r: PlanReadiness): number {
  type Row = {
    label: string;
    baseline: number | null;
    max: number;
    planned: number;
    done: number;
    lacking: number;
    total?: boolean;
  };
  const rows: Row[] = r.areas.map((a) => ({
    label: `${a.area}. ${a.name}`,
    baseline: a.baseline,
    max: a.max,
    planned: a.actionsPlanned,
    done: a.actionsDone,
    lacking: a.questionsLackingActions,
  }));
  const baselines = r.areas.map((a) => a.baseline);
  rows.push({
    label: 'Totalt',
    baseline: baselines.every((b) => b === null) ? null : baselines.reduce<number>((n, b) => n + (b ?? 0), 0),
    max: r.areas.reduce((n, a) => n + a.max, 0),
    planned: r.totals.actionsPlanned,
    done: r.totals.actionsDone,
    lacking: r.totals.questionsLackingActions,
    total: true,
  });
  const columns: Column<Row>[] = [
    { header: 'Område', width: 215, value: (row) => row.label },
    { header: 'Utgångsläge', width: 62, align: 'right', value: (row) => orDash(row.baseline) },
    { header: 'Max', width: 40, align: 'right', value: (row) => String(row.max) },
    { header: 'Planerade', width: 56, align: 'right', value: (row) => String(row.planned) },
    { header: 'Klara', width: 44, align: 'right', value: (row) => String(row.done) },
    { header: 'Utan åtgärd*', width: CONTENT_WIDTH - 417, align: 'right', value: (row) => String(row.lacking) },
  ];
  y = drawTable(doc, y, columns, rows, { isTotal: (row) => row.total === true });
  return paragraph(doc, y, '* Delfrågor med förbättringsområden men utan någon åtgärd.', { size: 7.5 });
}

function burnUpSection(doc: PDFKit.PDFDocument, y: number, trends: PlanTrends): number {
  const rows = trends.weeks.slice(-TABLE_WEEKS).reverse();
  // The chart and its table on one page: the table is the chart in words.
  y = heading(doc, ensureSpace(doc, y, 250 + (rows.length + 1) * 18), 'Utveckling vecka för vecka', 12);
  y = paragraph(
    doc,
    y,
    'Planerade, klara och enligt plan i slutet av varje vecka, räknat ur ändringsloggen och lägesrapporterna.',
    { size: 8.5 },
  );
  y = drawBurnUp(doc, y, trends.weeks);
  const columns: Column<TrendWeek>[] = [
    { header: 'Vecka', width: 90, value: (w) => w.week },
    { header: 'Per dag', width: 110, value: (w) => w.asOf },
    { header: 'Planerade', width: 95, align: 'right', value: (w) => String(w.planned) },
    { header: 'Klara', width: 95, align: 'right', value: (w) => String(w.done) },
    { header: 'Enligt plan', width: CONTENT_WIDTH - 390, align: 'right', value: (w) => String(w.onTrack) },
  ];
  return drawTable(doc, y + 4, columns, rows, { fontSize: 8.5 });
}

function departmentSection(
  doc: PDFKit.PDFDocument,
  y: number,
  departments: PlanDepartments,
  timeZone?: string,
): number {
  y = heading(doc, ensureSpace(doc, y, 120), 'Förvaltningar', 12);
  const columns: Column<DepartmentRollUp>[] = [
    { header: 'Förvaltning', width: 140, value: (d) => d.name ?? 'Utan förvaltning' },
    { header: 'Åtgärder', width: 48, align: 'right', value: (d) => String(d.active) },
    { header: 'Klara', width: 36, align: 'right', value: (d) => String(d.done) },
    { header: 'Försenade', width: 52, align: 'right', value: (d) => String(d.overdue) },
    { header: 'Bedömning', width: 140, value: judgementText },
    {
      header: 'Senaste rapport',
      width: CONTENT_WIDTH - 416,
      value: (d) => (d.lastReportAt ? dayIn(timeZone, d.lastReportAt) : 'Ingen'),
    },
  ];
  const rows = departments.departments.filter((d) => d.actions > 0);
  if (!rows.length) return paragraph(doc, y, 'Inga åtgärder är kopplade till en förvaltning ännu.');
  return drawTable(doc, y, columns, rows, { fontSize: 8.5 });
}

function withoutActionsSection(doc: PDFKit.PDFDocument, y: number, r: PlanReadiness): number {
  y = heading(doc, ensureSpace(doc, y, 120), 'Delfrågor utan åtgärder, flest poäng att vinna först', 12);
  const byCode = new Map(r.questions.map((q) => [q.code, q]));
  const rows = r.questionsWithoutActions.map((code) => byCode.get(code)!);
  if (!rows.length) return paragraph(doc, y, 'Varje delfråga har minst en åtgärd.');
  const columns: Column<ReadinessQuestion>[] = [
    { header: 'Kod', width: 34, value: (q) => q.code, bold: () => true },
    { header: 'Delfråga', width: 251, value: (q) => q.text },
    { header: 'Utgångsläge', width: 62, align: 'right', value: (q) => orDash(q.baseline) },
    { header: 'Max', width: 36, align: 'right', value: (q) => String(q.max) },
    { header: 'Att vinna', width: 52, align: 'right', value: (q) => orDash(q.pointsToGain) },
    { header: 'Förb.omr.', width: CONTENT_WIDTH - 435, align: 'right', value: (q) => String(q.improvementItems) },
  ];
  return drawTable(doc, y, columns, rows, { fontSize: 8.5 });
}

function questionSections(doc: PDFKit.PDFDocument, r: PlanReadiness): number {
  doc.addPage();
  let y = heading(doc, PAGE.top, 'Delfrågor: utgångsläge och åtgärder');
  y = paragraph(
    doc,
    y,
    'Per delfråga poängen i utgångsläget och planens åtgärder: planerade (ej avbrutna), klara och med risk (risk eller avviker, enligt ägarens eller Kompass bedömning).',
    { size: 8.5 },
  );
  const columns: Column<ReadinessQuestion>[] = [
    { header: 'Kod', width: 30, value: (q) => q.code, bold: () => true },
    { header: 'Delfråga', width: 235, value: (q) => q.text },
    { header: 'Utg.läge', width: 46, align: 'right', value: (q) => orDash(q.baseline) },
    { header: 'Max', width: 34, align: 'right', value: (q) => String(q.max) },
    { header: 'Planerade', width: 54, align: 'right', value: (q) => String(q.actionsPlanned) },
    { header: 'Klara', width: 40, align: 'right', value: (q) => String(q.actionsDone) },
    {
      header: 'Risk',
      width: CONTENT_WIDTH - 439,
      align: 'right',
      value: (q) => String(q.actionsAtRisk),
      bold: (q) => q.actionsAtRisk > 0,
    },
  ];
  for (const area of r.areas) {
    const questions = r.questions.filter((q) => q.area === area.area);
    if (!questions.length) continue;
    y = heading(
      doc,
      ensureSpace(doc, y, 90),
      `${area.area}. ${area.name} (${orDash(area.baseline)} av ${area.max} poäng)`,
      10.5,
    );
    y = drawTable(doc, y, columns, questions, { fontSize: 8.5 });
  }
  return y;
}

/**
 * The briefing before the re-evaluation: Swedish, A4, in the report PDF's layout. It needs no re-evaluation:
 * the baseline, the plan's work per sub-question, what has no action, the departments and the burn-up.
 */
export function renderReadinessPdf(briefing: ReadinessBriefing, options: { timeZone?: string } = {}): Promise<Buffer> {
  const { readiness: r } = briefing;
  const { doc, done } = openPdf({
    title: `Inför omvärderingen – ${briefing.municipality}`,
    subject: r.plan.title,
    createdAt: briefing.generatedAt,
  });
  const days = r.daysToReEvaluation;
  const left =
    days >= 0
      ? `${counted('sv', days, { one: 'dag', other: 'dagar' })} kvar`
      : `${counted('sv', -days, { one: 'dag', other: 'dagar' })} sedan`;
  let y = titleBlock(doc, 'KOMMUNKOMPASSEN · INFÖR OMVÄRDERINGEN', briefing.municipality, r.plan.title, [
    `Utgångsläge: ${evaluationLine(r.baseline)}`,
    `Planerad omvärdering: ${dateSv(r.plan.plannedReEvaluationDate)} (${left})`,
  ]);
  y = figures(doc, y + 8, r);
  y = heading(doc, y, 'Utgångsläge och åtgärder per område', 12);
  y = areaTable(doc, y, r);
  y = burnUpSection(doc, y + 6, briefing.trends);
  y = departmentSection(doc, y + 6, briefing.departments, options.timeZone);
  withoutActionsSection(doc, y + 6, r);
  questionSections(doc, r);
  drawFooters(
    doc,
    `Kompass · ${briefing.municipality}`,
    `Genererad ${dateSv(dayIn(options.timeZone, briefing.generatedAt))}`,
  );
  doc.end();
  return done;
}

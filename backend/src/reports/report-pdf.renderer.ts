import {
  describeJudgements,
  isActiveStatus,
  type ActionStatus,
  type ReevaluationReport,
  type ReportAction,
  type ReportAreaDelta,
  type ReportQuestionDelta,
} from '@kompass/shared';
import {
  COLOURS,
  CONTENT_WIDTH,
  drawFooters,
  drawTable,
  ensureSpace,
  heading,
  keyFigures,
  openPdf,
  PAGE,
  paragraph,
  setStyle,
  textBlock,
  titleBlock,
  winAnsi,
  type Column,
  type TextStyle,
} from './report-pdf.layout';
import { drawRadar, drawRadarLegend } from './report-pdf.radar';
import { actionsById } from './report-actions';
import { areaLabelSv, levelNoteSv, reportNotesSv } from './crosswalk-texts';
import {
  dateSv,
  dayIn,
  evaluationLine,
  insightGroups,
  orDash,
  signed,
  statusSv,
  VERDICT_SV,
  warningSv,
} from './report-texts';

const activeCount = (counts: ReportAreaDelta['actionCounts']) =>
  Object.entries(counts).reduce((n, [s, c]) => (isActiveStatus(s as ActionStatus) ? n + c : n), 0);

/** "Titel (Pågår, 40 %, slutdatum 2027-03-31, bedömning: Risk)": the judgement in words, never colour alone. */
export function actionLine(a: ReportAction, timeZone?: string): string {
  const done = a.doneAt ? `klar ${dayIn(timeZone, a.doneAt)}` : `slutdatum ${a.deadline}`;
  const judgement = describeJudgements(a.judgement, a.derivedJudgement, 'sv');
  return `${a.title} (${statusSv(a.status)}, ${a.progress} %, ${done}${judgement ? `, bedömning: ${judgement}` : ''})`;
}

/** The key figures: before, after and the change, each with its max, and the actions done. */
function reportFigures(doc: PDFKit.PDFDocument, y: number, report: ReevaluationReport): number {
  const { total, actionCounts } = report;
  return keyFigures(doc, y, [
    { label: 'Totalt före', value: orDash(total.before), note: `av ${total.max} poäng` },
    { label: 'Totalt efter', value: orDash(total.after), note: `av ${total.max} poäng` },
    { label: 'Förändring', value: signed(total.delta), note: 'poäng' },
    {
      label: 'Åtgärder klara',
      value: `${actionCounts.done} av ${activeCount(actionCounts)}`,
      note: 'i handlingsplanen',
    },
  ]);
}

function areaTable(doc: PDFKit.PDFDocument, y: number, report: ReevaluationReport): number {
  type Row = {
    label: string;
    before: number | null;
    after: number | null;
    delta: number | null;
    max: number;
    actions: string;
    total?: boolean;
  };
  const rows: Row[] = report.areas.map((a) => ({
    label: `${areaLabelSv(a)}${report.warnings.some((w) => w.code === 'area-total-mismatch' && w.area === a.area) ? ' *' : ''}`,
    before: a.before,
    after: a.after,
    delta: a.delta,
    max: a.max,
    actions: `${a.actionCounts.done} / ${activeCount(a.actionCounts)}`,
  }));
  rows.push({
    label: 'Totalt',
    ...report.total,
    actions: `${report.actionCounts.done} / ${activeCount(report.actionCounts)}`,
    total: true,
  });
  const columns: Column<Row>[] = [
    { header: 'Område', width: 215, value: (r) => r.label },
    { header: 'Före', width: 50, align: 'right', value: (r) => orDash(r.before) },
    { header: 'Efter', width: 50, align: 'right', value: (r) => orDash(r.after) },
    {
      header: 'Förändring',
      width: 64,
      align: 'right',
      value: (r) => signed(r.delta),
      bold: (r) => r.delta !== null && r.delta !== 0,
    },
    { header: 'Max', width: 44, align: 'right', value: (r) => String(r.max) },
    { header: 'Åtgärder klara', width: CONTENT_WIDTH - 423, align: 'right', value: (r) => r.actions },
  ];
  y = drawTable(doc, y, columns, rows, { isTotal: (r) => r.total === true });
  const mismatches = report.warnings.filter((w) => w.code === 'area-total-mismatch');
  if (mismatches.length) {
    setStyle(doc, { size: 7.5, colour: COLOURS.muted });
    for (const w of mismatches) {
      const text = winAnsi(`* ${warningSv(w, report)}`);
      doc.text(text, PAGE.left, y, { width: CONTENT_WIDTH });
      y += doc.heightOfString(text, { width: CONTENT_WIDTH }) + 2;
    }
  }
  return y + 6;
}

function radarSection(doc: PDFKit.PDFDocument, y: number, report: ReevaluationReport): number {
  const radius = 88;
  // heading + labels above + chart + labels below + legend: keep the chart on page 1 when it fits.
  y = ensureSpace(doc, y, 30 + 34 + 2 * radius + 38 + 34);
  y = heading(doc, y, 'Områdesprofil före och efter', 12);
  const cy = y + radius + 34;
  drawRadar(
    doc,
    report.areas.map((a) => ({ label: `${a.area}. ${a.name}`, max: a.max, before: a.before, after: a.after })),
    { cx: PAGE.left + CONTENT_WIDTH / 2, cy, radius, beforeLabel: '', afterLabel: '' },
  );
  const legendY = cy + radius + 38;
  drawRadarLegend(doc, PAGE.left + 120, legendY, {
    beforeLabel: `Före (streckad linje, ringar): ${evaluationLine(report.baseline)}`,
    afterLabel: `Efter (heldragen linje, fyrkanter): ${evaluationLine(report.followUp)}`,
  });
  return legendY + 42;
}

function questionSections(doc: PDFKit.PDFDocument, y: number, report: ReevaluationReport, timeZone?: string): number {
  doc.addPage();
  y = heading(doc, PAGE.top, report.level === 'question' ? 'Delfrågor och åtgärder' : 'Områden och åtgärder');
  const levelNote = levelNoteSv(report);
  if (levelNote) {
    y += textBlock(doc, y, levelNote, { size: 9, colour: COLOURS.ink }) + 8;
  }
  const columns: Column<ReportQuestionDelta>[] = [
    { header: 'Kod', width: 30, value: (q) => q.code, bold: () => true },
    { header: 'Delfråga', width: 217, value: (q) => q.text },
    { header: 'Före', width: 36, align: 'right', value: (q) => orDash(q.before) },
    { header: 'Efter', width: 36, align: 'right', value: (q) => orDash(q.after) },
    { header: 'Max', width: 34, align: 'right', value: (q) => String(q.max) },
    { header: 'Förändr.', width: 48, align: 'right', value: (q) => signed(q.delta), bold: (q) => (q.delta ?? 0) !== 0 },
    { header: 'Bedömning', width: CONTENT_WIDTH - 401, value: (q) => (q.verdict ? VERDICT_SV[q.verdict] : 'Saknas') },
  ];
  const actionsOf = actionsById(report);
  for (const area of report.areas) {
    y = ensureSpace(doc, y, 90);
    const summary = `Före ${orDash(area.before)} · Efter ${orDash(area.after)} · Förändring ${signed(area.delta)} av ${area.max} poäng`;
    y += textBlock(doc, y, areaLabelSv(area), { bold: true, size: 11, colour: COLOURS.heading }) + 1;
    setStyle(doc, { size: 8.5, colour: COLOURS.muted }).text(winAnsi(summary), PAGE.left, y, { width: CONTENT_WIDTH });
    y += 14;
    const questions = report.questions.filter((q) => q.area === area.area);
    if (questions.length)
      y = drawTable(doc, y, columns, questions, {
        fontSize: 8.5,
        details: (q) => actionsOf(q.actionIds).map((a) => actionLine(a, timeZone)),
      });
    if (area.areaActionIds.length) {
      const title = report.level !== 'question' ? 'Åtgärder i området:' : 'Åtgärder för området utan angiven delfråga:';
      y = ensureSpace(doc, y, 30);
      setStyle(doc, { bold: true, size: 8.5, colour: COLOURS.ink }).text(winAnsi(title), PAGE.left, y, {
        width: CONTENT_WIDTH,
      });
      y += 12;
      setStyle(doc, { size: 8, colour: COLOURS.muted });
      for (const a of actionsOf(area.areaActionIds)) {
        const line = winAnsi(actionLine(a, timeZone));
        y = ensureSpace(doc, y, 14);
        doc.text(`•  ${line}`, PAGE.left + 8, y, { width: CONTENT_WIDTH - 8 });
        y += doc.heightOfString(`•  ${line}`, { width: CONTENT_WIDTH - 8 }) + 2;
      }
      y += 4;
    }
    y += 10;
  }
  return y;
}

const SUBHEADING: TextStyle = { bold: true, size: 10, colour: COLOURS.heading };

function insightsSection(doc: PDFKit.PDFDocument, y: number, report: ReevaluationReport): number {
  y = heading(doc, ensureSpace(doc, y + 6, 120), 'Slutsatser');
  const groups = insightGroups(report);
  if (!groups.length)
    y = paragraph(
      doc,
      y,
      'Inga förändringar att lyfta fram: poängen är desamma och inga genomförda åtgärder väntar på effekt.',
    );
  for (const group of groups) {
    y = ensureSpace(doc, y, 40);
    setStyle(doc, SUBHEADING).text(winAnsi(group.heading), PAGE.left, y, { width: CONTENT_WIDTH });
    y += 15;
    for (const sentence of group.sentences) y = paragraph(doc, y, sentence, { bullet: true });
    y += 6;
  }
  const notes = reportNotesSv(report);
  if (notes.length) {
    y = ensureSpace(doc, y, 40);
    setStyle(doc, SUBHEADING).text('Att notera', PAGE.left, y, { width: CONTENT_WIDTH });
    y += 15;
    for (const note of notes) y = paragraph(doc, y, note, { bullet: true, size: 8.5 });
  }
  return y;
}

/** The leadership briefing: Swedish, A4, Helvetica (WinAnsi covers å, ä, ö). Resolves to the PDF bytes. */
export function renderReportPdf(report: ReevaluationReport, options: { timeZone?: string } = {}): Promise<Buffer> {
  const generated = new Date(report.generatedAt);
  const { doc, done } = openPdf({
    title: `Omvärdering Kommunkompassen – ${report.municipality.name}`,
    subject: report.plan.title,
    createdAt: generated,
  });
  let y = titleBlock(doc, 'KOMMUNKOMPASSEN · OMVÄRDERING', report.municipality.name, report.plan.title, [
    `Utgångsläge: ${evaluationLine(report.baseline)}`,
    `Omvärdering: ${evaluationLine(report.followUp)}`,
  ]);
  if (report.caveat) {
    y += textBlock(doc, y + 2, `Observera: ${report.caveat}.`, { bold: true, size: 9.5, colour: COLOURS.heading }) + 4;
  }
  y = reportFigures(doc, y + 8, report);
  y = heading(doc, y, 'Resultat per område', 12);
  y = areaTable(doc, y, report);
  y = radarSection(doc, y, report);
  y = questionSections(doc, y, report, options.timeZone);
  insightsSection(doc, y, report);
  drawFooters(doc, `Kompass · ${report.municipality.name}`, `Genererad ${dateSv(dayIn(options.timeZone, generated))}`);
  doc.end();
  return done;
}

import type { TrendWeek } from '@kompass/shared';
import { COLOURS, CONTENT_WIDTH, FONT, PAGE } from './report-pdf.layout';

/** The three series, told apart by dash pattern and label as well as by colour. */
export const BURN_UP_SERIES = [
  { key: 'planned', label: 'Planerade', colour: COLOURS.before, dash: null },
  { key: 'done', label: 'Klara', colour: COLOURS.after, dash: [5, 3] },
  { key: 'onTrack', label: 'Enligt plan', colour: COLOURS.heading, dash: [1.5, 2] },
] as const;

/**
 * A weekly burn-up as vector lines in a box `height` high from `y`, with its axis, each line's last value
 * written at its end, and a legend naming the dash patterns. Returns the y below the legend.
 */
export function drawBurnUp(doc: PDFKit.PDFDocument, y: number, weeks: TrendWeek[], height = 150): number {
  const left = PAGE.left + 28;
  const width = CONTENT_WIDTH - 28 - 70;
  const top = y + 6;
  const bottom = top + height;
  const max = Math.max(1, ...weeks.map((w) => w.planned));
  const xOf = (i: number) => left + (weeks.length > 1 ? (i / (weeks.length - 1)) * width : width / 2);
  const yOf = (n: number) => bottom - (n / max) * height;

  doc.font(FONT.regular).fontSize(7.5).fillColor(COLOURS.muted);
  for (const n of [0, Math.round(max / 2), max]) {
    doc
      .moveTo(left, yOf(n))
      .lineTo(left + width, yOf(n))
      .lineWidth(0.4)
      .strokeColor(COLOURS.grid)
      .undash()
      .stroke();
    doc.text(String(n), PAGE.left, yOf(n) - 3.5, { width: 24, align: 'right', lineBreak: false });
  }
  if (weeks.length) {
    doc.text(weeks[0].week, left, bottom + 4, { width: 80, lineBreak: false });
    doc.text(weeks[weeks.length - 1].week, left + width - 80, bottom + 4, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
  }
  for (const series of BURN_UP_SERIES) {
    if (!weeks.length) break;
    weeks.forEach((w, i) =>
      i === 0 ? doc.moveTo(xOf(i), yOf(w[series.key])) : doc.lineTo(xOf(i), yOf(w[series.key])),
    );
    if (weeks.length === 1) doc.lineTo(xOf(0) + 1, yOf(weeks[0][series.key]));
    doc.lineWidth(1.6).strokeColor(series.colour);
    if (series.dash) doc.dash(series.dash[0], { space: series.dash[1] });
    else doc.undash();
    doc.stroke();
    doc.undash();
    const last = weeks[weeks.length - 1][series.key];
    doc
      .font(FONT.regular)
      .fontSize(7.5)
      .fillColor(COLOURS.ink)
      .text(`${series.label} ${last}`, left + width + 6, yOf(last) - 3.5, { width: 64, lineBreak: false });
  }
  let x = PAGE.left + 28;
  const legendY = bottom + 18;
  for (const series of BURN_UP_SERIES) {
    doc
      .moveTo(x, legendY + 4)
      .lineTo(x + 22, legendY + 4)
      .lineWidth(1.6)
      .strokeColor(series.colour);
    if (series.dash) doc.dash(series.dash[0], { space: series.dash[1] });
    doc.stroke();
    doc.undash();
    const text = `${series.label} (${series.dash ? (series.dash[0] > 2 ? 'streckad' : 'prickad') : 'heldragen'} linje)`;
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(COLOURS.ink)
      .text(text, x + 27, legendY, { lineBreak: false });
    x += 27 + doc.widthOfString(text) + 18;
  }
  return legendY + 18;
}

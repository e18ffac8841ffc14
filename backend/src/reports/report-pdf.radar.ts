import { COLOURS, FONT, winAnsi } from './report-pdf.layout';

export interface RadarAxis {
  label: string;
  max: number;
  before: number | null;
  after: number | null;
}

export interface RadarOptions {
  cx: number;
  cy: number;
  radius: number;
  beforeLabel: string;
  afterLabel: string;
}

/** The point of axis `i` of `n` at share `r` (0..1) of the radius; axis 0 points straight up, clockwise. */
export function radarPoint(i: number, n: number, r: number, cx: number, cy: number, radius: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [cx + Math.cos(angle) * radius * r, cy + Math.sin(angle) * radius * r];
}

const share = (value: number | null, max: number) =>
  value === null || max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));

/**
 * The areas before and after as a radar chart, drawn with vector paths. Colour is never the only cue: the
 * baseline is a dashed line with open circles, the re-evaluation a solid line with filled squares, the
 * legend says which is which, and every axis label carries both numbers.
 */
export function drawRadar(doc: PDFKit.PDFDocument, axes: RadarAxis[], o: RadarOptions): void {
  const n = axes.length;
  if (n < 3) return;
  const at = (i: number, r: number) => radarPoint(i, n, r, o.cx, o.cy, o.radius);
  doc.save();

  // Grid: five rings at 20 % steps, and the spokes.
  for (let ring = 1; ring <= 5; ring++) {
    doc
      .polygon(...axes.map((_, i) => at(i, ring / 5)))
      .lineWidth(ring === 5 ? 0.8 : 0.4)
      .strokeColor(COLOURS.grid)
      .stroke();
  }
  axes.forEach((_, i) => {
    const [x, y] = at(i, 1);
    doc.moveTo(o.cx, o.cy).lineTo(x, y).lineWidth(0.4).strokeColor(COLOURS.grid).stroke();
  });

  // Ring scale on a white knockout over the grid, under the series so it never hides a data point.
  doc.font(FONT.regular).fontSize(6.5);
  for (let ring = 1; ring <= 5; ring++) {
    const [, y] = at(0, ring / 5);
    const label = `${ring * 20} %`;
    const w = doc.widthOfString(label);
    doc
      .rect(o.cx + 2, y - 3.5, w + 3, 8)
      .fillColor('#ffffff')
      .fill();
    doc.fillColor(COLOURS.muted).text(label, o.cx + 3.5, y - 2.5, { lineBreak: false });
  }

  // Series: after is filled lightly underneath, then both outlines, then markers on top.
  const before = axes.map((a, i) => at(i, share(a.before, a.max)));
  const after = axes.map((a, i) => at(i, share(a.after, a.max)));
  doc
    .polygon(...after)
    .fillOpacity(0.12)
    .fillColor(COLOURS.after)
    .fill();
  doc.fillOpacity(1);
  doc
    .polygon(...before)
    .lineWidth(1.4)
    .dash(4, { space: 3 })
    .strokeColor(COLOURS.before)
    .stroke();
  doc.undash();
  doc
    .polygon(...after)
    .lineWidth(1.8)
    .strokeColor(COLOURS.after)
    .stroke();
  // Open circles on top of the squares, so an unchanged area still shows both markers.
  for (const [x, y] of after)
    doc
      .rect(x - 2.3, y - 2.3, 4.6, 4.6)
      .fillColor(COLOURS.after)
      .fill();
  for (const [x, y] of before) doc.circle(x, y, 3.4).lineWidth(1.1).strokeColor(COLOURS.before).stroke();

  // Axis labels outside the outer ring, anchored away from the chart.
  axes.forEach((axis, i) => {
    const [x, y] = at(i, 1.1);
    const dx = x - o.cx;
    const width = 112;
    const align = Math.abs(dx) < 1 ? 'center' : dx > 0 ? 'left' : 'right';
    const left = align === 'center' ? x - width / 2 : align === 'left' ? x : x - width;
    const name = winAnsi(axis.label);
    const values = `Före ${axis.before ?? '–'} · Efter ${axis.after ?? '–'} (max ${axis.max})`;
    doc.font(FONT.bold).fontSize(7.5);
    const nameHeight = doc.heightOfString(name, { width });
    const blockHeight = nameHeight + 9;
    const dy = y - o.cy;
    const top = Math.abs(dx) < 1 ? (dy < 0 ? y - blockHeight : y) : y - blockHeight / 2;
    doc.fillColor(COLOURS.ink).text(name, left, top, { width, align });
    doc
      .font(FONT.regular)
      .fontSize(7)
      .fillColor(COLOURS.muted)
      .text(values, left, top + nameHeight + 1, { width, align, lineBreak: false });
  });
  doc.restore();
}

/** Legend: a line sample and marker per series, with its label (so it reads in black and white too). */
export function drawRadarLegend(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  o: Pick<RadarOptions, 'beforeLabel' | 'afterLabel'>,
): number {
  doc.save();
  doc
    .moveTo(x, y + 4)
    .lineTo(x + 26, y + 4)
    .lineWidth(1.4)
    .dash(4, { space: 3 })
    .strokeColor(COLOURS.before)
    .stroke();
  doc.undash();
  doc
    .circle(x + 13, y + 4, 3.4)
    .lineWidth(1.1)
    .fillColor('#ffffff')
    .strokeColor(COLOURS.before)
    .fillAndStroke();
  doc
    .font(FONT.regular)
    .fontSize(8.5)
    .fillColor(COLOURS.ink)
    .text(winAnsi(o.beforeLabel), x + 34, y, { lineBreak: false });
  const y2 = y + 15;
  doc
    .moveTo(x, y2 + 4)
    .lineTo(x + 26, y2 + 4)
    .lineWidth(1.8)
    .strokeColor(COLOURS.after)
    .stroke();
  doc
    .rect(x + 13 - 2.3, y2 + 4 - 2.3, 4.6, 4.6)
    .fillColor(COLOURS.after)
    .fill();
  doc
    .font(FONT.regular)
    .fontSize(8.5)
    .fillColor(COLOURS.ink)
    .text(winAnsi(o.afterLabel), x + 34, y2, { lineBreak: false });
  doc.restore();
  return y2 + 16;
}

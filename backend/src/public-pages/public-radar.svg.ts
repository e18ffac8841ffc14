import { COLOURS } from '../reports/report-pdf.layout';
import { radarPoint } from '../reports/report-pdf.radar';

export interface SvgRadarAxis {
  label: string;
  before: number | null;
  after: number | null;
}

const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 130;
const points = (list: [number, number][]) => list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
const share = (percent: number | null) => (percent === null ? 0 : Math.max(0, Math.min(1, percent / 100)));

/**
 * The radar chart of the PDF (same geometry, radarPoint) as inline SVG, values in percent of each area's maximum.
 * As in the PDF, colour is never the only cue: the baseline is dashed with circles, the re-evaluation solid with
 * squares. The SVG is one image with a text alternative; the table beside it carries the figures.
 */
export function radarSvg(
  axes: SvgRadarAxis[],
  label: string,
  legend: { before: string; after: string | null },
): string {
  const n = axes.length;
  if (n < 3) return '';
  const at = (i: number, r: number) => radarPoint(i, n, r, CENTRE, CENTRE, RADIUS);
  const rings = [1, 2, 3, 4, 5].map(
    (ring) =>
      `<polygon points="${points(axes.map((_, i) => at(i, ring / 5)))}" fill="none" stroke="${COLOURS.grid}" stroke-width="${ring === 5 ? 1.2 : 0.6}"/>`,
  );
  const spokes = axes.map((_, i) => {
    const [x, y] = at(i, 1);
    return `<line x1="${CENTRE}" y1="${CENTRE}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${COLOURS.grid}" stroke-width="0.6"/>`;
  });
  const labels = axes.map((axis, i) => {
    const [x, y] = at(i, 1.16);
    const anchor = Math.abs(x - CENTRE) < 1 ? 'middle' : x > CENTRE ? 'start' : 'end';
    return `<text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="${anchor}" font-size="13" fill="${COLOURS.ink}">${axis.label}</text>`;
  });
  const before = axes.map((a, i) => at(i, share(a.before)));
  const series = [
    `<polygon points="${points(before)}" fill="none" stroke="${COLOURS.before}" stroke-width="2" stroke-dasharray="6 4"/>`,
    ...before.map(
      ([x, y]) =>
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4" fill="#fff" stroke="${COLOURS.before}" stroke-width="1.5"/>`,
    ),
  ];
  if (legend.after !== null) {
    const after = axes.map((a, i) => at(i, share(a.after)));
    series.unshift(
      `<polygon points="${points(after)}" fill="${COLOURS.after}" fill-opacity="0.12" stroke="${COLOURS.after}" stroke-width="2.4"/>`,
    );
    series.push(
      ...after.map(
        ([x, y]) =>
          `<rect x="${(x - 3.5).toFixed(1)}" y="${(y - 3.5).toFixed(1)}" width="7" height="7" fill="${COLOURS.after}"/>`,
      ),
    );
  }
  const legendRows = [
    `<line x1="10" y1="${SIZE + 14}" x2="40" y2="${SIZE + 14}" stroke="${COLOURS.before}" stroke-width="2" stroke-dasharray="6 4"/><circle cx="25" cy="${SIZE + 14}" r="4" fill="#fff" stroke="${COLOURS.before}" stroke-width="1.5"/><text x="48" y="${SIZE + 18}" font-size="13" fill="${COLOURS.ink}">${legend.before}</text>`,
  ];
  if (legend.after !== null)
    legendRows.push(
      `<line x1="10" y1="${SIZE + 36}" x2="40" y2="${SIZE + 36}" stroke="${COLOURS.after}" stroke-width="2.4"/><rect x="21.5" y="${SIZE + 32.5}" width="7" height="7" fill="${COLOURS.after}"/><text x="48" y="${SIZE + 40}" font-size="13" fill="${COLOURS.ink}">${legend.after}</text>`,
    );
  const height = SIZE + (legend.after !== null ? 50 : 28);
  return `<svg class="radar" viewBox="0 0 ${SIZE} ${height}" width="${SIZE}" height="${height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${[...rings, ...spokes, ...series, ...labels, ...legendRows].join('')}</svg>`;
}

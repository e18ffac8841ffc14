import { useId } from 'react';
import { Box, Typography } from '@mui/material';

export interface RadarAxis {
  /** "1. Offentlighet och demokrati" */
  label: string;
  max: number;
  before: number | null;
  after?: number | null;
}

interface RadarChartProps {
  axes: RadarAxis[];
  /** Names of the two series, e.g. "Kommunkompassen 2017" */
  beforeLabel: string;
  afterLabel?: string;
  /** Accessible name of the chart */
  title: string;
  /** One line per axis for screen readers, e.g. "1. Offentlighet: 45 av 60, sedan 50 av 60" */
  describe: (axis: RadarAxis) => string;
}

const SIZE = { width: 640, height: 460 };
const CENTRE = { x: 320, y: 230 };
const RADIUS = 150;
const BEFORE = '#5f6b7a'; // 5.3:1 on white: a graphic object needs 3:1
const AFTER = '#1d5591';
const GRID = '#c5ccd6';

const share = (value: number | null | undefined, max: number) =>
  value === null || value === undefined || max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));

/** Axis `i` of `n` at share `r` of the radius; axis 0 points straight up, clockwise (as in the PDF). */
function point(i: number, n: number, r: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [CENTRE.x + Math.cos(angle) * RADIUS * r, CENTRE.y + Math.sin(angle) * RADIUS * r];
}

const polygon = (points: [number, number][]) => points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** Splits a label into lines of at most `width` characters, for SVG text (which does not wrap). */
function wrap(text: string, width = 20): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The areas as a radar chart in plain SVG (no chart library): share of each area's max points, the
 * baseline dashed with open circles, the re-evaluation solid with filled squares, so the two differ in
 * more than colour. Screen readers get the chart's name and one line per area; the tables beside it
 * hold the same numbers.
 */
export const RadarChart = ({ axes, beforeLabel, afterLabel, title, describe }: RadarChartProps) => {
  const id = useId();
  const n = axes.length;
  if (n < 3) return null;
  const hasAfter = afterLabel !== undefined && axes.some((a) => a.after !== null && a.after !== undefined);
  const before = axes.map((a, i) => point(i, n, share(a.before, a.max)));
  const after = axes.map((a, i) => point(i, n, share(a.after, a.max)));
  return (
    <Box sx={{ maxWidth: SIZE.width }}>
      <Box
        component="svg"
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        sx={{ width: '100%', height: 'auto', display: 'block' }}
        data-testid="radar-chart"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{axes.map(describe).join('. ')}</desc>
        {[1, 2, 3, 4, 5].map((ring) => (
          <polygon
            key={ring}
            points={polygon(axes.map((_, i) => point(i, n, ring / 5)))}
            fill="none"
            stroke={GRID}
            strokeWidth={ring === 5 ? 1.2 : 0.8}
          />
        ))}
        {axes.map((_, i) => {
          const [x, y] = point(i, n, 1);
          return <line key={i} x1={CENTRE.x} y1={CENTRE.y} x2={x} y2={y} stroke={GRID} strokeWidth={0.8} />;
        })}
        {[1, 2, 3, 4, 5].map((ring) => {
          const [, y] = point(0, n, ring / 5);
          return (
            <text key={ring} x={CENTRE.x + 4} y={y + 4} fontSize={10} fill="#4a5563">
              {ring * 20} %
            </text>
          );
        })}
        {hasAfter && (
          <polygon points={polygon(after)} fill={AFTER} fillOpacity={0.12} stroke={AFTER} strokeWidth={2.2} />
        )}
        <polygon points={polygon(before)} fill="none" stroke={BEFORE} strokeWidth={1.8} strokeDasharray="6 4" />
        {hasAfter &&
          after.map(([x, y], i) => <rect key={i} x={x - 3.5} y={y - 3.5} width={7} height={7} fill={AFTER} />)}
        {before.map(([x, y], i) => (
          <circle key={i} cx={x} cy={y} r={4.5} fill="#fff" stroke={BEFORE} strokeWidth={1.6} />
        ))}
        {axes.map((axis, i) => {
          const [x, y] = point(i, n, 1.12);
          const dx = x - CENTRE.x;
          const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
          const lines = wrap(axis.label);
          const top =
            y < CENTRE.y - 1
              ? y - (lines.length - 1) * 13
              : y + (Math.abs(y - CENTRE.y) < 1 ? -((lines.length - 1) * 13) / 2 : 8);
          return (
            <text key={i} x={x} y={top} fontSize={12} fill="#1f2933" textAnchor={anchor}>
              {lines.map((line, j) => (
                <tspan key={j} x={x} dy={j === 0 ? 0 : 13}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </Box>
      <Box
        component="ul"
        sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0, mt: 1 }}
        aria-hidden="true"
      >
        <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <svg width="36" height="12">
            <line x1="2" y1="6" x2="34" y2="6" stroke={BEFORE} strokeWidth="2" strokeDasharray="6 4" />
            <circle cx="18" cy="6" r="4" fill="#fff" stroke={BEFORE} strokeWidth="1.6" />
          </svg>
          <Typography variant="body2">{beforeLabel}</Typography>
        </Box>
        {hasAfter && (
          <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <svg width="36" height="12">
              <line x1="2" y1="6" x2="34" y2="6" stroke={AFTER} strokeWidth="2.2" />
              <rect x="14.5" y="2.5" width="7" height="7" fill={AFTER} />
            </svg>
            <Typography variant="body2">{afterLabel}</Typography>
          </Box>
        )}
      </Box>
    </Box>
  );
};

export default RadarChart;

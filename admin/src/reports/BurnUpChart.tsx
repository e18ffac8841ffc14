import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Box, MenuItem, TextField, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { PlanTrends, TrendWeek } from '@kompass/shared';
import { useApiGet } from '../common/query';

const SIZE = { width: 640, height: 260 };
const PAD = { left: 40, right: 110, top: 12, bottom: 28 };
/** Each series has its own dash pattern and an end label, so colour is never the only cue (WCAG 1.4.1). */
const SERIES = [
  { key: 'planned', colour: '#5f6b7a', dash: undefined },
  { key: 'done', colour: '#1d5591', dash: '7 4' },
  { key: 'onTrack', colour: '#1b5e20', dash: '2 3' },
] as const;
/** Weeks listed in the table under the chart, newest first. */
const TABLE_WEEKS = 12;

const Chart = ({ weeks, title }: { weeks: TrendWeek[]; title: string }) => {
  const translate = useTranslate();
  const titleId = useId();
  const width = SIZE.width - PAD.left - PAD.right;
  const height = SIZE.height - PAD.top - PAD.bottom;
  const max = Math.max(1, ...weeks.map((w) => w.planned));
  const x = (i: number) => PAD.left + (weeks.length > 1 ? (i / (weeks.length - 1)) * width : 0);
  const y = (n: number) => PAD.top + height - (n / max) * height;
  const last = weeks[weeks.length - 1];
  // A single week is drawn as a level line across the chart, so that it shows at all.
  const points = (key: (typeof SERIES)[number]['key']) =>
    (weeks.length === 1
      ? [`${x(0)},${y(weeks[0][key])}`, `${PAD.left + width},${y(weeks[0][key])}`]
      : weeks.map((w, i) => `${x(i)},${y(w[key])}`)
    ).join(' ');
  // End labels in value order, at least a line apart and inside the chart
  const labelY = new Map<string, number>();
  if (last) {
    const order = [...SERIES].sort((a, b) => y(last[a.key]) - y(last[b.key]) || SERIES.indexOf(a) - SERIES.indexOf(b));
    let previous = PAD.top;
    for (const s of order) labelY.set(s.key, (previous = Math.max(y(last[s.key]) + 4, previous + 13)));
    const overflow = (labelY.get(order[order.length - 1].key) ?? 0) - (PAD.top + height + 4);
    if (overflow > 0) for (const s of order) labelY.set(s.key, labelY.get(s.key)! - overflow);
  }
  return (
    <Box
      component="svg"
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="img"
      aria-labelledby={titleId}
      sx={{ width: '100%', maxWidth: SIZE.width, height: 'auto' }}
    >
      <title id={titleId}>{title}</title>
      {[0, Math.round(max / 2), max].map((n) => (
        <g key={n}>
          <line x1={PAD.left} x2={PAD.left + width} y1={y(n)} y2={y(n)} stroke="#c5ccd6" strokeWidth={1} />
          <text x={PAD.left - 6} y={y(n) + 4} textAnchor="end" fontSize={11} fill="#3d4754">
            {n}
          </text>
        </g>
      ))}
      {weeks.length > 0 && (
        <>
          <text x={PAD.left} y={SIZE.height - 8} fontSize={11} fill="#3d4754">
            {weeks[0].week}
          </text>
          <text x={PAD.left + width} y={SIZE.height - 8} fontSize={11} fill="#3d4754" textAnchor="end">
            {last.week}
          </text>
        </>
      )}
      {last &&
        SERIES.map((s) => (
          <g key={s.key}>
            <polyline points={points(s.key)} fill="none" stroke={s.colour} strokeWidth={2.5} strokeDasharray={s.dash} />
            <text x={PAD.left + width + 8} y={labelY.get(s.key)} fontSize={11} fill="#1f2933">
              {translate(`kompass.trends.${s.key}_value`, { count: last[s.key] })}
            </text>
          </g>
        ))}
    </Box>
  );
};

const Legend = () => {
  const translate = useTranslate();
  return (
    <Box component="ul" sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0, mt: 1 }}>
      {SERIES.map((s) => (
        <Box component="li" key={s.key} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" x2="28" y1="4" y2="4" stroke={s.colour} strokeWidth={2.5} strokeDasharray={s.dash} />
          </svg>
          <span>{translate(`kompass.trends.legend_${s.key}`)}</span>
        </Box>
      ))}
    </Box>
  );
};

/**
 * The burn-up of a plan, or of one area of it: planned, done and on track at the end of each week, as a
 * chart with dash patterns and a legend, and as a table of the last weeks (the chart in words).
 */
export const BurnUp = ({ planId, headingLevel = 'h2' }: { planId: number; headingLevel?: 'h2' | 'h3' }) => {
  const translate = useTranslate();
  const { data: trends } = useApiGet<PlanTrends>(`/action-plans/${planId}/trends`);
  const [area, setArea] = useState('plan');
  if (!trends) return null;
  const chosen = trends.areas.find((a) => String(a.area) === area);
  const weeks = chosen ? chosen.weeks : trends.weeks;
  const scope = chosen
    ? translate('kompass.scores.area_heading', { number: chosen.area, name: chosen.name })
    : translate('kompass.trends.whole_plan');
  return (
    <Box component="section" aria-labelledby="burn-up-heading" data-testid="burn-up">
      <Typography id="burn-up-heading" component={headingLevel} variant="h6" gutterBottom>
        {translate('kompass.trends.heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('kompass.trends.intro')}
      </Typography>
      <TextField
        select
        size="small"
        label={translate('kompass.trends.scope')}
        value={area}
        onChange={(e) => setArea(e.target.value)}
        sx={{ minWidth: 280, mb: 1 }}
      >
        <MenuItem value="plan">{translate('kompass.trends.whole_plan')}</MenuItem>
        {trends.areas.map((a) => (
          <MenuItem key={a.area} value={String(a.area)}>
            {translate('kompass.scores.area_heading', { number: a.area, name: a.name })}
          </MenuItem>
        ))}
      </TextField>
      <Chart weeks={weeks} title={translate('kompass.trends.chart_title', { scope })} />
      <Legend />
      <Table
        size="small"
        sx={{ mt: 2, maxWidth: 640 }}
        aria-label={translate('kompass.trends.table_label', { scope })}
        data-testid="burn-up-table"
      >
        <TableHead>
          <TableRow>
            <TableCell>{translate('kompass.trends.col_week')}</TableCell>
            <TableCell align="right">{translate('kompass.trends.legend_planned')}</TableCell>
            <TableCell align="right">{translate('kompass.trends.legend_done')}</TableCell>
            <TableCell align="right">{translate('kompass.trends.legend_onTrack')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {weeks
            .slice(-TABLE_WEEKS)
            .reverse()
            .map((w) => (
              <TableRow key={w.week}>
                <TableCell component="th" scope="row">
                  {w.week}
                </TableCell>
                <TableCell align="right">{w.planned}</TableCell>
                <TableCell align="right">{w.done}</TableCell>
                <TableCell align="right">{w.onTrack}</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </Box>
  );
};

import { useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { AreaProgress, PlanSummary } from '@kompass/shared';
import { ScoreBar } from '../evaluations/ScoreBar';
import { JudgementChip } from '../actions/JudgementChips';

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

interface AreaProgressTableProps {
  summary: PlanSummary;
  /** id of the heading that names the table */
  labelledBy: string;
  /** Leave out areas without actions (dashboards) */
  compact?: boolean;
}

/** Progress per area: actions, done of active, mean progress (with a bar), overdue, the worst judgement and the share in each; then the plan in total. */
export const AreaProgressTable = ({ summary, labelledBy, compact }: AreaProgressTableProps) => {
  const translate = useTranslate();
  const areas = compact ? summary.areas.filter((a) => a.actions > 0) : summary.areas;
  const row = (key: string, label: string, p: Omit<AreaProgress, 'area' | 'name'>, bold = false) => (
    <TableRow key={key} data-testid={`area-progress-${key}`}>
      <TableCell component="th" scope="row" sx={{ fontWeight: bold ? 600 : undefined }}>
        {label}
      </TableCell>
      <TableCell align="right">{p.actions}</TableCell>
      <TableCell align="right">
        {translate('kompass.plans.done_of_active', { done: p.done, active: p.active })}
      </TableCell>
      <TableCell>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <ScoreBar percent={p.meanProgress} width={compact ? 80 : 140} />
          <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
            {p.meanProgress === null ? '–' : translate('kompass.scores.percent', { percent: p.meanProgress })}
          </Box>
        </Box>
      </TableCell>
      {!compact && (
        <TableCell align="right">
          {percent(p.doneShare) === null ? '–' : translate('kompass.scores.percent', { percent: percent(p.doneShare) })}
        </TableCell>
      )}
      <TableCell
        align="right"
        sx={{ color: p.overdue > 0 ? 'error.main' : undefined, fontWeight: p.overdue > 0 ? 600 : undefined }}
      >
        {p.overdue}
      </TableCell>
      <TableCell data-testid={`area-judgement-${key}`}>
        {p.judgements.worst ? <JudgementChip judgement={p.judgements.worst} /> : '–'}
        {!compact && p.judgements.worst && (
          <Box sx={{ fontSize: '0.8em', color: 'text.secondary', mt: 0.5, whiteSpace: 'nowrap' }}>
            {translate('kompass.judgement.plan_shares', {
              on_track: percent(p.judgements.shares.on_track),
              at_risk: percent(p.judgements.shares.at_risk),
              off_track: percent(p.judgements.shares.off_track),
            })}
          </Box>
        )}
      </TableCell>
    </TableRow>
  );
  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('kompass.scores.area')}</TableCell>
          <TableCell align="right">{translate('kompass.plans.col_actions')}</TableCell>
          <TableCell align="right">{translate('kompass.plans.col_done')}</TableCell>
          <TableCell>{translate('kompass.plans.col_progress')}</TableCell>
          {!compact && <TableCell align="right">{translate('kompass.plans.col_done_share')}</TableCell>}
          <TableCell align="right">{translate('kompass.plans.col_overdue')}</TableCell>
          <TableCell>{translate('kompass.judgement.plan_worst')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {areas.map((area) =>
          row(
            String(area.area),
            translate('kompass.scores.area_heading', { number: area.area, name: area.name }),
            area,
          ),
        )}
        {row('total', translate('kompass.scores.total'), summary.total, true)}
      </TableBody>
    </Table>
  );
};

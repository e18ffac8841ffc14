import { Link, useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { PlanDepartments } from '@kompass/shared';
import { formatDate } from '../common';
import { useApiGet } from '../common/query';
import { JudgementChip } from '../actions/JudgementChips';

const percent = (share: number) => Math.round(share * 100);

/** The actions list filtered to one department of the plan: the one click from the roll-up. */
export const departmentActionsPath = (planId: number, departmentId: number) =>
  `/actions?filter=${encodeURIComponent(JSON.stringify({ planId, departmentId }))}`;

/**
 * Per förvaltning: actions, done, overdue, the worst judgement with the shares, and the latest progress
 * report. The API puts the reader's own department first; each name opens that department's actions.
 */
export const DepartmentRollUp = ({ planId, headingLevel = 'h2' }: { planId: number; headingLevel?: 'h2' | 'h3' }) => {
  const translate = useTranslate();
  const { data } = useApiGet<PlanDepartments>(`/action-plans/${planId}/departments`);
  if (!data) return null;
  const rows = data.departments.filter((d) => d.actions > 0 || d.own);
  return (
    <Box component="section" aria-labelledby="departments-heading" data-testid="department-roll-up">
      <Typography id="departments-heading" component={headingLevel} variant="h6" gutterBottom>
        {translate('kompass.departments_rollup.heading')}
      </Typography>
      {rows.length === 0 ? (
        <Typography>{translate('kompass.departments_rollup.none')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby="departments-heading">
            <TableHead>
              <TableRow>
                <TableCell>{translate('kompass.departments_rollup.col_department')}</TableCell>
                <TableCell align="right">{translate('kompass.plans.col_actions')}</TableCell>
                <TableCell align="right">{translate('kompass.plans.col_done')}</TableCell>
                <TableCell align="right">{translate('kompass.plans.col_overdue')}</TableCell>
                <TableCell>{translate('kompass.judgement.plan_worst')}</TableCell>
                <TableCell>{translate('kompass.departments_rollup.col_last_report')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((d) => (
                <TableRow
                  key={d.departmentId ?? 'none'}
                  data-testid={`department-row-${d.departmentId ?? 'none'}`}
                  selected={d.own}
                >
                  <TableCell component="th" scope="row">
                    {d.departmentId === null ? (
                      translate('kompass.departments_rollup.no_department')
                    ) : (
                      <Link to={departmentActionsPath(planId, d.departmentId)}>{d.name}</Link>
                    )}
                    {d.own && (
                      <Box component="span" sx={{ ml: 1, fontSize: '0.85em', color: 'text.secondary' }}>
                        {translate('kompass.departments_rollup.own')}
                      </Box>
                    )}
                  </TableCell>
                  <TableCell align="right">{d.actions}</TableCell>
                  <TableCell align="right">
                    {translate('kompass.plans.done_of_active', { done: d.done, active: d.active })}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{
                      color: d.overdue > 0 ? 'error.main' : undefined,
                      fontWeight: d.overdue > 0 ? 600 : undefined,
                    }}
                  >
                    {d.overdue}
                  </TableCell>
                  <TableCell>
                    {d.judgements.worst ? <JudgementChip judgement={d.judgements.worst} /> : '–'}
                    {d.judgements.worst && (
                      <Box sx={{ fontSize: '0.8em', color: 'text.secondary', mt: 0.5, whiteSpace: 'nowrap' }}>
                        {translate('kompass.judgement.plan_shares', {
                          on_track: percent(d.judgements.shares.on_track),
                          at_risk: percent(d.judgements.shares.at_risk),
                          off_track: percent(d.judgements.shares.off_track),
                        })}
                      </Box>
                    )}
                  </TableCell>
                  <TableCell>
                    {d.lastReportAt ? formatDate(d.lastReportAt) : translate('kompass.departments_rollup.no_report')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

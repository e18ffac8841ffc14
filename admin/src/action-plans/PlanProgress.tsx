import { Link, useTranslate } from 'react-admin';
import { Alert, Box, Typography } from '@mui/material';
import { ACTION_STATUSES, type ActionPlanRecord, type PlanSummary } from '@kompass/shared';
import { ActionStatusChip } from '../common/StatusChips';
import { AreaProgressTable } from './AreaProgressTable';
import { BurnUp } from '../reports/BurnUpChart';
import { DepartmentRollUp } from '../reports/DepartmentRollUp';

/** Progress per area, the burn-up, the departments, the count per status, and the sub-questions with improvement items but no action yet. */
export const PlanProgress = ({ plan, summary }: { plan: ActionPlanRecord; summary?: PlanSummary }) => {
  const translate = useTranslate();
  if (!summary) return null;
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Box component="section" aria-labelledby="plan-progress-heading">
        <Typography id="plan-progress-heading" component="h2" variant="h6" gutterBottom>
          {translate('kompass.plans.progress_heading')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('kompass.plans.progress_intro')}
        </Typography>
        <AreaProgressTable summary={summary} labelledBy="plan-progress-heading" />
      </Box>
      <BurnUp planId={plan.id} />
      <DepartmentRollUp planId={plan.id} />
      <Box component="section" aria-labelledby="plan-status-heading">
        <Typography id="plan-status-heading" component="h2" variant="h6" gutterBottom>
          {translate('kompass.plans.by_status_heading')}
        </Typography>
        <Box component="ul" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0 }}>
          {ACTION_STATUSES.map((status) => (
            <Box component="li" key={status} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <ActionStatusChip status={status} />
              <span>{summary.byStatus[status] ?? 0}</span>
            </Box>
          ))}
        </Box>
      </Box>
      <Box component="section" aria-labelledby="plan-uncovered-heading">
        <Typography id="plan-uncovered-heading" component="h2" variant="h6" gutterBottom>
          {translate('kompass.plans.uncovered_heading')}
        </Typography>
        {summary.uncoveredQuestions.length === 0 ? (
          <Alert severity="success">{translate('kompass.plans.uncovered_none')}</Alert>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('kompass.plans.uncovered_intro', { smart_count: summary.uncoveredQuestions.length })}{' '}
              <Link to={`/evaluations/${plan.baselineEvaluationId}/show`}>
                {translate('kompass.plans.go_baseline')}
              </Link>
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {summary.uncoveredQuestions.map((q) => (
                <li key={q.code}>
                  <strong>{q.code}</strong> {q.text}{' '}
                  {translate('kompass.plans.uncovered_items', { smart_count: q.findingIds.length })}
                </li>
              ))}
            </Box>
          </>
        )}
      </Box>
    </Box>
  );
};

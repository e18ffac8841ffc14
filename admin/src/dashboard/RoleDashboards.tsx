import { Link, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { ActionPlanRecord, PlanReadiness, PlanSummary, ReevaluationReport } from '@kompass/shared';
import { formatDate } from '../common';
import { NoPlanYet } from '../action-plans/NoPlanYet';
import { useApiGet } from '../common/query';
import { ReadinessRadar, ReportRadar } from '../reports/LazyRadar';
import { useMyActions } from '../my-actions/useMyActions';
import { useCurrentPlan } from './usePlan';
import { BlockedActions, BurnUpWidget, DepartmentsWidget, QuestionGaps } from './LeadershipWidgets';
import {
  ActionLines,
  AreaProgressWidget,
  FailedMails,
  NextDeadlines,
  OverdueActions,
  PlanOverview,
  RecentUpdates,
  Widget,
} from './Widgets';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } } as const;

function usePlanSummary(plan?: ActionPlanRecord) {
  return useApiGet<PlanSummary>(plan ? `/action-plans/${plan.id}/summary` : null).data;
}

/** Coordinator: the plan in figures, overdue actions, next deadlines, progress per area, recent reports, failed mails. */
export const CoordinatorHome = () => {
  const { plan, total, isPending } = useCurrentPlan();
  const summary = usePlanSummary(plan);
  if (isPending) return null;
  if (!plan)
    return (
      <>
        <NoPlanYet id="dashboard-no-plan" />
        <FailedMails />
      </>
    );
  return (
    <Box sx={grid}>
      <PlanOverview plan={plan} summary={summary} total={total} />
      <OverdueActions planId={plan.id} />
      {summary && <NextDeadlines summary={summary} />}
      {summary && <AreaProgressWidget summary={summary} />}
      <RecentUpdates />
      <FailedMails />
    </Box>
  );
};

/** The radar for leadership: the baseline by area, and the re-evaluation once linked. */
const LeadershipRadar = ({ plan }: { plan: ActionPlanRecord }) => {
  const linked = plan.followUpEvaluationId !== null;
  const { data: report } = useApiGet<ReevaluationReport>(linked ? `/action-plans/${plan.id}/report` : null);
  const { data: readiness } = useApiGet<PlanReadiness>(linked ? null : `/action-plans/${plan.id}/readiness`);
  if (report) return <ReportRadar report={report} />;
  if (readiness) return <ReadinessRadar readiness={readiness} />;
  return null;
};

/**
 * Leadership: days to the re-evaluation, the overdue and blocked actions by name, the sub-questions with most to
 * gain and no action, progress per area, the burn-up, the departments, and the radar (before, and after once linked).
 */
export const LeadershipHome = () => {
  const translate = useTranslate();
  const { plan, total, isPending } = useCurrentPlan();
  const summary = usePlanSummary(plan);
  if (isPending) return null;
  if (!plan) return <NoPlanYet id="dashboard-no-plan" />;
  const linked = plan.followUpEvaluationId !== null;
  return (
    <Box sx={grid}>
      <PlanOverview plan={plan} summary={summary} total={total} />
      <OverdueActions planId={plan.id} />
      <BlockedActions planId={plan.id} />
      {!linked && <QuestionGaps planId={plan.id} />}
      {summary && <AreaProgressWidget summary={summary} />}
      <BurnUpWidget planId={plan.id} />
      <DepartmentsWidget planId={plan.id} />
      <Widget
        id="dashboard-radar"
        title={linked ? 'kompass.home.radar_heading_report' : 'kompass.home.radar_heading'}
        wide
      >
        <LeadershipRadar plan={plan} />
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Link to={`/action-plans/${plan.id}/show/${linked ? 'report' : 'readiness'}`}>
            {translate(linked ? 'kompass.home.open_report' : 'kompass.home.open_readiness')}
          </Link>
        </Typography>
      </Widget>
    </Box>
  );
};

/** Department head: their own open actions by deadline, and the way to report on them. */
export const DepartmentHeadHome = () => {
  const translate = useTranslate();
  const { actions, isPending } = useMyActions({ open: true });
  const overdue = actions.filter((a) => a.overdue).length;
  if (isPending) return null;
  return (
    <Widget id="dashboard-my-actions" title="kompass.home.my_due_heading" wide>
      <Typography sx={{ mb: 2 }} data-testid="dashboard-my-summary">
        {actions.length
          ? translate('kompass.home.my_due_summary', {
              smart_count: actions.length,
              overdue,
              next: formatDate(actions[0].deadline),
            })
          : translate('kompass.home.my_due_none')}
      </Typography>
      {/* The summary line already says when there are none. */}
      {actions.length > 0 && <ActionLines actions={actions.slice(0, 10)} empty="kompass.home.my_due_none" />}
      <Typography sx={{ mt: 2 }}>
        <Link to="/my-actions">{translate('kompass.home.go_my_actions')}</Link>
      </Typography>
    </Widget>
  );
};

import { lazy, Suspense } from 'react';
import {
  LinkBase,
  Loading,
  ShowBase,
  Title,
  useParams,
  useRecordContext,
  useShowContext,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Card, CardContent, CircularProgress, Tab, Tabs } from '@mui/material';
import type { ActionPlanRecord, PlanSummary } from '@kompass/shared';
import { useApiGet } from '../common/query';
import { PlanActions } from './PlanActions';
import { PlanHeader } from './PlanHeader';
import { PlanProgress } from './PlanProgress';
import { PlanTimeline } from './PlanTimeline';

// The report and readiness views carry the radar chart: loaded when their tab opens
const PlanReport = lazy(() => import('../reports/PlanReport'));
const PlanReadiness = lazy(() => import('../reports/PlanReadiness'));

const TABS = ['actions', 'progress', 'timeline', 'readiness', 'report'] as const;
type TabKey = (typeof TABS)[number];

/** The tab is part of the address (…/show/report), so it can be linked to and survives a reload. */
function useTab(): TabKey {
  const params = useParams<{ '*': string }>();
  const tab = (params['*'] ?? '').split('/')[0] as TabKey;
  return TABS.includes(tab) ? tab : 'actions';
}

const PlanPage = () => {
  const translate = useTranslate();
  const { isPending, error } = useShowContext<ActionPlanRecord>();
  const plan = useRecordContext<ActionPlanRecord>();
  const tab = useTab();
  const { data: summary } = useApiGet<PlanSummary>(plan ? `/action-plans/${plan.id}/summary` : null);
  if (isPending) return <Loading />;
  if (error || !plan)
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {error instanceof Error ? error.message : translate('ra.page.not_found')}
      </Alert>
    );
  const base = `/action-plans/${plan.id}/show`;
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 1200 }}>
      <Title title={translate('kompass.plans.page_title', { title: plan.title })} />
      <PlanHeader plan={plan} summary={summary} />
      <Card>
        {/* Links styled as tabs: each view has its own address */}
        <Box
          component="nav"
          aria-label={translate('kompass.plans.views')}
          sx={{ borderBottom: 1, borderColor: 'divider' }}
        >
          <Tabs value={tab} variant="scrollable" scrollButtons={false}>
            {TABS.map((key) => (
              <Tab
                key={key}
                value={key}
                label={translate(`kompass.plans.tab_${key}`)}
                component={LinkBase}
                to={key === 'actions' ? base : `${base}/${key}`}
                id={`plan-tab-${key}`}
                aria-controls="plan-tabpanel"
              />
            ))}
          </Tabs>
        </Box>
        <CardContent role="tabpanel" id="plan-tabpanel" aria-labelledby={`plan-tab-${tab}`}>
          {tab === 'actions' && <PlanActions plan={plan} />}
          {tab === 'progress' && <PlanProgress plan={plan} summary={summary} />}
          {tab === 'timeline' && <PlanTimeline plan={plan} />}
          <Suspense fallback={<CircularProgress size={24} aria-label={translate('ra.page.loading')} />}>
            {tab === 'readiness' && <PlanReadiness plan={plan} />}
            {tab === 'report' && <PlanReport plan={plan} />}
          </Suspense>
        </CardContent>
      </Card>
    </Box>
  );
};

/** A plan: its facts and exports, then its actions, progress per area, timeline, readiness and report. */
const ActionPlanShow = () => (
  <ShowBase>
    <PlanPage />
  </ShowBase>
);

export default ActionPlanShow;

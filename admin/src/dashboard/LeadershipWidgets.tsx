import type { ReactNode } from 'react';
import { Link, useGetList, useTranslate } from 'react-admin';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { ActionStatus, type ActionRecord, type PlanReadiness } from '@kompass/shared';
import { useApiGet } from '../common/query';
import { BurnUp } from '../reports/BurnUpChart';
import { DepartmentRollUp } from '../reports/DepartmentRollUp';
import { ActionLines, Widget } from './Widgets';

/** How many sub-questions without actions the dashboard names; the readiness tab lists them all. */
const GAPS_SHOWN = 5;

/** The blocked actions of the plan by name, each a link, not only a count. */
export const BlockedActions = ({ planId }: { planId: number }) => {
  const translate = useTranslate();
  const { data = [], total = 0 } = useGetList<ActionRecord>('actions', {
    filter: { planId, status: ActionStatus.Blocked },
    pagination: { page: 1, perPage: 8 },
    sort: { field: 'deadline', order: 'ASC' },
  });
  return (
    <Widget id="dashboard-blocked-heading" title="kompass.attention.blocked_heading" titleArgs={{ smart_count: total }}>
      <ActionLines actions={data} empty="kompass.attention.blocked_none" />
      {total > data.length && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Link to={`/actions?filter=${encodeURIComponent(JSON.stringify({ planId, status: ActionStatus.Blocked }))}`}>
            {translate('kompass.home.see_all', { smart_count: total })}
          </Link>
        </Typography>
      )}
    </Widget>
  );
};

/** The sub-questions with the most points to gain that no action works on (the readiness view's order). */
export const QuestionGaps = ({ planId }: { planId: number }) => {
  const translate = useTranslate();
  const { data: readiness } = useApiGet<PlanReadiness>(`/action-plans/${planId}/readiness`);
  if (!readiness) return null;
  const byCode = new Map(readiness.questions.map((q) => [q.code, q]));
  const gaps = readiness.questionsWithoutActions.map((code) => byCode.get(code)!);
  return (
    <Widget id="dashboard-gaps-heading" title="kompass.attention.gaps_heading">
      {gaps.length === 0 ? (
        <Typography>{translate('kompass.attention.gaps_none')}</Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, pl: 3, display: 'grid', gap: 1 }} data-testid="dashboard-gaps">
          {gaps.slice(0, GAPS_SHOWN).map((q) => (
            <li key={q.code}>
              <strong>{q.code}</strong> {q.text}
              {q.pointsToGain !== null && (
                <Typography variant="body2" color="text.secondary">
                  {translate('kompass.attention.gap_points', {
                    points: q.pointsToGain,
                    baseline: q.baseline,
                    max: q.max,
                  })}
                </Typography>
              )}
            </li>
          ))}
        </Box>
      )}
      {gaps.length > GAPS_SHOWN && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Link to={`/action-plans/${planId}/show/readiness`}>
            {translate('kompass.attention.see_all_gaps', { smart_count: gaps.length })}
          </Link>
        </Typography>
      )}
    </Widget>
  );
};

const WideCard = ({ children }: { children: ReactNode }) => (
  <Card sx={{ gridColumn: '1 / -1' }}>
    <CardContent>{children}</CardContent>
  </Card>
);

export const BurnUpWidget = ({ planId }: { planId: number }) => (
  <WideCard>
    <BurnUp planId={planId} />
  </WideCard>
);

export const DepartmentsWidget = ({ planId }: { planId: number }) => (
  <WideCard>
    <DepartmentRollUp planId={planId} />
  </WideCard>
);

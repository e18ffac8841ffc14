import type { ReactNode } from 'react';
import { Link, useGetList, useGetManyAggregate, useGetOne, useTranslate } from 'react-admin';
import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  isPlanClosed,
  type ActionPlanRecord,
  type ActionRecord,
  type ActionUpdateRecord,
  type EvaluationSummary,
  type PlanSummary,
} from '@kompass/shared';
import { formatDate, formatDateTime } from '../common';
import { ActionStatusCell, useMayEditActions } from '../actions/ActionColumns';
import { FieldValue, UpdateAuthor } from '../actions/actionFields';
import { AreaProgressTable } from '../action-plans/AreaProgressTable';

/** A card with a heading (h2) that names its section. */
export const Widget = ({
  id,
  title,
  titleArgs,
  children,
  wide,
}: {
  id: string;
  title: string;
  titleArgs?: object;
  children: ReactNode;
  wide?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby={id} sx={{ gridColumn: wide ? '1 / -1' : undefined }}>
      <CardContent>
        <Typography id={id} component="h2" variant="h6" gutterBottom>
          {translate(title, titleArgs)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** The plan in one line: its name (linked), days to the re-evaluation, and actions done of all. */
export const PlanOverview = ({
  plan,
  summary,
  total,
}: {
  plan: ActionPlanRecord;
  summary?: PlanSummary;
  total: number;
}) => {
  const translate = useTranslate();
  return (
    <Widget id="dashboard-plan" title="kompass.home.plan_heading" wide>
      <Typography sx={{ fontWeight: 500 }}>
        <Link to={`/action-plans/${plan.id}/show`}>{plan.title}</Link>
      </Typography>
      <PlanClosedNote plan={plan} />
      {summary && (
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', mt: 1 }}>
          {!isPlanClosed(plan) && (
            <Figure
              testId="dashboard-days"
              value={Math.abs(summary.daysToReEvaluation)}
              label={translate(
                summary.daysToReEvaluation >= 0 ? 'kompass.home.days_label' : 'kompass.home.days_past_label',
                {
                  date: formatDate(plan.plannedReEvaluationDate),
                  smart_count: Math.abs(summary.daysToReEvaluation),
                },
              )}
            />
          )}
          <Figure
            testId="dashboard-done"
            value={`${summary.total.done}/${summary.total.active}`}
            label={translate('kompass.home.done_label', { smart_count: summary.total.active })}
          />
          <Figure
            testId="dashboard-overdue"
            value={summary.total.overdue}
            label={translate('kompass.home.overdue_label', { smart_count: summary.total.overdue })}
          />
          <Figure
            testId="dashboard-progress"
            value={
              summary.total.meanProgress === null
                ? '–'
                : translate('kompass.scores.percent', { percent: summary.total.meanProgress })
            }
            label={translate('kompass.home.progress_label')}
          />
        </Box>
      )}
      {total > 1 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Link to="/action-plans">{translate('kompass.home.all_plans', { smart_count: total })}</Link>
        </Typography>
      )}
    </Widget>
  );
};

/** A closed plan counts no days to a re-evaluation: it says when it closed, and by which evaluation. */
export const PlanClosedNote = ({ plan }: { plan: ActionPlanRecord }) => {
  const translate = useTranslate();
  const closed = isPlanClosed(plan);
  const { data: evaluation } = useGetOne<EvaluationSummary>(
    'evaluations',
    { id: plan.followUpEvaluationId ?? 0 },
    { enabled: closed && plan.followUpEvaluationId !== null },
  );
  if (!closed) return null;
  const date = formatDate(plan.closedAt ?? plan.updatedAt);
  return (
    <Typography data-testid="plan-closed-note" sx={{ mt: 1 }}>
      {evaluation
        ? translate('kompass.home.plan_closed_by', { date, label: evaluation.label })
        : translate('kompass.home.plan_closed', { date })}
    </Typography>
  );
};

const Figure = ({ value, label, testId }: { value: ReactNode; label: string; testId?: string }) => (
  <Box sx={{ minWidth: 120 }} data-testid={testId}>
    <Typography component="p" variant="h5" sx={{ fontWeight: 600 }}>
      {value}
    </Typography>
    <Typography variant="body2">{label}</Typography>
  </Box>
);

/** Actions as a short list: deadline, title (linked), status. */
export const ActionLines = ({
  actions,
  empty,
}: {
  actions: Pick<
    ActionRecord,
    'id' | 'title' | 'deadline' | 'status' | 'overdue' | 'ownerId' | 'departmentId' | 'planId'
  >[];
  empty: string;
}) => {
  const translate = useTranslate();
  const mayEdit = useMayEditActions(actions);
  if (!actions.length) return <Typography>{translate(empty)}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
      {actions.map((action) => (
        <Box
          component="li"
          key={action.id}
          sx={{ display: 'grid', gridTemplateColumns: '6.5em 1fr', gap: 1, alignItems: 'start' }}
        >
          <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatDate(action.deadline)}
          </Box>
          <Box>
            <Link to={`/actions/${action.id}${mayEdit(action) ? '' : '/show'}`}>{action.title}</Link>
            <Box sx={{ mt: 0.5 }}>
              <ActionStatusCell record={action} />
            </Box>
          </Box>
        </Box>
      ))}
    </Box>
  );
};

export const OverdueActions = ({ planId }: { planId: number }) => {
  const translate = useTranslate();
  const { data = [], total = 0 } = useGetList<ActionRecord>('actions', {
    filter: { planId, overdue: true },
    pagination: { page: 1, perPage: 8 },
    sort: { field: 'deadline', order: 'ASC' },
  });
  return (
    <Widget id="dashboard-overdue-heading" title="kompass.home.overdue_heading" titleArgs={{ smart_count: total }}>
      <ActionLines actions={data} empty="kompass.home.overdue_none" />
      {total > data.length && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Link to={`/action-plans/${planId}/show`}>{translate('kompass.home.see_all', { smart_count: total })}</Link>
        </Typography>
      )}
    </Widget>
  );
};

export const NextDeadlines = ({ summary }: { summary: PlanSummary }) => (
  <Widget id="dashboard-deadlines" title="kompass.home.deadlines_heading">
    <ActionLines
      actions={summary.nextDeadlines
        .slice(0, 8)
        .map((a) => ({ ...a, overdue: false, departmentId: null, planId: summary.planId }))}
      empty="kompass.home.deadlines_none"
    />
  </Widget>
);

export const AreaProgressWidget = ({ summary }: { summary: PlanSummary }) => (
  <Widget id="dashboard-areas" title="kompass.home.areas_heading" wide>
    <AreaProgressTable summary={summary} labelledBy="dashboard-areas" compact />
  </Widget>
);

const ActionTitle = ({ id }: { id: number }) => {
  const { data } = useGetManyAggregate<ActionRecord>('actions', { ids: [id] });
  return <Link to={`/actions/${id}/show`}>{data?.[0]?.title ?? `#${id}`}</Link>;
};

/** The newest progress reports of the municipality: who, when, on which action, what changed. */
export const RecentUpdates = () => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<ActionUpdateRecord>('action-updates', {
    pagination: { page: 1, perPage: 6 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  return (
    <Widget id="dashboard-updates" title="kompass.home.updates_heading" wide>
      {!isPending && data.length === 0 && <Typography>{translate('kompass.home.updates_none')}</Typography>}
      <Box
        component="ul"
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}
        data-testid="recent-updates"
      >
        {data.map((update) => (
          <Box component="li" key={update.id}>
            <Typography variant="body2" color="text.secondary">
              {formatDateTime(update.createdAt)} · <UpdateAuthor update={update} />
            </Typography>
            <Box>
              <ActionTitle id={update.actionId} />
              {update.statusTo && (
                <span>
                  {' · '}
                  {translate('resources.actions.fields.status')}: <FieldValue field="status" value={update.statusTo} />
                </span>
              )}
              {update.progressTo !== null && (
                <span>
                  {' · '}
                  {translate('resources.actions.fields.progress')}:{' '}
                  {translate('kompass.scores.percent', { percent: update.progressTo })}
                </span>
              )}
            </Box>
            {update.comment && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{update.comment}</Typography>}
          </Box>
        ))}
      </Box>
    </Widget>
  );
};

/** Mails that could not be sent (the outbox); hidden when the outbox is not there or nothing failed. */
export const FailedMails = () => {
  const translate = useTranslate();
  const {
    data = [],
    total = 0,
    error,
    isPending,
  } = useGetList(
    'notifications',
    { filter: { status: 'failed' }, pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'DESC' } },
    { retry: false },
  );
  // No outbox yet (404), or not ours to see: nothing to say
  if (isPending || error) return null;
  return (
    <Widget id="dashboard-failed-mails" title="kompass.home.failed_heading" titleArgs={{ smart_count: total }}>
      {total === 0 ? (
        <Typography>{translate('kompass.home.failed_none')}</Typography>
      ) : (
        <>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {data.map((mail) => (
              <li key={mail.id}>
                {mail.email}: {mail.subject}
                {mail.lastError && (
                  <Typography variant="body2" sx={{ color: 'error.main' }}>
                    {mail.lastError}
                  </Typography>
                )}
              </li>
            ))}
          </Box>
          <Typography variant="body2" sx={{ mt: 1 }}>
            <Link to={`/notifications?filter=${encodeURIComponent(JSON.stringify({ status: 'failed' }))}`}>
              {translate('kompass.home.failed_open')}
            </Link>
          </Typography>
        </>
      )}
    </Widget>
  );
};

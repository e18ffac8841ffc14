import {
  DeleteWithConfirmButton,
  Link,
  LinkBase,
  Loading,
  Title,
  useCanAccess,
  useGetList,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/EditOutlined';
import {
  isOpenStatus,
  isPlanClosed,
  Role,
  type ActionPlanRecord,
  type ActionRecord,
  type ActionUpdateRecord,
} from '@kompass/shared';
import { formatDate, formatDateTime, Section, useRole } from '../common';
import { PlanClosedNote } from '../dashboard/Widgets';
import { Fact } from '../evaluations/EvaluationFacts';
import { ActionAudit } from './ActionAudit';
import { ActionStatusCell, mayEditAction, ProgressCell } from './ActionColumns';
import { ActionJudgements } from './JudgementChips';
import { ActionForm } from './ActionForm';
import { ActionUpdates } from './ActionUpdates';
import { FieldValue } from './actionFields';
import { ProgressReportForm } from './ProgressReportForm';

/** The action's plan, and whether it is closed: a closed plan's actions are read-only (the API answers 422). */
function usePlanOf(action?: ActionRecord) {
  const { data: plan } = useGetOne<ActionPlanRecord>(
    'action-plans',
    { id: action?.planId ?? 0 },
    { enabled: !!action },
  );
  return { plan, closed: !!plan && isPlanClosed(plan) };
}

/** Why a closed plan's action cannot be changed, and, for coordinators, where its open work goes on. */
const ClosedPlanNote = ({ plan, action }: { plan: ActionPlanRecord; action: ActionRecord }) => {
  const translate = useTranslate();
  const role = useRole();
  const mayCarryOver = (role === Role.Coordinator || role === Role.Admin) && isOpenStatus(action.status);
  return (
    <Alert severity="info" data-testid="action-plan-closed">
      <PlanClosedNote plan={plan} />
      <Typography>{translate('kompass.actions.plan_closed_read_only')}</Typography>
      {mayCarryOver && (
        <Typography>
          <Link to={`/action-plans/${plan.id}/show`}>{translate('kompass.actions.plan_closed_carry_over')}</Link>
        </Typography>
      )}
    </Alert>
  );
};

const Header = ({ action, editing, readOnly }: { action: ActionRecord; editing: boolean; readOnly: boolean }) => {
  const translate = useTranslate();
  const role = useRole();
  const { canAccess: mayDelete } = useCanAccess({ action: 'delete', resource: 'actions', record: action });
  const field = (name: string) => translate(`resources.actions.fields.${name}`);
  return (
    <Card component="section" aria-labelledby="action-heading">
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 2 }}>
          <Typography id="action-heading" component="h1" variant="h5" sx={{ flex: 1, minWidth: 240 }}>
            {action.title}
          </Typography>
          {!editing && !readOnly && mayEditAction(role, action) && (
            <Button variant="contained" component={LinkBase} to={`/actions/${action.id}`} startIcon={<EditIcon />}>
              {translate('kompass.actions.edit_report')}
            </Button>
          )}
          {mayDelete && !readOnly && (
            <DeleteWithConfirmButton
              record={action}
              resource="actions"
              mutationMode="pessimistic"
              redirect={`/action-plans/${action.planId}/show`}
              confirmTitle="kompass.actions.delete_title"
              confirmContent="kompass.actions.delete_content"
              translateOptions={{ title: action.title }}
            />
          )}
        </Box>
        <Box
          component="dl"
          sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}
        >
          <Fact term={field('planId')}>
            <Link to={`/action-plans/${action.planId}/show`}>
              <FieldValue field="planId" value={action.planId} />
            </Link>
          </Fact>
          <Fact term={field('status')}>
            <ActionStatusCell record={action} />
          </Fact>
          <Fact term={translate('kompass.judgement.label')}>
            <ActionJudgements record={action} />
          </Fact>
          <Fact term={field('progress')}>
            <Box sx={{ maxWidth: 260 }}>
              <ProgressCell progress={action.progress} />
            </Box>
          </Fact>
          <Fact term={field('questionCodes')}>
            <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
              {action.questionCodes.length
                ? action.questionCodes.map((code) => <Chip key={code} size="small" label={code} />)
                : translate('kompass.actions.no_questions', { areas: action.areas.join(', ') || '–' })}
              {action.findingIds.length > 0 && (
                <Typography component="span" variant="body2" color="text.secondary" data-testid="question-codes-source">
                  {translate(
                    action.questionCodesOverridden
                      ? 'kompass.actions.question_codes_source_overridden'
                      : 'kompass.actions.question_codes_source_follow',
                  )}
                </Typography>
              )}
            </Box>
          </Fact>
          <Fact term={field('ownerId')}>
            <FieldValue field="ownerId" value={action.ownerId} />
          </Fact>
          <Fact term={field('departmentId')}>
            <FieldValue field="departmentId" value={action.departmentId} />
          </Fact>
          <Fact term={field('deadline')}>
            <span data-testid="action-deadline">{formatDate(action.deadline)}</span>
          </Fact>
          {action.startDate && <Fact term={field('startDate')}>{formatDate(action.startDate)}</Fact>}
          <Fact term={field('priority')}>
            <FieldValue field="priority" value={action.priority} />
          </Fact>
          <Fact term={field('lastProgressAt')}>
            <LatestReport actionId={action.id} />
          </Fact>
          {action.doneAt && <Fact term={field('doneAt')}>{formatDateTime(action.doneAt)}</Fact>}
          {!editing && action.description && <Fact term={field('description')}>{action.description}</Fact>}
          {!editing && action.expectedEffect && <Fact term={field('expectedEffect')}>{action.expectedEffect}</Fact>}
        </Box>
      </CardContent>
    </Card>
  );
};

/**
 * One action: its facts, then (editing) the form and a progress report with evidence, then the
 * progress reports and the audit history. The edit route shows the form to those who may report.
 */
/**
 * When the last progress report was made, or "ingen ännu". Not lastProgressAt: that starts at the action's
 * creation (so reminders wait a while), and would make an action nobody reported on look fresh. Same query
 * as the reports list below, so it is fetched once.
 */
const LatestReport = ({ actionId }: { actionId: number }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<ActionUpdateRecord>('action-updates', {
    filter: { actionId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  if (isPending) return null;
  return (
    <span data-testid="latest-report">
      {data?.length ? formatDateTime(data[0].createdAt) : translate('kompass.actions.no_report_yet')}
    </span>
  );
};

export const ActionPage = ({ editing, isPending, error }: { editing: boolean; isPending: boolean; error: unknown }) => {
  const translate = useTranslate();
  const role = useRole();
  const action = useRecordContext<ActionRecord>();
  const { plan, closed } = usePlanOf(action);
  if (isPending) return <Loading />;
  if (error || !action)
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {error instanceof Error ? error.message : translate('ra.page.not_found')}
      </Alert>
    );
  const mayReport = editing && !closed && mayEditAction(role, action);
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 1100 }}>
      <Title title={translate('kompass.actions.page_title', { title: action.title })} />
      <Header action={action} editing={editing} readOnly={closed} />
      {plan && closed && <ClosedPlanNote plan={plan} action={action} />}
      {editing && !closed && !mayReport && <Alert severity="info">{translate('kompass.actions.not_yours')}</Alert>}
      {mayReport && (
        <Section id="action-form-heading" title="kompass.actions.form_heading">
          <ActionForm key={action.version} record={action} />
        </Section>
      )}
      {mayReport && (
        <Section id="report-form-heading" title="kompass.updates.form_heading">
          <ProgressReportForm action={action} />
        </Section>
      )}
      <Section id="action-updates-heading" title="kompass.updates.heading">
        <ActionUpdates actionId={action.id} />
      </Section>
      <Section id="action-audit-heading" title="kompass.audit.history_heading">
        <ActionAudit actionId={action.id} labelledBy="action-audit-heading" />
      </Section>
    </Box>
  );
};

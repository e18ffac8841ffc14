import {
  Datagrid,
  FunctionField,
  Link,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectInput,
  useGetManyAggregate,
  useListContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Box } from '@mui/material';
import { isPlanClosed, JUDGEMENTS, Role, type ActionPlanRecord, type ActionRecord } from '@kompass/shared';
import { actionStatusChoices, DateField, DUE_WITHIN_DAYS, useRole } from '../common';
import { getStoredUser } from '../session';
import { ActionStatusChip, OverdueChip } from '../common/StatusChips';
import { ScoreBar } from '../evaluations/ScoreBar';
import { FieldValue } from './actionFields';
import { SelectAction, SelectAllActions } from './BulkEditActions';
import { ActionJudgements } from './JudgementChips';
import { useAreaChoices } from '../findings/useAreaChoices';

/** The status, and "Försenad" beside it when the deadline has passed. */
export const ActionStatusCell = ({ record }: { record: Pick<ActionRecord, 'status' | 'overdue'> }) => (
  <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
    <ActionStatusChip status={record.status} />
    {record.overdue && <OverdueChip />}
  </Box>
);

/** The judgement column: the owner's and Kompass's, both when they differ. */
const JudgementCell = ({ record }: { record: ActionRecord }) => <ActionJudgements record={record} />;

export const ProgressCell = ({ progress }: { progress: number }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <ScoreBar percent={progress} width={70} />
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {translate('kompass.scores.percent', { percent: progress })}
      </Box>
    </Box>
  );
};

/** May this user report on (edit) the action? Coordinators always; department heads on their own or their department's. */
export function mayEditAction(role: Role | undefined, action: Pick<ActionRecord, 'ownerId' | 'departmentId'>): boolean {
  if (role === Role.Admin || role === Role.Coordinator) return true;
  if (role !== Role.DepartmentHead) return false;
  const me = getStoredUser();
  return !!me && (action.ownerId === me.id || (me.departmentId !== null && action.departmentId === me.departmentId));
}

type EditableAction = Pick<ActionRecord, 'ownerId' | 'departmentId' | 'planId'>;

/**
 * mayEditAction for a list of actions, also asking their plans: a closed plan's actions are read-only
 * (the API answers 422), so no list offers their edit page. Unknown plans (still loading) count as open.
 */
export function useMayEditActions(actions: readonly EditableAction[]): (action: EditableAction) => boolean {
  const role = useRole();
  const planIds = [...new Set(actions.map((a) => a.planId))];
  const { data: plans = [] } = useGetManyAggregate<ActionPlanRecord>(
    'action-plans',
    { ids: planIds },
    { enabled: planIds.length > 0 },
  );
  const closed = new Set(plans.filter((plan) => plan && isPlanClosed(plan)).map((plan) => plan.id));
  return (action) => !closed.has(action.planId) && mayEditAction(role, action);
}

/** Owner, with the department under it: one column, so the table fits beside the menu. */
const OwnerCell = ({ record }: { record: ActionRecord }) => (
  <Box>
    <Box>
      <FieldValue field="ownerId" value={record.ownerId} />
    </Box>
    {record.departmentId !== null && (
      <Box sx={{ color: 'text.secondary', fontSize: '0.875em' }}>
        <FieldValue field="departmentId" value={record.departmentId} />
      </Box>
    )}
  </Box>
);

/** Status chips with the progress bar under them. */
const StatusProgressCell = ({ record }: { record: ActionRecord }) => (
  <Box sx={{ display: 'grid', gap: 0.5, justifyItems: 'start' }}>
    <ActionStatusCell record={record} />
    <ProgressCell progress={record.progress} />
  </Box>
);

/** Coordinators select rows for the bulk edit (the button sits in the list's toolbar). */
export const mayBulkEdit = (role: Role | undefined) => role === Role.Admin || role === Role.Coordinator;

/** The actions as a table: the title links to the action's page (edit where the user may report, else show); coordinators get row checkboxes. */
export const ActionDatagrid = ({ showPlan = false }: { showPlan?: boolean }) => {
  const role = useRole();
  const { data = [] } = useListContext<ActionRecord>();
  const mayEdit = useMayEditActions(data);
  const pageOf = (record: RaRecord) => (mayEdit(record as ActionRecord) ? 'edit' : 'show');
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Datagrid rowClick={(_id, _resource, record) => pageOf(record)} bulkActionButtons={false}>
        {mayBulkEdit(role) && (
          <FunctionField<ActionRecord>
            label={<SelectAllActions />}
            sortable={false}
            render={(record) => <SelectAction record={record} />}
          />
        )}
        <FunctionField<ActionRecord>
          source="title"
          render={(record) => (
            <Link
              to={`/actions/${record.id}${pageOf(record) === 'edit' ? '' : '/show'}`}
              onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}
            >
              {record.title}
            </Link>
          )}
        />
        {showPlan && <ReferenceField source="planId" reference="action-plans" link={false} sortable={false} />}
        <FunctionField<ActionRecord>
          source="areas"
          sortable={false}
          render={(record) => record.areas.join(', ') || '–'}
        />
        <FunctionField<ActionRecord> source="ownerId" render={(record) => <OwnerCell record={record} />} />
        <DateField source="deadline" />
        <FunctionField<ActionRecord> source="status" render={(record) => <StatusProgressCell record={record} />} />
        <FunctionField<ActionRecord>
          source="judgement"
          label="kompass.judgement.label"
          sortable={false}
          render={(record) => <JudgementCell record={record} />}
        />
      </Datagrid>
    </Box>
  );
};

/** Areas of the plan's baseline (or of the newest framework) to filter by. */
const AreaFilter = ({ evaluationId, ...props }: { source: string; alwaysOn?: boolean; evaluationId?: number }) => {
  const { areas } = useAreaChoices(evaluationId);
  return <SelectInput {...props} choices={areas} />;
};

const DueWithinFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return (
    <SelectInput
      {...props}
      choices={DUE_WITHIN_DAYS.map((days) => ({
        id: days,
        name: translate('kompass.actions.due_within_days', { smart_count: days }),
      }))}
      translateChoice={false}
    />
  );
};

const judgementChoices = JUDGEMENTS.map((j) => ({ id: j, name: `kompass.judgements.${j}` }));

const SilentFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return (
    <SelectInput
      {...props}
      label="kompass.judgement.silent_filter"
      choices={[14, 30, 60, 90].map((days) => ({
        id: days,
        name: translate('kompass.judgement.silent_days', { smart_count: days }),
      }))}
      translateChoice={false}
    />
  );
};

/** Filters of the action lists: status, area, owner, department, overdue, due within, the owner's and Kompass's judgement, no report for N days, text; the plan in the full list. */
export function actionFilters({ evaluationId, withPlan }: { evaluationId?: number; withPlan?: boolean }) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={actionStatusChoices} alwaysOn />,
    <AreaFilter key="area" source="area" evaluationId={evaluationId} alwaysOn />,
    <ReferenceInput key="ownerId" source="ownerId" reference="users" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 220 }} />
    </ReferenceInput>,
    <ReferenceInput
      key="departmentId"
      source="departmentId"
      reference="departments"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={200}
    >
      <SelectInput optionText="name" />
    </ReferenceInput>,
    <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
    <DueWithinFilter key="dueWithinDays" source="dueWithinDays" />,
    <SelectInput
      key="judgement"
      source="judgement"
      label="kompass.judgement.owner_filter"
      choices={judgementChoices}
    />,
    <SelectInput
      key="derivedJudgement"
      source="derivedJudgement"
      label="kompass.judgement.derived_filter"
      choices={judgementChoices}
    />,
    <SilentFilter key="silentForDays" source="silentForDays" />,
    ...(withPlan
      ? [
          <ReferenceInput
            key="planId"
            source="planId"
            reference="action-plans"
            sort={{ field: 'createdAt', order: 'DESC' }}
          >
            <SelectInput optionText="title" />
          </ReferenceInput>,
        ]
      : []),
  ];
}

import { CreateButton, FilterButton, List, TopToolbar, useCanAccess } from 'react-admin';
import { PlanStatus, type ActionPlanRecord } from '@kompass/shared';
import ActionIcon from '@mui/icons-material/TaskAltOutlined';
import { EmptyState } from '../common/EmptyState';
import { ActionDatagrid, actionFilters, mayBulkEdit } from '../actions/ActionColumns';
import { BulkEditActionsButton } from '../actions/BulkEditActions';
import { ImportActionsButton } from '../actions/ImportActionsDialog';
import { useRole } from '../common';

const Toolbar = ({ plan }: { plan: ActionPlanRecord }) => {
  const { canAccess: mayCreate } = useCanAccess({ action: 'create', resource: 'actions' });
  return (
    <TopToolbar>
      {mayBulkEdit(useRole()) && <BulkEditActionsButton />}
      {mayCreate && plan.status === PlanStatus.Active && <ImportActionsButton plan={plan} />}
      <FilterButton />
      {mayCreate && plan.status === PlanStatus.Active && (
        <CreateButton
          resource="actions"
          to={{
            pathname: '/actions/create',
            search: `?source=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`,
          }}
        />
      )}
    </TopToolbar>
  );
};

/** No actions yet: they come from the baseline's improvement items (or one by one). */
const PlanActionsEmpty = ({ plan }: { plan: ActionPlanRecord }) => {
  const { canAccess: mayCreate } = useCanAccess({ action: 'create', resource: 'actions' });
  return (
    <EmptyState
      id="plan-actions-empty"
      icon={ActionIcon}
      title="kompass.plans.actions_empty_title"
      text={mayCreate ? 'kompass.plans.actions_empty_text_create' : 'kompass.plans.actions_empty_text_wait'}
      action={
        mayCreate
          ? { to: `/evaluations/${plan.baselineEvaluationId}/show`, label: 'kompass.plans.go_baseline' }
          : undefined
      }
      plain
    />
  );
};

/** The plan's actions, filtered by status, area, owner, department and overdue (the list protocol on /api/actions). */
export const PlanActions = ({ plan }: { plan: ActionPlanRecord }) => (
  <List
    resource="actions"
    filter={{ planId: plan.id }}
    filters={actionFilters({ evaluationId: plan.baselineEvaluationId })}
    actions={<Toolbar plan={plan} />}
    empty={<PlanActionsEmpty plan={plan} />}
    disableSyncWithLocation
    storeKey={false}
    title={false}
    sort={{ field: 'deadline', order: 'ASC' }}
    perPage={25}
    exporter={false}
    sx={{ '& .RaList-main': { mt: 0 } }}
  >
    <ActionDatagrid />
  </List>
);

import { CreateButton, FilterButton, List, TopToolbar } from 'react-admin';
import ActionIcon from '@mui/icons-material/TaskAltOutlined';
import { EmptyState } from '../common/EmptyState';
import { useRole } from '../common';
import { canWrite } from '../access';
import { ActionDatagrid, actionFilters, mayBulkEdit } from './ActionColumns';
import { BulkEditActionsButton } from './BulkEditActions';

const Actions = () => (
  <TopToolbar>
    {mayBulkEdit(useRole()) && <BulkEditActionsButton />}
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** No actions at all: they come from the improvement items of an evaluation. */
const ActionEmpty = () => {
  const mayCreate = canWrite(useRole(), 'actions');
  return (
    <EmptyState
      id="actions-empty"
      icon={ActionIcon}
      headingLevel="h1"
      title="kompass.actions.empty_title"
      text={mayCreate ? 'kompass.actions.empty_text_create' : 'kompass.actions.empty_text_wait'}
      action={mayCreate ? { to: '/evaluations', label: 'kompass.plans.go_evaluations' } : undefined}
    />
  );
};

/** Every action of the municipality's plans, with the same filters as a plan's action tab plus the plan. */
const ActionList = () => (
  <List
    filters={actionFilters({ withPlan: true })}
    actions={<Actions />}
    empty={<ActionEmpty />}
    sort={{ field: 'deadline', order: 'ASC' }}
    exporter={false}
  >
    <ActionDatagrid showPlan />
  </List>
);

export default ActionList;

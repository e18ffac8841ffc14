import {
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  TextField,
  useCanAccess,
} from 'react-admin';
import PlanIcon from '@mui/icons-material/ListAltOutlined';
import type { ActionPlanRecord } from '@kompass/shared';
import { DateField, planStatusChoices } from '../common';
import { EmptyState } from '../common/EmptyState';
import { PlanStatusChip } from '../common/StatusChips';

/** No plans: a plan is made from an evaluation's improvement items ("Skapa åtgärder"). */
const PlanEmpty = () => {
  const { canAccess: mayCreate } = useCanAccess({ action: 'create', resource: 'action-plans' });
  return (
    <EmptyState
      id="plans-empty"
      icon={PlanIcon}
      headingLevel="h1"
      title="kompass.plans.empty_title"
      text={mayCreate ? 'kompass.plans.empty_text_create' : 'kompass.plans.empty_text_wait'}
      action={mayCreate ? { to: '/evaluations', label: 'kompass.plans.go_evaluations' } : undefined}
    />
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
];

const ActionPlanList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} filters={filters} empty={<PlanEmpty />} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <ReferenceField source="baselineEvaluationId" reference="evaluations" link={false} sortable={false} />
      <DateField source="plannedReEvaluationDate" />
      <ReferenceField
        source="followUpEvaluationId"
        reference="evaluations"
        link={false}
        sortable={false}
        emptyText="–"
      />
      <FunctionField<ActionPlanRecord> source="status" render={(record) => <PlanStatusChip status={record.status} />} />
    </Datagrid>
  </List>
);

export default ActionPlanList;

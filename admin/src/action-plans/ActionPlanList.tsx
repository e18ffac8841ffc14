import { Datagrid, FunctionField, List, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import type { ActionPlanRecord } from '@kompass/shared';
import { DateField, planStatusChoices } from '../common';
import { PlanStatusChip } from '../common/StatusChips';
import { NoPlanYet } from './NoPlanYet';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
];

const ActionPlanList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={filters}
    empty={<NoPlanYet id="plans-empty" headingLevel="h1" />}
    exporter={false}
  >
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

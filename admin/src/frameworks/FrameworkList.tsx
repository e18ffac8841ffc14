import { Datagrid, FunctionField, List, NumberField, ShowButton, TextField } from 'react-admin';
import type { FrameworkRecord } from '@kompass/shared';
import { validity } from './validity';

const FrameworkList = () => (
  <List sort={{ field: 'validFrom', order: 'DESC' }} exporter={false}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <FunctionField<FrameworkRecord> source="validity" sortBy="validFrom" render={validity} />
      <NumberField source="maxPoints" locales="sv-SE" />
      <NumberField source="questionCount" locales="sv-SE" />
      <ShowButton />
    </Datagrid>
  </List>
);

export default FrameworkList;

import { Datagrid, FunctionField, List, NumberField, ShowButton, TextField, useTranslate } from 'react-admin';
import type { FrameworkRecord } from '@kompass/shared';
import { validity } from './validity';

/** Shipped, shipped with sub-questions learned from a report, or made by hand: imports say so when they pick a hand-made one. */
const Origin = ({ record }: { record: FrameworkRecord }) => {
  const translate = useTranslate();
  return <>{translate(`kompass.frameworks.origin.${record.origin}`)}</>;
};

const FrameworkList = () => (
  <List sort={{ field: 'validFrom', order: 'DESC' }} exporter={false}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <FunctionField<FrameworkRecord> source="validity" sortBy="validFrom" render={validity} />
      <NumberField source="maxPoints" locales="sv-SE" />
      <NumberField source="questionCount" locales="sv-SE" />
      <FunctionField<FrameworkRecord>
        source="origin"
        sortable={false}
        render={(record) => <Origin record={record} />}
      />
      <ShowButton />
    </Datagrid>
  </List>
);

export default FrameworkList;

import { FunctionField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import type { FrameworkRecord } from '@kompass/shared';
import { FrameworkAreas } from './FrameworkAreas';
import { FrameworkCrosswalks } from './FrameworkCrosswalks';
import { validity } from './validity';

const FrameworkShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <FunctionField<FrameworkRecord> source="validity" render={validity} />
      <NumberField source="maxPoints" locales="sv-SE" />
      <NumberField source="questionCount" locales="sv-SE" />
    </SimpleShowLayout>
    <FrameworkAreas />
    <FrameworkCrosswalks />
  </Show>
);

export default FrameworkShow;

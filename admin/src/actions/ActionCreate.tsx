import {
  AutocompleteInput,
  Create,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { PlanStatus } from '@kompass/shared';
import { actionPriorityChoices, DateInput } from '../common';

/** A single action in a plan (most come from improvement items: "Skapa åtgärder" on the evaluation). */
const ActionCreate = () => (
  <Create redirect="edit" mutationMode="pessimistic">
    <SimpleForm defaultValues={{ priority: 'normal', progress: 0 }}>
      <ReferenceInput
        source="planId"
        reference="action-plans"
        filter={{ status: PlanStatus.Active }}
        sort={{ field: 'createdAt', order: 'DESC' }}
      >
        <SelectInput optionText="title" validate={required()} />
      </ReferenceInput>
      <TextInput source="title" validate={required()} fullWidth slotProps={{ htmlInput: { maxLength: 300 } }} />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <ReferenceInput
        source="ownerId"
        reference="users"
        filter={{ active: true }}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
      </ReferenceInput>
      <ReferenceInput
        source="departmentId"
        reference="departments"
        sort={{ field: 'name', order: 'ASC' }}
        perPage={200}
      >
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
      </ReferenceInput>
      <DateInput source="startDate" />
      <DateInput source="deadline" validate={required()} />
      <SelectInput source="priority" choices={actionPriorityChoices} validate={required()} />
      <NumberInput source="progress" min={0} max={100} step={5} />
      <TextInput source="expectedEffect" multiline minRows={2} fullWidth />
    </SimpleForm>
  </Create>
);

export default ActionCreate;

import { Edit, ReferenceInput, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import type { ActionPlanRecord } from '@kompass/shared';
import { DateInput } from '../common';

const PlanTitle = () => {
  const translate = useTranslate();
  return <span>{translate('resources.action-plans.name', { smart_count: 1 })}</span>;
};

/**
 * Title, description, the planned re-evaluation and the model revision it will use (empty: the newest; readiness
 * then groups the work by that revision's areas); the re-evaluation itself is linked on the plan's page.
 */
const ActionPlanEdit = () => (
  <Edit<ActionPlanRecord>
    mutationMode="pessimistic"
    redirect="show"
    title={<PlanTitle />}
    transform={(data) => ({
      title: data.title,
      description: data.description || null,
      plannedReEvaluationDate: data.plannedReEvaluationDate,
      nextFrameworkId: data.nextFrameworkId || null,
    })}
  >
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth slotProps={{ htmlInput: { maxLength: 200 } }} />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <DateInput source="plannedReEvaluationDate" validate={required()} />
      <ReferenceInput source="nextFrameworkId" reference="frameworks" sort={{ field: 'validFrom', order: 'DESC' }}>
        <SelectInput optionText="name" emptyText="resources.action-plans.fields.nextFrameworkNewest" />
      </ReferenceInput>
    </SimpleForm>
  </Edit>
);

export default ActionPlanEdit;

import { Edit, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import type { ActionPlanRecord } from '@kompass/shared';
import { DateInput } from '../common';

const PlanTitle = () => {
  const translate = useTranslate();
  return <span>{translate('resources.action-plans.name', { smart_count: 1 })}</span>;
};

/** Title, description and the planned re-evaluation; the re-evaluation itself is linked on the plan's page. */
const ActionPlanEdit = () => (
  <Edit<ActionPlanRecord>
    mutationMode="pessimistic"
    redirect="show"
    title={<PlanTitle />}
    transform={(data) => ({ title: data.title, description: data.description || null, plannedReEvaluationDate: data.plannedReEvaluationDate })}
  >
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth slotProps={{ htmlInput: { maxLength: 200 } }} />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <DateInput source="plannedReEvaluationDate" validate={required()} />
    </SimpleForm>
  </Edit>
);

export default ActionPlanEdit;

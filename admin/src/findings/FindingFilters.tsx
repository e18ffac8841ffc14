import { ReferenceInput, SearchInput, SelectInput, useListContext } from 'react-admin';
import { findingKindChoices } from '../common';
import { useAreaChoices } from './useAreaChoices';

const useChoices = () => {
  const { filterValues } = useListContext();
  const evaluationId = filterValues?.evaluationId == null ? undefined : Number(filterValues.evaluationId);
  return useAreaChoices(evaluationId);
};

const AreaFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const { areas } = useChoices();
  return <SelectInput {...props} choices={areas} />;
};

const QuestionCodeFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const { questionCodes } = useChoices();
  return <SelectInput {...props} choices={questionCodes} optionText={(choice: { name: string }) => choice.name} />;
};

/** Findings by evaluation, area, kind, sub-question and text. */
export const findingFilters = [
  <ReferenceInput
    key="evaluationId"
    source="evaluationId"
    reference="evaluations"
    sort={{ field: 'evaluatedAt', order: 'DESC' }}
    perPage={100}
    alwaysOn
  >
    <SelectInput optionText="label" />
  </ReferenceInput>,
  <AreaFilter key="area" source="area" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={findingKindChoices} alwaysOn />,
  <QuestionCodeFilter key="questionCode" source="questionCode" />,
  <SearchInput key="q" source="q" alwaysOn />,
];

import { AutocompleteArrayInput, useGetOne, useTranslate } from 'react-admin';
import type { ActionPlanRecord, ActionRecord } from '@kompass/shared';
import { useAreaChoices } from '../findings/useAreaChoices';

/**
 * The sub-questions an action works on. They follow its improvement items (and the coordinator's later
 * corrections of them) until chosen here; emptying the field makes them follow the items again.
 */
export const ActionQuestionCodesInput = ({ record }: { record: ActionRecord }) => {
  const translate = useTranslate();
  const { data: plan } = useGetOne<ActionPlanRecord>('action-plans', { id: record.planId });
  const { questionCodes } = useAreaChoices(plan?.baselineEvaluationId);
  const help = record.questionCodesOverridden
    ? 'kompass.actions.question_codes_overridden'
    : record.findingIds.length
      ? 'kompass.actions.question_codes_follow'
      : 'kompass.actions.question_codes_own';
  return (
    <AutocompleteArrayInput
      source="questionCodes"
      choices={questionCodes}
      fullWidth
      helperText={translate(help)}
      // Plain codes on the chips; the full question in the list
      inputText={(choice: { id: string }) => choice.id}
      matchSuggestion={(filter: string, choice: { name: string }) =>
        choice.name.toLowerCase().includes(filter.toLowerCase())
      }
    />
  );
};

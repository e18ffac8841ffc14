import {
  Edit,
  Labeled,
  ReferenceField,
  SaveButton,
  SelectField,
  SimpleForm,
  TextField,
  Toolbar,
  useGetOne,
  useInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Box } from '@mui/material';
import type { EvaluationRecord, FindingRecord } from '@kompass/shared';
import { findingKindChoices } from '../common';
import { QuestionCodesPicker } from './QuestionCodesPicker';

/** The finding's sub-questions: its area's codes, the import's suggestions first. */
const QuestionCodesInput = () => {
  const translate = useTranslate();
  const record = useRecordContext<FindingRecord>();
  const { field } = useInput<string[]>({ source: 'questionCodes' });
  const { data: evaluation } = useGetOne<EvaluationRecord>(
    'evaluations',
    { id: record?.evaluationId },
    { enabled: record != null },
  );
  if (!record) return null;
  const questions = evaluation?.areas?.find((a) => a.area === record.area)?.questions ?? [];
  return (
    <Box sx={{ width: '100%', maxWidth: 640, mt: 1 }}>
      <QuestionCodesPicker
        questions={questions.map((q) => ({ code: q.code, text: q.text }))}
        suggested={record.suggestedQuestionCodes}
        value={field.value ?? []}
        onChange={(codes) => field.onChange(codes)}
        describedBy="finding-edit-text"
        label={translate('resources.findings.fields.questionCodes')}
      />
    </Box>
  );
};

const FindingToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Link a finding to its sub-questions. Text, area and kind come from the report and are shown only. */
const FindingEdit = () => (
  <Edit<FindingRecord>
    mutationMode="pessimistic"
    redirect={false}
    transform={(data) => ({ questionCodes: data.questionCodes })}
  >
    <SimpleForm toolbar={<FindingToolbar />}>
      <Labeled>
        <ReferenceField source="evaluationId" reference="evaluations" link="show" />
      </Labeled>
      <Labeled>
        <TextField source="area" />
      </Labeled>
      <Labeled>
        <SelectField source="kind" choices={findingKindChoices} />
      </Labeled>
      <Labeled>
        <TextField source="text" id="finding-edit-text" />
      </Labeled>
      <QuestionCodesInput />
    </SimpleForm>
  </Edit>
);

export default FindingEdit;

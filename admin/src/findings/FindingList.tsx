import {
  Datagrid,
  EditButton,
  FunctionField,
  LinkBase,
  List,
  ReferenceField,
  SelectField,
  TextField,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import FindingIcon from '@mui/icons-material/FactCheckOutlined';
import type { FindingRecord } from '@kompass/shared';
import { findingKindChoices } from '../common';
import { findingFilters } from './FindingFilters';

const QuestionCodes = ({ record }: { record: FindingRecord }) => {
  const translate = useTranslate();
  if (record.questionCodes.length === 0)
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate('kompass.findings.none_short')}
      </Box>
    );
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}>
      {record.questionCodes.map((code) => (
        <Chip key={code} size="small" label={code} />
      ))}
    </Box>
  );
};

/** No findings yet: they come from importing an evaluation. */
const FindingEmpty = () => {
  const translate = useTranslate();
  const { canAccess: mayImport } = useCanAccess({ action: 'create', resource: 'evaluations' });
  return (
    <Card component="section" aria-labelledby="findings-empty" sx={{ mt: 2 }}>
      <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <FindingIcon aria-hidden="true" sx={{ fontSize: 48, color: 'text.secondary', mt: 0.5 }} />
        <Box>
          <Typography id="findings-empty" component="h1" variant="h6" gutterBottom>
            {translate('kompass.findings.empty_title')}
          </Typography>
          <Typography sx={{ mb: 2, maxWidth: 640 }}>{translate('kompass.findings.empty_text')}</Typography>
          {mayImport && (
            <Button variant="contained" component={LinkBase} to="/evaluations/create">
              {translate('kompass.evaluations.import')}
            </Button>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};

const FindingList = () => {
  const { canAccess: mayEdit } = useCanAccess({ action: 'edit', resource: 'findings' });
  return (
    <List
      sort={{ field: 'area', order: 'ASC' }}
      filters={findingFilters}
      empty={<FindingEmpty />}
      exporter={false}
      perPage={50}
    >
      <Datagrid rowClick={mayEdit ? 'edit' : false} bulkActionButtons={false}>
        <ReferenceField source="evaluationId" reference="evaluations" link="show" />
        <TextField source="area" />
        <SelectField source="kind" choices={findingKindChoices} />
        <TextField source="text" sortable={false} />
        <FunctionField<FindingRecord>
          source="questionCodes"
          sortable={false}
          render={(record) => <QuestionCodes record={record} />}
        />
        {mayEdit && <EditButton />}
      </Datagrid>
    </List>
  );
};

export default FindingList;

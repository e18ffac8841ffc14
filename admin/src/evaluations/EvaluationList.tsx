import {
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  SearchInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { Chip } from '@mui/material';
import { Role, type EvaluationSummary } from '@kompass/shared';
import { municipalityFilter, useRole } from '../common';
import { EvaluationEmpty } from './EvaluationEmpty';
import { formatEvaluatedAt, formatPercent, percentOf } from './format';
import { ImportButton } from './ImportButton';
import { ScoreBar } from './ScoreBar';

const Actions = () => (
  <TopToolbar>
    <ImportButton />
  </TopToolbar>
);

const Total = ({ record }: { record: EvaluationSummary }) => {
  const translate = useTranslate();
  const percent = percentOf(record.totalAchieved, record.totalMax);
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <ScoreBar percent={percent} width={80} />
      <span style={{ whiteSpace: 'nowrap' }}>
        {`${record.totalAchieved ?? '–'}/${record.totalMax}`} ({formatPercent(percent, translate)})
      </span>
    </span>
  );
};

const Warnings = ({ record }: { record: EvaluationSummary }) => {
  const translate = useTranslate();
  if (!record.warningCount) return <span>–</span>;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      label={translate('kompass.warnings.count', { smart_count: record.warningCount })}
    />
  );
};

const EvaluationList = () => {
  const isAdmin = useRole() === Role.Admin;
  const filters = [<SearchInput key="q" source="q" alwaysOn />, ...(isAdmin ? [municipalityFilter] : [])];
  return (
    <List
      sort={{ field: 'evaluatedAt', order: 'DESC' }}
      filters={filters}
      actions={<Actions />}
      empty={<EvaluationEmpty />}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="label" />
        <FunctionField<EvaluationSummary> source="evaluatedAt" render={formatEvaluatedAt} />
        {isAdmin && <ReferenceField source="municipalityId" reference="municipalities" link={false} />}
        <FunctionField<EvaluationSummary>
          source="totalAchieved"
          sortable={false}
          render={(record) => <Total record={record} />}
        />
        <FunctionField<EvaluationSummary>
          source="warningCount"
          sortable={false}
          render={(record) => <Warnings record={record} />}
        />
      </Datagrid>
    </List>
  );
};

export default EvaluationList;

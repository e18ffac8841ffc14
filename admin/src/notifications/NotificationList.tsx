import {
  Datagrid,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import MailIcon from '@mui/icons-material/MailOutlined';
import type { NotificationRecord } from '@kompass/shared';
import { formatDateTime, notificationKindChoices, notificationStatusChoices } from '../common';
import { EmptyState } from '../common/EmptyState';
import { NotificationStatusChip } from '../common/StatusChips';

const filters = [
  <SelectInput key="status" source="status" choices={notificationStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={notificationKindChoices} alwaysOn />,
  <TextInput key="email" source="email" />,
];

/** Nothing sent yet: reminders go out once actions have owners and deadlines. */
const OutboxEmpty = () => (
  <EmptyState
    id="outbox-empty"
    icon={MailIcon}
    headingLevel="h1"
    title="kompass.outbox.empty_title"
    text="kompass.outbox.empty_text"
  />
);

/** The status, and for a failed mail what went wrong (the error, the attempts made). */
const StatusCell = ({ record }: { record: NotificationRecord }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 0.5, justifyItems: 'start' }}>
      <NotificationStatusChip status={record.status} />
      {record.supersededById && (
        <Typography variant="body2">{translate('kompass.outbox.superseded', { id: record.supersededById })}</Typography>
      )}
      {record.lastError && (
        <Typography
          variant="body2"
          sx={{ color: 'error.main', maxWidth: 360, overflowWrap: 'anywhere' }}
          data-testid="outbox-error"
        >
          {record.lastError}
        </Typography>
      )}
    </Box>
  );
};

/** Utkorg: every reminder mail with its status, attempts and error; a row opens the mail. */
const NotificationList = () => (
  <List sort={{ field: 'id', order: 'DESC' }} filters={filters} empty={<OutboxEmpty />} exporter={false} perPage={50}>
    <Datagrid bulkActionButtons={false} rowClick="show">
      <FunctionField<NotificationRecord>
        source="date"
        render={(record) => <span style={{ whiteSpace: 'nowrap' }}>{record.date}</span>}
      />
      <SelectField source="kind" choices={notificationKindChoices} />
      <TextField source="email" />
      <TextField source="subject" sortable={false} />
      <FunctionField<NotificationRecord> source="status" render={(record) => <StatusCell record={record} />} />
      <TextField source="attempts" />
      <FunctionField<NotificationRecord> source="sentAt" render={(record) => formatDateTime(record.sentAt) || '–'} />
    </Datagrid>
  </List>
);

export default NotificationList;

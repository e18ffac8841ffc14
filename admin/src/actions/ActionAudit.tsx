import { useGetList, useTranslate } from 'react-admin';
import { Alert, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatDateTime } from '../common';
import type { AuditEventRecord } from '@kompass/shared';
import { actorOf, AuditChanges } from '../audit-events/AuditChanges';

/** Every change to the action from the audit trail: when, who, what (field by field). */
export const ActionAudit = ({ actionId, labelledBy }: { actionId: number; labelledBy: string }) => {
  const translate = useTranslate();
  const {
    data = [],
    isPending,
    error,
  } = useGetList<AuditEventRecord>('audit-events', {
    filter: { entity: 'action', entityId: actionId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'DESC' },
  });
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data.length) return <Typography>{translate('kompass.audit.none')}</Typography>;
  return (
    <Table size="small" aria-labelledby={labelledBy} data-testid="action-audit">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.audit-events.fields.createdAt')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.actorEmail')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.action')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.changes')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((event) => (
          <TableRow key={event.id}>
            <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateTime(event.createdAt)}</TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>{actorOf(event)}</TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>{translate(`kompass.audit.actions.${event.action}`)}</TableCell>
            <TableCell>
              <AuditChanges event={event} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

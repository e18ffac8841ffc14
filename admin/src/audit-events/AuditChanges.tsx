import { useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { FieldValue } from '../actions/actionFields';
import { VisuallyHidden } from '../common/VisuallyHidden';

/** The audit trail's entity names → react-admin resources (for field labels). */
export const AUDIT_RESOURCES: Record<string, string> = {
  municipality: 'municipalities',
  department: 'departments',
  user: 'users',
  evaluation: 'evaluations',
  finding: 'findings',
  action_plan: 'action-plans',
  action: 'actions',
  action_update: 'action-updates',
};

/** Bookkeeping fields nobody needs to read in a change list. */
const HIDDEN = new Set(['id', 'municipalityId', 'createdAt', 'updatedAt', 'version', 'lastProgressAt']);

export interface AuditEventRecord {
  id: number;
  municipalityId: number | null;
  actorId: number | null;
  actorEmail: string | null;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

const Value = ({ entity, field, value }: { entity: string; field: string; value: unknown }) => {
  const translate = useTranslate();
  if (entity === 'action_plan' && field === 'status' && typeof value === 'string')
    return <span>{translate(`kompass.plan_statuses.${value}`, { _: value })}</span>;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return <span>{JSON.stringify(value)}</span>;
  return <FieldValue field={field} value={value} />;
};

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** What an audit event changed, field by field: "Status: Ej påbörjad → Pågår". */
export const AuditChanges = ({ event }: { event: AuditEventRecord }) => {
  const translate = useTranslate();
  const resource = AUDIT_RESOURCES[event.entity] ?? event.entity;
  const source = event.action === 'delete' ? event.before : event.after;
  // A created record lists what it was created with; empty fields say nothing
  const fields = Object.keys(source ?? {}).filter(
    (field) => !HIDDEN.has(field) && (event.action === 'update' || !isEmpty(source?.[field])),
  );
  if (!fields.length) return <span>–</span>;
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {fields.map((field) => (
        <li key={field}>
          {label(field)}:{' '}
          {event.action === 'update' ? (
            <>
              <Value entity={event.entity} field={field} value={event.before?.[field]} /> <span aria-hidden="true">→</span>
              <VisuallyHidden>{translate('kompass.updates.to')}</VisuallyHidden>{' '}
              <Value entity={event.entity} field={field} value={event.after?.[field]} />
            </>
          ) : (
            <Value entity={event.entity} field={field} value={source?.[field]} />
          )}
        </li>
      ))}
    </Box>
  );
};

import { useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import type { AuditEventRecord } from '@kompass/shared';
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

/** Bookkeeping and security fields nobody needs to read in a change list. */
const HIDDEN = new Set([
  'id',
  'municipalityId',
  'createdAt',
  'updatedAt',
  'version',
  'lastProgressAt',
  'lockedUntil',
  'failedLogins',
  'tokenVersion',
  'passwordHash',
  'calendarToken',
  'sourceChecksum',
  'sourceFileKey',
  'evaluatedAtPrecision',
  'order',
]);

/** Fields whose values are keys of a translated list. */
const TRANSLATED: Record<string, string> = {
  kind: 'kompass.finding_kinds',
  role: 'kompass.roles',
  locale: 'kompass.locales',
};

const Value = ({ entity, field, value }: { entity: string; field: string; value: unknown }) => {
  const translate = useTranslate();
  if (entity === 'action_plan' && field === 'status' && typeof value === 'string')
    return <span>{translate(`kompass.plan_statuses.${value}`, { _: value })}</span>;
  if (typeof value === 'string' && TRANSLATED[field])
    return <span>{translate(`${TRANSLATED[field]}.${value}`, { _: value })}</span>;
  if (typeof value === 'boolean') return <span>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</span>;
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object'))
    return <span>{value.map(readable).join(', ')}</span>;
  if (value !== null && typeof value === 'object') return <span>{readable(value)}</span>;
  return <FieldValue field={field} value={value} />;
};

/** A suggested sub-question as "1.3 (80 %)"; another object as its values, never "[object Object]". */
function readable(item: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are handled below
  if (item === null || typeof item !== 'object') return String(item ?? '–');
  const { code, confidence } = item as { code?: unknown; confidence?: unknown };
  if (typeof code === 'string' && typeof confidence === 'number') return `${code} (${Math.round(confidence * 100)} %)`;
  if (typeof code === 'string') return code;
  return Object.values(item as Record<string, unknown>)
    .filter((v) => v !== null && typeof v !== 'object')
    .join(' ');
}

/** Who did it: the person's name, else the e-mail address the API gave. */
export const actorOf = (event: AuditEventRecord): string => event.actorName || event.actorEmail || '–';

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
              <Value entity={event.entity} field={field} value={event.before?.[field]} />{' '}
              <span aria-hidden="true">→</span>
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

import { useGetManyAggregate, useTranslate } from 'react-admin';
import { Role, type ActionUpdateRecord } from '@kompass/shared';
import { formatDate, formatDateTime } from '../common';

/** What the action form edits, in form order. */
export const ACTION_FIELDS = [
  'title',
  'description',
  'ownerId',
  'departmentId',
  'startDate',
  'deadline',
  'status',
  'progress',
  'priority',
  'expectedEffect',
  'questionCodes',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

/** A department head reports; planning fields (title, owner, deadline…) are the coordinator's. Same rule as the API. */
export const DEPARTMENT_HEAD_FIELDS: readonly ActionField[] = [
  'status',
  'progress',
  'description',
  'expectedEffect',
  'startDate',
];

export function editableFields(role: Role | undefined): readonly ActionField[] {
  return role === Role.Admin || role === Role.Coordinator ? ACTION_FIELDS : DEPARTMENT_HEAD_FIELDS;
}

/** Empty text and null are the same value here (an emptied field may come back as either). */
export function normalise(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return value;
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

/** The fields of `fields` whose value in `next` differs from `previous`, with their new values. */
export function changedFields(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
  fields: readonly string[],
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of fields) if (!sameValue(previous[field], next[field])) changes[field] = normalise(next[field]);
  return changes;
}

/** A user's, department's or plan's name for its id (requests are batched into one getMany per resource). */
const RecordName = ({ resource, id }: { resource: string; id: number }) => {
  const { data } = useGetManyAggregate<{ id: number; name?: string; title?: string; label?: string }>(resource, {
    ids: [id],
  });
  const record = data?.[0];
  return <>{record?.name ?? record?.title ?? record?.label ?? `#${id}`}</>;
};

/** Who wrote a progress report: the author's name as the API gives it (never the e-mail), else the system. */
export const UpdateAuthor = ({ update }: { update: Pick<ActionUpdateRecord, 'authorId' | 'authorName'> }) => {
  const translate = useTranslate();
  if (update.authorName) return <>{update.authorName}</>;
  return update.authorId ? (
    <FieldValue field="authorId" value={update.authorId} />
  ) : (
    <>{translate('kompass.updates.system')}</>
  );
};

/** A field's value as a person reads it: names for ids, words for enums, Swedish dates, "40 %". */
export const FieldValue = ({ field, value }: { field: string; value: unknown }) => {
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') return <span>–</span>;
  if (typeof value === 'boolean') return <>{translate(`ra.boolean.${value}`)}</>;
  // Audit values are JSON scalars here (arrays are joined below), so their plain string form is what we show.
  /* eslint-disable @typescript-eslint/no-base-to-string, @typescript-eslint/restrict-template-expressions */
  switch (field) {
    case 'ownerId':
    case 'authorId':
      return <RecordName resource="users" id={Number(value)} />;
    case 'departmentId':
      return <RecordName resource="departments" id={Number(value)} />;
    case 'planId':
      return <RecordName resource="action-plans" id={Number(value)} />;
    case 'baselineEvaluationId':
    case 'followUpEvaluationId':
    case 'evaluationId':
      return <RecordName resource="evaluations" id={Number(value)} />;
    case 'status':
    case 'statusFrom':
    case 'statusTo':
      return <>{translate(`kompass.action_statuses.${value}`, { _: String(value) })}</>;
    case 'priority':
      return <>{translate(`kompass.priorities.${value}`, { _: String(value) })}</>;
    case 'progress':
      return <>{translate('kompass.scores.percent', { percent: value })}</>;
    case 'startDate':
    case 'deadline':
      return <>{formatDate(String(value))}</>;
    case 'doneAt':
    case 'lastProgressAt':
      return <>{formatDateTime(String(value))}</>;
    default:
      if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return <>{formatDateTime(value)}</>;
      return <>{Array.isArray(value) ? value.join(', ') : String(value)}</>;
  }
  /* eslint-enable @typescript-eslint/no-base-to-string, @typescript-eslint/restrict-template-expressions */
};

/** The field's name: `resources.actions.fields.<field>`. */
export const useFieldLabel = () => {
  const translate = useTranslate();
  return (field: string) => translate(`resources.actions.fields.${field}`, { _: field });
};

import { useGetIdentity, useTranslate } from 'react-admin';
import { Alert, DialogContentText, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ActionRecord } from '@kompass/shared';
import { ACTION_FIELDS, FieldValue, sameValue, useFieldLabel } from './actionFields';
import { PendingButton, TaskDialog } from '../common';

export interface Conflict {
  /** The record as this user read it */
  read: ActionRecord;
  /** The record as it is now (the 409's `current`) */
  current: ActionRecord;
  /** This user's changes: field → new value */
  mine: Record<string, unknown>;
  comment?: string;
  /** Who saved the current version (the 409's `changedBy`), when the audit trail knows */
  changedBy?: { id: number; name: string } | null;
}

type ChangedBy = Conflict['changedBy'];

/**
 * Who saved the version this user collided with, as the conflict texts name them: 'self' for this user in another
 * window or tab (not "someone else"), the person's name, or null when the audit trail does not know.
 */
export function useConflictEditor(): (changedBy: ChangedBy) => string | null {
  const { identity } = useGetIdentity();
  return (by) => (by ? (String(by.id) === String(identity?.id) ? 'self' : by.name) : null);
}

/** The one-line message for a 409 on a progress report: names who saved in between, from the answer's `changedBy`. */
export function useConflictMessage(): (body: unknown) => string {
  const translate = useTranslate();
  const editor = useConflictEditor();
  return (body) => {
    const who = editor((body as { changedBy?: ChangedBy } | undefined)?.changedBy);
    if (who === 'self') return translate('kompass.updates.conflict_self');
    return who ? translate('kompass.updates.conflict_named', { name: who }) : translate('kompass.updates.conflict');
  };
}

interface ConflictDialogProps {
  conflict: Conflict;
  pending: boolean;
  error?: string | null;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * Someone saved the action after this user opened it (409). Field by field: what was read, what this user
 * wants, what it is now; then re-apply this user's changes onto the current version, or take theirs.
 */
export const ConflictDialog = ({ conflict, pending, error, onReapply, onDiscard }: ConflictDialogProps) => {
  const translate = useTranslate();
  const label = useFieldLabel();
  const { read, current, mine } = conflict;
  const theirs: string[] = ACTION_FIELDS.filter((field) => !sameValue(read[field], current[field]));
  const fields = ACTION_FIELDS.filter((field) => field in mine || theirs.includes(field));
  const editor = useConflictEditor()(conflict.changedBy);
  const other = editor === 'self' ? translate('kompass.conflict.changed_you_elsewhere') : editor;
  const who = (field: string) =>
    field in mine && theirs.includes(field)
      ? other
        ? translate('kompass.conflict.changed_both_named', { name: other })
        : translate('kompass.conflict.changed_both')
      : field in mine
        ? translate('kompass.conflict.changed_mine')
        : (other ?? translate('kompass.conflict.changed_theirs'));
  return (
    <TaskDialog
      id="conflict"
      title={translate('kompass.conflict.title')}
      intro={translate(
        editor === 'self'
          ? 'kompass.conflict.intro_self'
          : editor
            ? 'kompass.conflict.intro_named'
            : 'kompass.conflict.intro',
        { name: editor, read: read.version, current: current.version },
      )}
      pending={pending}
      onClose={onDiscard}
      cancelLabel={translate('kompass.conflict.discard')}
      confirm={
        <PendingButton pending={pending} onClick={onReapply}>
          {translate('kompass.conflict.reapply')}
        </PendingButton>
      }
      maxWidth="md"
    >
      <Table size="small" aria-labelledby="conflict-title" data-testid="conflict-table">
        <TableHead>
          <TableRow>
            <TableCell>{translate('kompass.conflict.field')}</TableCell>
            <TableCell>{translate('kompass.conflict.read')}</TableCell>
            <TableCell>{translate('kompass.conflict.yours')}</TableCell>
            <TableCell>{translate('kompass.conflict.theirs')}</TableCell>
            <TableCell>{translate('kompass.conflict.changed_by')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field} data-field={field}>
              <TableCell component="th" scope="row">
                {label(field)}
              </TableCell>
              <TableCell>
                <FieldValue field={field} value={read[field]} />
              </TableCell>
              <TableCell sx={{ fontWeight: field in mine ? 600 : undefined }}>
                <FieldValue field={field} value={field in mine ? mine[field] : read[field]} />
              </TableCell>
              <TableCell sx={{ fontWeight: theirs.includes(field) ? 600 : undefined }}>
                <FieldValue field={field} value={current[field]} />
              </TableCell>
              <TableCell>{who(field)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <DialogContentText sx={{ mt: 2 }}>{translate('kompass.conflict.reapply_help')}</DialogContentText>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
    </TaskDialog>
  );
};

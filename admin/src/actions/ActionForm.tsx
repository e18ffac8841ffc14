import { useState } from 'react';
import {
  AutocompleteInput,
  Form,
  NumberInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextInput,
  Toolbar,
  maxValue,
  minValue,
  required,
  useNotify,
  useRefresh,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { Alert, Box } from '@mui/material';
import { ActionStatus, type ActionRecord, type ApiErrorDetail } from '@kompass/shared';
import { API_URL, httpClient } from '../api';
import { actionPriorityChoices, actionStatusChoices, DateInput, isDateText, useRole } from '../common';
import { ACTION_FIELDS, changedFields, editableFields, normalise } from './actionFields';
import { ConflictDialog, type Conflict } from './ConflictDialog';
import { ActionQuestionCodesInput } from './ActionQuestionCodesInput';

type Values = Record<string, unknown>;

/** The API's 422 details as form errors; "comment" gets the rule in the user's language. */
function fieldErrors(error: HttpError, status: unknown): Record<string, string> | null {
  const details = ((error.body as { details?: ApiErrorDetail[] } | undefined)?.details ?? []).filter((d) => d.field);
  if (!details.length) return null;
  return Object.fromEntries(
    details.map((d) => [
      d.field as string,
      d.field === 'comment'
        ? status === ActionStatus.Cancelled
          ? 'kompass.actions.comment_required_cancelled'
          : 'kompass.actions.comment_required_done'
        : d.message,
    ]),
  );
}

/** Done needs what was achieved, cancelled needs why: checked here first, and by the API. */
function validate(record: ActionRecord) {
  return (values: Values) => {
    const status = values.status as ActionStatus;
    if (status !== record.status && !normalise(values.comment)) {
      if (status === ActionStatus.Done) return { comment: 'kompass.actions.comment_required_done' };
      if (status === ActionStatus.Cancelled) return { comment: 'kompass.actions.comment_required_cancelled' };
    }
    // The form-level check replaces the inputs' own validators (react-hook-form runs one or the other)
    for (const field of ['startDate', 'deadline'])
      if (typeof values[field] === 'string' && !isDateText(values[field]))
        return { [field]: 'kompass.validation.date' };
    return {};
  };
}

/**
 * The action's edit form. Sends only what changed, with the `version` read; department heads get only
 * the fields they may change. A 409 opens the conflict dialog; 422 details land on their fields; a 403
 * (e.g. reopening a done action) is shown above the button. The page keys this form by version, so a
 * saved or reloaded action starts a fresh form.
 */
export const ActionForm = ({ record }: { record: ActionRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const role = useRole();
  const fields = editableFields(role);
  const planning = fields === ACTION_FIELDS;
  const [refusal, setRefusal] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [conflictPending, setConflictPending] = useState(false);
  const [conflictError, setConflictError] = useState<string | null>(null);

  const put = (changes: Values, comment: string | null | undefined, version: number) =>
    httpClient(`${API_URL}/actions/${record.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...changes, ...(comment ? { comment } : {}), version }),
    });

  const saved = () => {
    notify('kompass.actions.saved', { type: 'success' });
    refresh();
  };

  const submit = async (values: Values) => {
    setRefusal(null);
    const changes = changedFields(record as unknown as Values, values, fields);
    const comment = normalise(values.comment) as string | null;
    if (!Object.keys(changes).length && !comment) {
      notify('kompass.actions.nothing_changed', { type: 'info' });
      return;
    }
    try {
      await put(changes, comment, record.version);
      saved();
    } catch (cause) {
      const error = cause as HttpError;
      const { current, changedBy } = (error.body as Partial<Pick<Conflict, 'current' | 'changedBy'>> | undefined) ?? {};
      if (error.status === 409 && current) {
        setConflict({ read: record, current, changedBy, mine: changes, comment: comment ?? undefined });
        return;
      }
      if (error.status === 422) {
        const errors = fieldErrors(error, values.status);
        if (errors) return errors;
      }
      setRefusal(error.message || translate('ra.notification.http_error'));
    }
  };

  const reapply = async () => {
    if (!conflict) return;
    setConflictPending(true);
    setConflictError(null);
    try {
      await put(conflict.mine, conflict.comment, conflict.current.version);
      setConflict(null);
      saved();
    } catch (cause) {
      const error = cause as HttpError;
      const { current, changedBy } = (error.body as Partial<Pick<Conflict, 'current' | 'changedBy'>> | undefined) ?? {};
      if (error.status === 409 && current) setConflict({ ...conflict, current, changedBy });
      else setConflictError(error.message);
    } finally {
      setConflictPending(false);
    }
  };

  const discard = () => {
    setConflict(null);
    setConflictError(null);
    refresh();
  };

  return (
    <>
      <Form record={record} onSubmit={submit} validate={validate(record)} noValidate>
        <Box sx={{ display: 'grid', gap: 0, gridTemplateColumns: { md: '1fr 1fr' }, columnGap: 2, px: 2, pt: 1 }}>
          {planning && (
            <Box sx={{ gridColumn: '1 / -1' }}>
              <TextInput source="title" validate={required()} fullWidth slotProps={{ htmlInput: { maxLength: 300 } }} />
            </Box>
          )}
          <Box sx={{ gridColumn: '1 / -1' }}>
            <TextInput source="description" multiline minRows={2} fullWidth />
          </Box>
          {planning && (
            <ReferenceInput
              source="ownerId"
              reference="users"
              filter={{ active: true }}
              sort={{ field: 'name', order: 'ASC' }}
            >
              <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
            </ReferenceInput>
          )}
          {planning && (
            <ReferenceInput
              source="departmentId"
              reference="departments"
              sort={{ field: 'name', order: 'ASC' }}
              perPage={200}
            >
              <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
            </ReferenceInput>
          )}
          <DateInput source="startDate" />
          {planning && <DateInput source="deadline" validate={required()} />}
          <SelectInput
            source="status"
            choices={actionStatusChoices}
            validate={required()}
            helperText={planning ? false : 'kompass.actions.status_help'}
          />
          <NumberInput
            source="progress"
            min={0}
            max={100}
            step={5}
            validate={[minValue(0), maxValue(100)]}
            helperText="kompass.actions.progress_help"
          />
          {planning && <SelectInput source="priority" choices={actionPriorityChoices} validate={required()} />}
          <Box sx={{ gridColumn: '1 / -1' }}>
            <TextInput source="expectedEffect" multiline minRows={2} fullWidth />
          </Box>
          {planning && (
            <Box sx={{ gridColumn: '1 / -1' }}>
              <ActionQuestionCodesInput record={record} />
            </Box>
          )}
          <Box sx={{ gridColumn: '1 / -1' }}>
            <TextInput source="comment" multiline minRows={2} fullWidth helperText="kompass.actions.comment_help" />
          </Box>
        </Box>
        {refusal && (
          <Alert severity="error" role="alert" sx={{ mx: 2, mb: 1 }} data-testid="action-refusal">
            {refusal}
          </Alert>
        )}
        <Toolbar>
          <SaveButton />
        </Toolbar>
      </Form>
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          pending={conflictPending}
          error={conflictError}
          onReapply={reapply}
          onDiscard={discard}
        />
      )}
    </>
  );
};

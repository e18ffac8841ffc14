import { useState } from 'react';
import {
  HttpError,
  useDataProvider,
  useGetList,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { Alert, Autocomplete, Box, Button, Checkbox, MenuItem, TextField } from '@mui/material';
import EditIcon from '@mui/icons-material/EditNote';
import { CLOSED_ACTION_STATUSES, type ActionRecord, type DepartmentRecord, type UserRecord } from '@kompass/shared';
import { API_URL, httpClient } from '../api';
import {
  actionPriorityChoices,
  actionStatusChoices,
  DateTextField,
  isDateText,
  parseDateText,
  PendingButton,
  TaskDialog,
} from '../common';

/** Closing an action (done or cancelled) needs a comment. */
const NEEDS_COMMENT = new Set<string>(CLOSED_ACTION_STATUSES);

/**
 * The bulk toolbar of the action lists: one change (owner, department, deadline, priority, status) on the
 * selected rows with PUT /api/actions/bulk. The versions the list showed go along, so a row someone else
 * changed meanwhile refuses the whole batch and the list is reloaded.
 */
export const BulkEditActionsButton = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext<ActionRecord>();
  const [open, setOpen] = useState(false);
  if (!selectedIds.length) return null;
  return (
    <>
      <Button size="small" startIcon={<EditIcon />} onClick={() => setOpen(true)} data-testid="bulk-edit-actions">
        {translate('kompass.bulk_edit.open_count', { smart_count: selectedIds.length })}
      </Button>
      {open && <BulkEditDialog ids={selectedIds} onClose={() => setOpen(false)} />}
    </>
  );
};

const BulkEditDialog = ({ ids, onClose }: { ids: number[]; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const { data: shown = [], resource } = useListContext<ActionRecord>();
  const unselectAll = useUnselectAll(resource);
  const { data: users = [] } = useGetList<UserRecord>('users', {
    filter: { active: true },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: departments = [] } = useGetList<DepartmentRecord>('departments', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [owner, setOwner] = useState<UserRecord | null>(null);
  const [departmentId, setDepartmentId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [priority, setPriority] = useState('');
  const [status, setStatus] = useState('');
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const change = {
    ownerId: owner?.id,
    departmentId: departmentId ? Number(departmentId) : undefined,
    deadline: parseDateText(deadline) ?? undefined,
    priority: priority || undefined,
    status: status || undefined,
    comment: comment.trim() || undefined,
  };
  const nothing = !owner && !departmentId && !deadline && !priority && !status;
  const commentMissing = NEEDS_COMMENT.has(status) && !comment.trim();
  const dateInvalid = !isDateText(deadline);

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      // Versions as the list showed them; selected rows on other pages are read now
      const versions = new Map(shown.map((a) => [a.id, a.version]));
      const unseen = ids.filter((id) => !versions.has(id));
      if (unseen.length)
        for (const a of (await dataProvider.getMany<ActionRecord>('actions', { ids: unseen })).data)
          versions.set(a.id, a.version);
      await httpClient(`${API_URL}/actions/bulk`, {
        method: 'PUT',
        body: JSON.stringify({ actions: ids.map((id) => ({ id, version: versions.get(id) })), ...change }),
      });
      notify('kompass.bulk_edit.saved', { type: 'success', messageArgs: { smart_count: ids.length } });
      unselectAll();
      refresh();
      onClose();
    } catch (cause) {
      const stale =
        cause instanceof HttpError && cause.status === 409
          ? ((cause.body as { staleIds?: number[] })?.staleIds ?? [])
          : [];
      if (stale.length) {
        const titles = stale.map((id) => shown.find((a) => a.id === id)?.title ?? `#${id}`).join(', ');
        setError(translate('kompass.bulk_edit.stale', { smart_count: stale.length, titles }));
        refresh();
      } else setError(cause instanceof Error ? cause.message : String(cause));
      setPending(false);
    }
  };

  return (
    <TaskDialog
      id="bulk-edit"
      title={translate('kompass.bulk_edit.title', { smart_count: ids.length })}
      intro={translate('kompass.bulk_edit.intro')}
      pending={pending}
      onClose={onClose}
      confirm={
        <PendingButton pending={pending} onClick={submit} disabled={nothing || commentMissing || dateInvalid}>
          {translate('kompass.bulk_edit.submit', { smart_count: ids.length })}
        </PendingButton>
      }
    >
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Autocomplete
          options={users}
          value={owner}
          onChange={(_event, user) => setOwner(user)}
          getOptionLabel={(user) => user.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => <TextField {...params} label={translate('kompass.bulk_edit.owner')} />}
        />
        <TextField
          select
          label={translate('kompass.bulk_edit.department')}
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
        >
          <MenuItem value="">{translate('kompass.bulk_edit.unchanged')}</MenuItem>
          {departments.map((d) => (
            <MenuItem key={d.id} value={String(d.id)}>
              {d.name}
            </MenuItem>
          ))}
        </TextField>
        <DateTextField
          label={translate('kompass.bulk_edit.deadline')}
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
        />
        <TextField
          select
          label={translate('kompass.bulk_edit.priority')}
          value={priority}
          onChange={(e) => setPriority(e.target.value)}
        >
          <MenuItem value="">{translate('kompass.bulk_edit.unchanged')}</MenuItem>
          {actionPriorityChoices.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={translate('kompass.bulk_edit.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <MenuItem value="">{translate('kompass.bulk_edit.unchanged')}</MenuItem>
          {actionStatusChoices.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        {NEEDS_COMMENT.has(status) && (
          <TextField
            required
            multiline
            minRows={2}
            label={translate('kompass.bulk_edit.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            helperText={translate('kompass.actions.comment_help')}
          />
        )}
        {error && (
          <Alert severity="error" role="alert" data-testid="bulk-edit-error">
            {error}
          </Alert>
        )}
      </Box>
    </TaskDialog>
  );
};

/**
 * Row checkboxes with the label on the input: react-admin's own put it on the wrapping span, which axe
 * refuses (an unlabelled checkbox), so the action lists draw their own selection column.
 */
export const SelectAllActions = () => {
  const translate = useTranslate();
  const { data = [], selectedIds, onSelect } = useListContext<ActionRecord>();
  const ids = data.map((a) => a.id);
  const all = ids.length > 0 && ids.every((id) => selectedIds.includes(id));
  const some = ids.some((id) => selectedIds.includes(id));
  return (
    <Checkbox
      size="small"
      checked={all}
      indeterminate={some && !all}
      onClick={(event) => event.stopPropagation()}
      onChange={() =>
        onSelect(all ? selectedIds.filter((id) => !ids.includes(id)) : [...new Set([...selectedIds, ...ids])])
      }
      slotProps={{ input: { 'aria-label': translate('ra.action.select_all') } }}
    />
  );
};

export const SelectAction = ({ record }: { record: ActionRecord }) => {
  const translate = useTranslate();
  const { selectedIds, onToggleItem } = useListContext<ActionRecord>();
  return (
    <Checkbox
      size="small"
      checked={selectedIds.includes(record.id)}
      onClick={(event) => event.stopPropagation()}
      onChange={() => onToggleItem(record.id)}
      slotProps={{ input: { 'aria-label': translate('kompass.bulk_edit.select_row', { title: record.title }) } }}
    />
  );
};

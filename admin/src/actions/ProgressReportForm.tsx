import { useRef, useState, type FormEvent } from 'react';
import { useNotify, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { Alert, Box, Button, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/AddLinkOutlined';
import AttachIcon from '@mui/icons-material/AttachFileOutlined';
import RemoveIcon from '@mui/icons-material/DeleteOutlined';
import {
  ActionStatus,
  isOpenStatus,
  JUDGEMENTS,
  type ActionRecord,
  type ApiErrorDetail,
  type Judgement,
} from '@kompass/shared';
import { API_URL, httpClient } from '../api';
import { PendingButton } from '../common';
import { useConflictMessage } from './ConflictDialog';
import { ProgressInput, StatusSelect } from './ProgressFields';

/** The API's limits for evidence files. */
const MAX_FILES = 5;
const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface LinkDraft {
  label: string;
  url: string;
}

export interface ReportDraft {
  comment: string;
  status: ActionStatus;
  progress: string;
  /** The owner's judgement; empty sends none */
  judgement?: Judgement | '';
  links?: LinkDraft[];
  files?: File[];
}

/** What the API's 422 on a progress report means, in the user's language. */
export function reportErrorText(
  error: HttpError,
  status: ActionStatus,
  translate: (key: string, options?: object) => string,
): string {
  const details = (error.body as { details?: ApiErrorDetail[] } | undefined)?.details ?? [];
  if (details.some((d) => d.field === 'comment'))
    return translate(
      status === ActionStatus.Done
        ? 'kompass.actions.comment_required_done'
        : status === ActionStatus.Cancelled
          ? 'kompass.actions.comment_required_cancelled'
          : 'kompass.updates.empty_report',
    );
  return error.message;
}

/**
 * POST /api/actions/:id/updates: JSON, or multipart when files are attached (links then go as a JSON
 * string). Sends status and progress only when they change. Resolves to the updated action.
 */
export async function sendProgressReport(action: ActionRecord, draft: ReportDraft): Promise<ActionRecord> {
  const progress = draft.progress === '' ? undefined : Number(draft.progress);
  const fields: Record<string, unknown> = {
    version: action.version,
    ...(draft.comment.trim() ? { comment: draft.comment.trim() } : {}),
    ...(draft.status !== action.status ? { status: draft.status } : {}),
    ...(progress !== undefined && progress !== action.progress ? { progress } : {}),
    ...(draft.judgement ? { judgement: draft.judgement } : {}),
  };
  const links = (draft.links ?? [])
    .filter((l) => l.url.trim())
    .map((l) => ({ label: l.label.trim() || l.url.trim(), url: l.url.trim() }));
  let body: BodyInit;
  if (draft.files?.length) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
    if (links.length) form.append('links', JSON.stringify(links));
    for (const file of draft.files) form.append('files', file, file.name);
    body = form;
  } else {
    body = JSON.stringify({ ...fields, ...(links.length ? { links } : {}) });
  }
  const { json } = await httpClient(`${API_URL}/actions/${action.id}/updates`, { method: 'POST', body });
  return (json as { action: ActionRecord }).action;
}

/** A progress report with evidence: comment, status, progress, links and attachments. */
export const ProgressReportForm = ({ action }: { action: ActionRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const conflictMessage = useConflictMessage();
  const refresh = useRefresh();
  const fileInput = useRef<HTMLInputElement>(null);
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [progress, setProgress] = useState(String(action.progress));
  const [judgement, setJudgement] = useState<Judgement | ''>('');
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A new version (this report saved, or someone else's change): start from its status and progress, keep the text
  const [seenVersion, setSeenVersion] = useState(action.version);
  if (action.version !== seenVersion) {
    setSeenVersion(action.version);
    setStatus(action.status);
    setProgress(String(action.progress));
  }

  const commentNeeded = status !== action.status && !isOpenStatus(status);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (commentNeeded && !comment.trim()) {
      setError(
        translate(
          status === ActionStatus.Done
            ? 'kompass.actions.comment_required_done'
            : 'kompass.actions.comment_required_cancelled',
        ),
      );
      return;
    }
    if (files.length > MAX_FILES) return setError(translate('kompass.updates.too_many_files', { max: MAX_FILES }));
    if (files.some((f) => f.size > MAX_FILE_BYTES)) return setError(translate('kompass.updates.file_too_large'));
    setPending(true);
    try {
      await sendProgressReport(action, { comment, status, progress, judgement, links, files });
      notify('kompass.updates.sent', { type: 'success' });
      setComment('');
      setJudgement('');
      setLinks([]);
      setFiles([]);
      refresh();
    } catch (cause) {
      const failure = cause as HttpError;
      if (failure.status === 409) {
        setError(conflictMessage(failure.body));
        refresh();
      } else {
        setError(reportErrorText(failure, status, translate));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      sx={{ display: 'grid', gap: 2 }}
      aria-labelledby="report-form-heading"
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
        <StatusSelect value={status} onChange={setStatus} />
        <ProgressInput
          value={progress}
          onChange={setProgress}
          helperText={translate('kompass.actions.progress_help')}
        />
        <TextField
          select
          label={translate('kompass.judgement.label')}
          value={judgement}
          onChange={(event) => setJudgement(event.target.value as Judgement | '')}
          helperText={translate('kompass.judgement.report_help')}
        >
          <MenuItem value="">{translate('kompass.judgement.none')}</MenuItem>
          {JUDGEMENTS.map((j) => (
            <MenuItem key={j} value={j}>
              {translate(`kompass.judgements.${j}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <TextField
        label={translate('kompass.updates.comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        multiline
        minRows={3}
        required={commentNeeded}
        helperText={translate(commentNeeded ? 'kompass.actions.comment_help' : 'kompass.updates.comment_help')}
      />
      <Box component="fieldset" sx={{ border: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
        <Typography component="legend" variant="subtitle2" sx={{ fontWeight: 600 }}>
          {translate('kompass.updates.evidence')}
        </Typography>
        {links.map((link, index) => (
          <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <TextField
              size="small"
              label={translate('kompass.updates.link_label', { number: index + 1 })}
              value={link.label}
              onChange={(event) =>
                setLinks(links.map((l, i) => (i === index ? { ...l, label: event.target.value } : l)))
              }
            />
            <TextField
              size="small"
              type="url"
              label={translate('kompass.updates.link_url', { number: index + 1 })}
              value={link.url}
              placeholder="https://"
              onChange={(event) => setLinks(links.map((l, i) => (i === index ? { ...l, url: event.target.value } : l)))}
              sx={{ flex: 1, minWidth: 240 }}
            />
            <IconButton
              aria-label={translate('kompass.updates.remove_link', { number: index + 1 })}
              onClick={() => setLinks(links.filter((_, i) => i !== index))}
            >
              <RemoveIcon />
            </IconButton>
          </Box>
        ))}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() => setLinks([...links, { label: '', url: '' }])}
            disabled={links.length >= 20}
          >
            {translate('kompass.updates.add_link')}
          </Button>
          <Button size="small" startIcon={<AttachIcon />} onClick={() => fileInput.current?.click()}>
            {translate('kompass.updates.attach')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            multiple
            hidden
            data-testid="report-files"
            aria-label={translate('kompass.updates.attach')}
            onChange={(event) => {
              setFiles([...files, ...Array.from(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <Typography variant="body2" color="text.secondary">
            {translate('kompass.updates.file_limits', { max: MAX_FILES })}
          </Typography>
        </Box>
        {files.length > 0 && (
          <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="report-file-list">
            {files.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                {file.name} ({Math.max(1, Math.round(file.size / 1024))} kB){' '}
                <Button size="small" onClick={() => setFiles(files.filter((_, i) => i !== index))}>
                  {translate('kompass.updates.remove_file', { name: file.name })}
                </Button>
              </li>
            ))}
          </Box>
        )}
      </Box>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Box>
        <PendingButton pending={pending} type="submit">
          {translate('kompass.updates.submit')}
        </PendingButton>
      </Box>
    </Box>
  );
};

import { useRef, useState, type FormEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/AddLinkOutlined';
import AttachIcon from '@mui/icons-material/AttachFileOutlined';
import RemoveIcon from '@mui/icons-material/DeleteOutlined';
import { JUDGEMENTS, type ActionRecord, type Judgement } from '@kompass/shared';
import { PendingButton } from '../common';
import { ProgressInput, StatusSelect } from './ProgressFields';
import { useProgressReport, type LinkDraft } from './useProgressReport';

/** The API's limits for evidence files. */
const MAX_FILES = 5;
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A progress report with evidence: comment, status, progress, links and attachments. */
export const ProgressReportForm = ({ action }: { action: ActionRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const fileInput = useRef<HTMLInputElement>(null);
  const { status, setStatus, progress, setProgress, pending, error, commentNeeded, send } = useProgressReport(action);
  const [comment, setComment] = useState('');
  const [judgement, setJudgement] = useState<Judgement | ''>('');
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [files, setFiles] = useState<File[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tooMuch = () =>
      files.length > MAX_FILES
        ? translate('kompass.updates.too_many_files', { max: MAX_FILES })
        : files.some((f) => f.size > MAX_FILE_BYTES)
          ? translate('kompass.updates.file_too_large')
          : null;
    if (!(await send({ comment, judgement, links, files }, tooMuch))) return;
    notify('kompass.updates.sent', { type: 'success' });
    setComment('');
    setJudgement('');
    setLinks([]);
    setFiles([]);
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

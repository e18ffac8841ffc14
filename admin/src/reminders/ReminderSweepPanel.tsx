import { useState } from 'react';
import { Link, useTranslate, type HttpError } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import {
  reasonDays,
  type ApiError,
  type ReminderPreviewDigest,
  type ReminderPreviewResponse,
  type ReminderReasonKind,
  type ReminderRunResponse,
} from '@kompass/shared';
import { API_URL, httpClient, translateApiError } from '../api';
import { formatDate } from '../common';

/** Today in the browser's clock, as YYYY-MM-DD (the API's default day is today in its own time zone). */
const today = () => new Date().toLocaleDateString('sv-SE');

const errorText = (cause: unknown) => {
  const body = (cause as HttpError).body as ApiError | undefined;
  return body?.message ? translateApiError(body) : (cause as Error).message;
};

/** The day count a reason is shown with, by the key of its text (a closing shows none). */
const DAYS_TEXT: Record<ReminderReasonKind, 'deadline' | 'overdue' | 'stale' | null> = {
  deadline: 'deadline',
  overdue: 'overdue',
  escalation: 'overdue',
  stale: 'stale',
  closing: null,
};

/** Why an action is listed, in words: "slutdatum om 3 dagar", "5 dagar försenad"… */
const ReasonText = ({ action }: { action: ReminderPreviewDigest['actions'][number] }) => {
  const translate = useTranslate();
  const key = DAYS_TEXT[action.reason.kind];
  const parts = [key ? translate(`kompass.reminders.days.${key}`, { smart_count: reasonDays(action.reason) }) : null];
  if (action.onBehalfOf)
    parts.push(
      translate('kompass.reminders.on_behalf_of', {
        name: action.onBehalfOf.name,
        until: formatDate(action.onBehalfOf.until),
      }),
    );
  return <>{parts.filter(Boolean).join(' · ')}</>;
};

const PreviewTable = ({ digests }: { digests: ReminderPreviewDigest[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="reminder-preview">
      <TableHead>
        <TableRow>
          <TableCell component="th">{translate('kompass.reminders.recipient')}</TableCell>
          <TableCell component="th">{translate('kompass.reminders.kind')}</TableCell>
          <TableCell component="th">{translate('kompass.reminders.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {digests.map((digest) => (
          <TableRow
            key={`${digest.recipient.userId}-${digest.kind}-${digest.plans[0]?.planId ?? ''}`}
            sx={{ verticalAlign: 'top' }}
          >
            <TableCell>
              {digest.recipient.name}
              <Typography variant="body2" color="text.secondary">
                {digest.recipient.email}
              </Typography>
            </TableCell>
            <TableCell>{translate(`kompass.notification_kinds.${digest.kind}`)}</TableCell>
            <TableCell>
              {digest.plans.length > 0 && (
                <Typography variant="body2">{digest.plans.map((p) => p.title).join(', ')}</Typography>
              )}
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {digest.actions.map((action) => (
                  <li key={action.actionId}>
                    <Link to={`/actions/${action.actionId}/show`}>{action.title}</Link>{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      ({formatDate(action.deadline)}
                      {DAYS_TEXT[action.reason.kind] ? ', ' : ''}
                      <ReasonText action={action} />)
                    </Typography>
                  </li>
                ))}
              </Box>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** "Förhandsgranska" (a dry run on a chosen day) and "Skicka nu" (today's sweep, idempotent per day). */
export const ReminderSweepPanel = ({ municipalityId }: { municipalityId: number }) => {
  const translate = useTranslate();
  const [date, setDate] = useState(today());
  const [preview, setPreview] = useState<ReminderPreviewResponse | null>(null);
  const [run, setRun] = useState<ReminderRunResponse | null>(null);
  const [error, setError] = useState<{ where: 'preview' | 'run'; text: string } | null>(null);
  const [pending, setPending] = useState<'preview' | 'run' | null>(null);

  const call = async <T,>(where: 'preview' | 'run', body: object): Promise<T | null> => {
    setPending(where);
    setError(null);
    try {
      return (
        await httpClient(`${API_URL}/reminders/${where}`, {
          method: 'POST',
          body: JSON.stringify({ ...body, municipalityId }),
        })
      ).json as T;
    } catch (cause) {
      setError({ where, text: errorText(cause) });
      return null;
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <Box component="section" aria-labelledby="reminders-preview" sx={{ display: 'grid', gap: 2 }}>
        <Typography id="reminders-preview" component="h2" variant="h6">
          {translate('kompass.reminders.preview_heading')}
        </Typography>
        <Typography>{translate('kompass.reminders.preview_help')}</Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            type="date"
            label={translate('kompass.reminders.preview_date')}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'preview-date' } }}
          />
          <Button
            variant="outlined"
            disabled={!date || pending !== null}
            onClick={async () => setPreview(await call<ReminderPreviewResponse>('preview', { date }))}
          >
            {translate('kompass.reminders.preview')}
          </Button>
        </Box>
        {error?.where === 'preview' && <Alert severity="error">{error.text}</Alert>}
        {preview && (
          <Box role="status" sx={{ display: 'grid', gap: 1 }}>
            {!preview.workingDay ? (
              <Alert severity="info">
                {translate('kompass.reminders.not_working_day', { date: formatDate(preview.date) })}
              </Alert>
            ) : preview.digests.length === 0 ? (
              <Alert severity="info">{translate('kompass.reminders.preview_none')}</Alert>
            ) : (
              <>
                <Typography>
                  {translate('kompass.reminders.preview_count', { smart_count: preview.digests.length })}
                </Typography>
                <PreviewTable digests={preview.digests} />
              </>
            )}
          </Box>
        )}
      </Box>
      <Box component="section" aria-labelledby="reminders-run" sx={{ display: 'grid', gap: 2 }}>
        <Typography id="reminders-run" component="h2" variant="h6">
          {translate('kompass.reminders.run_heading')}
        </Typography>
        <Typography>{translate('kompass.reminders.run_help')}</Typography>
        <Box>
          <Button
            variant="contained"
            disabled={pending !== null}
            onClick={async () => setRun(await call<ReminderRunResponse>('run', {}))}
          >
            {translate('kompass.reminders.run')}
          </Button>
        </Box>
        {error?.where === 'run' && <Alert severity="error">{error.text}</Alert>}
        {run && (
          <Alert
            severity={run.counts.queued ? 'success' : 'info'}
            role="status"
            data-testid="reminder-run-result"
            action={<Link to="/notifications">{translate('kompass.reminders.open_outbox')}</Link>}
          >
            {!run.workingDay
              ? translate('kompass.reminders.run_not_working_day')
              : run.counts.queued
                ? translate('kompass.reminders.run_done', { smart_count: run.counts.queued })
                : translate('kompass.reminders.run_nothing')}
          </Alert>
        )}
      </Box>
    </>
  );
};

import { useState } from 'react';
import {
  Show,
  TopToolbar,
  ListButton,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { Alert, Box, Button, CardContent, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/ReplayOutlined';
import { NotificationStatus, type ApiError, type NotificationDetail } from '@kompass/shared';
import { API_URL, httpClient, translateApiError } from '../api';
import { formatDateTime, useRole } from '../common';
import { NotificationStatusChip } from '../common/StatusChips';

/** POST /api/notifications/:id/retry, for a failed mail (coordinators and admins; the API says the same). */
const RetryButton = ({ record }: { record: NotificationDetail }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const retry = async () => {
    setPending(true);
    try {
      await httpClient(`${API_URL}/notifications/${record.id}/retry`, { method: 'POST' });
      notify('kompass.mail.retried', { type: 'success' });
      refresh();
    } catch (cause) {
      const body = (cause as HttpError).body as ApiError | undefined;
      notify(body?.message ? translateApiError(body) : (cause as Error).message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button variant="contained" startIcon={<ReplayIcon />} onClick={retry} disabled={pending}>
      {translate('kompass.mail.retry')}
    </Button>
  );
};

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <>
    <Typography component="dt" sx={{ fontWeight: 600 }}>
      {label}
    </Typography>
    <Box component="dd" sx={{ m: 0 }}>
      {children}
    </Box>
  </>
);

/**
 * One mail as it went out: its facts (status, attempts, last error), then the HTML in a sandboxed frame (no
 * scripts, no same origin: srcdoc with an empty sandbox) and the text body.
 */
/** One form of the mail (HTML or plain text) under its heading. */
const MailPart = ({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <section aria-labelledby={id}>
      <Typography id={id} component="h2" variant="h6" gutterBottom>
        {translate(heading)}
      </Typography>
      {children}
    </section>
  );
};

const MailView = () => {
  const record = useRecordContext<NotificationDetail>();
  const translate = useTranslate();
  const role = useRole();
  if (!record) return null;
  const field = (name: string) => translate(`resources.notifications.fields.${name}`);
  const canRetry =
    record.status === NotificationStatus.Failed &&
    record.supersededById === null &&
    (role === 'admin' || role === 'coordinator');
  return (
    <CardContent sx={{ display: 'grid', gap: 2 }}>
      <Typography component="h1" variant="h5">
        {record.subject}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0 }}
      >
        <Fact label={translate('kompass.mail.to')}>{record.email}</Fact>
        <Fact label={field('kind')}>{translate(`kompass.notification_kinds.${record.kind}`)}</Fact>
        <Fact label={field('date')}>{record.date}</Fact>
        <Fact label={field('status')}>
          <NotificationStatusChip status={record.status} />
        </Fact>
        <Fact label={field('attempts')}>
          <span data-testid="mail-attempts">{record.attempts}</span>
        </Fact>
        <Fact label={field('sentAt')}>{formatDateTime(record.sentAt) || '–'}</Fact>
        {record.supersededById && (
          <Fact label={field('status')}>{translate('kompass.outbox.superseded', { id: record.supersededById })}</Fact>
        )}
      </Box>
      {record.lastError && (
        <Alert severity="error" data-testid="mail-error">
          <strong>{translate('kompass.mail.last_error')}:</strong> {record.lastError}
        </Alert>
      )}
      {canRetry && (
        <Box>
          <RetryButton record={record} />
        </Box>
      )}
      {record.bodyHtml === null && record.bodyText === null ? (
        <Alert severity="info">{translate('kompass.mail.not_sent')}</Alert>
      ) : (
        <>
          {record.bodyHtml !== null && (
            <MailPart id="mail-html" heading="kompass.mail.html_heading">
              <Box
                component="iframe"
                title={translate('kompass.mail.html_frame')}
                srcDoc={record.bodyHtml}
                sandbox=""
                data-testid="mail-html-frame"
                sx={{ width: '100%', height: 480, border: 1, borderColor: 'divider' }}
              />
            </MailPart>
          )}
          {record.bodyText !== null && (
            <MailPart id="mail-text" heading="kompass.mail.text_heading">
              <Box
                component="pre"
                data-testid="mail-text"
                sx={{
                  whiteSpace: 'pre-wrap',
                  fontFamily: 'monospace',
                  bgcolor: 'grey.50',
                  p: 2,
                  m: 0,
                  overflowWrap: 'anywhere',
                }}
              >
                {record.bodyText}
              </Box>
            </MailPart>
          )}
        </>
      )}
    </CardContent>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/** Utskick: one outbox row with its bodies as sent, and "Skicka igen" for a failed one. */
const NotificationShow = () => (
  <Show actions={<ShowActions />}>
    <MailView />
  </Show>
);

export default NotificationShow;

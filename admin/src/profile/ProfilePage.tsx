import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Title, useLocaleState, useNotify, useTranslate, type HttpError } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import CopyIcon from '@mui/icons-material/ContentCopyOutlined';
import RenewIcon from '@mui/icons-material/AutorenewOutlined';
import {
  PASSWORD_MIN_LENGTH,
  type ApiErrorDetail,
  type Locale,
  type LoginResponse,
  type UserRecord,
} from '@kompass/shared';
import { API_URL, httpClient } from '../api';
import { LOCALES } from '../i18n';
import { useApiGet } from '../common/query';
import { getStoredUser, saveSession, saveUser } from '../session';
import { DigestPauseForm } from '../users/DigestPauseForm';
import { PendingButton, Section } from '../common';

/** The API's minimum (backend/src/auth/password.ts); checked here too, for a quicker answer. */

/** The UI language, saved on the profile (PUT /api/auth/me {locale}) so the next login opens in it. */
const LanguageSection = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale, setLocale] = useLocaleState();
  // The language switch re-renders the whole app (a notification would be lost with it): the page itself,
  // now in the chosen language, is the confirmation. Only a failure to save is reported.
  const choose = async (next: Locale) => {
    setLocale(next);
    try {
      const { json } = await httpClient(`${API_URL}/auth/me`, {
        method: 'PUT',
        body: JSON.stringify({ locale: next }),
      });
      const user = getStoredUser();
      if (user) saveUser({ ...user, ...(json as LoginResponse).user, locale: next });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Section id="profile-language" title="kompass.profile.language_heading">
      <RadioGroup
        aria-labelledby="profile-language"
        value={locale}
        onChange={(event) => choose(event.target.value as Locale)}
      >
        {LOCALES.map(({ locale: value, name }) => (
          <FormControlLabel key={value} value={value} control={<Radio />} label={<span lang={value}>{name}</span>} />
        ))}
      </RadioGroup>
      <Typography variant="body2" color="text.secondary">
        {translate('kompass.profile.language_help')}
      </Typography>
    </Section>
  );
};

/** PUT /api/auth/me {currentPassword, newPassword}: older sessions end, so the fresh token is stored. */
const PasswordSection = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!current) problems.current = translate('ra.validation.required');
    if (next.length < PASSWORD_MIN_LENGTH)
      problems.next = translate('kompass.profile.password_too_short', { min: PASSWORD_MIN_LENGTH });
    if (repeat !== next) problems.repeat = translate('kompass.profile.password_mismatch');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setPending(true);
    try {
      const { json } = await httpClient(`${API_URL}/auth/me`, {
        method: 'PUT',
        body: JSON.stringify({ currentPassword: current, newPassword: next }),
      });
      const { accessToken, user } = json as LoginResponse;
      saveSession(accessToken, user);
      setCurrent('');
      setNext('');
      setRepeat('');
      notify('kompass.profile.password_changed', { type: 'success' });
    } catch (cause) {
      const error = cause as HttpError;
      const details = (error.body as { details?: ApiErrorDetail[] } | undefined)?.details ?? [];
      if (details.some((d) => d.field === 'currentPassword'))
        setErrors({ current: translate('kompass.profile.password_wrong') });
      else if (details.some((d) => d.field === 'newPassword'))
        setErrors({
          next: details
            .filter((d) => d.field === 'newPassword')
            .map((d) => d.message)
            .join('; '),
        });
      else notify(error.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Section id="profile-password" title="kompass.profile.password_heading">
      <Box
        component="form"
        onSubmit={submit}
        noValidate
        sx={{ display: 'grid', gap: 2, maxWidth: 420 }}
        aria-labelledby="profile-password"
      >
        {/* A hidden user name helps password managers file the new password under the right account */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={getStoredUser()?.email ?? ''}
          readOnly
          hidden
        />
        <TextField
          type="password"
          label={translate('kompass.profile.current_password')}
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={!!errors.current}
          helperText={errors.current}
          required
        />
        <TextField
          type="password"
          label={translate('kompass.profile.new_password')}
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
          error={!!errors.next}
          helperText={errors.next ?? translate('kompass.profile.password_help', { min: PASSWORD_MIN_LENGTH })}
          required
        />
        <TextField
          type="password"
          label={translate('kompass.profile.repeat_password')}
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={!!errors.repeat}
          helperText={errors.repeat}
          required
        />
        <Box>
          <PendingButton pending={pending} type="submit">
            {translate('kompass.profile.change_password')}
          </PendingButton>
        </Box>
      </Box>
    </Section>
  );
};

/** The personal calendar feed of one's deadlines (GET /api/auth/me/calendar; POST makes a new one). */
const CalendarSection = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useApiGet<{ calendarUrl: string }>('/auth/me/calendar');
  const [rotating, setRotating] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const copy = async () => {
    if (!data) return;
    try {
      await navigator.clipboard.writeText(data.calendarUrl);
      notify('kompass.profile.calendar_copied', { type: 'success' });
    } catch {
      // No clipboard (http, or permission refused): select the text so ctrl+C works
      (document.getElementById('profile-calendar-url') as HTMLInputElement | null)?.select();
      notify('kompass.profile.calendar_copy_manually', { type: 'info' });
    }
  };

  const rotate = async () => {
    setRotating(true);
    try {
      const { json } = await httpClient(`${API_URL}/auth/me/calendar`, { method: 'POST' });
      queryClient.setQueryData(['kompass-api', '/auth/me/calendar'], json);
      notify('kompass.profile.calendar_rotated', { type: 'success' });
    } catch (cause) {
      notify(cause instanceof Error ? cause.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setRotating(false);
      setConfirming(false);
    }
  };

  return (
    <Section id="profile-calendar" title="kompass.profile.calendar_heading">
      <Typography sx={{ mb: 2, maxWidth: 720 }}>{translate('kompass.profile.calendar_intro')}</Typography>
      {isPending ? (
        <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
      ) : error || !data ? (
        <Alert severity="error">{error?.message ?? translate('ra.notification.http_error')}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              id="profile-calendar-url"
              label={translate('kompass.profile.calendar_url')}
              value={data.calendarUrl}
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'calendar-url' } }}
              onFocus={(event) => event.target.select()}
              sx={{ flex: 1, minWidth: 320 }}
            />
            <Button variant="outlined" startIcon={<CopyIcon />} onClick={copy}>
              {translate('kompass.profile.calendar_copy')}
            </Button>
          </Box>
          {confirming ? (
            <Alert
              severity="warning"
              action={
                <Box sx={{ display: 'flex', gap: 1 }}>
                  <Button color="inherit" size="small" onClick={() => setConfirming(false)} disabled={rotating}>
                    {translate('ra.action.cancel')}
                  </Button>
                  <Button color="inherit" size="small" variant="outlined" onClick={rotate} disabled={rotating}>
                    {translate('kompass.profile.calendar_rotate_confirm')}
                  </Button>
                </Box>
              }
            >
              {translate('kompass.profile.calendar_rotate_warning')}
            </Alert>
          ) : (
            <Box>
              <Button startIcon={<RenewIcon />} onClick={() => setConfirming(true)}>
                {translate('kompass.profile.calendar_rotate')}
              </Button>
            </Box>
          )}
        </Box>
      )}
    </Section>
  );
};

/** One's own leave of absence: no digests then (read fresh, as a coordinator may have set it). */
const PauseSection = ({ userId }: { userId: number }) => {
  const { data } = useApiGet<UserRecord>(`/users/${userId}`);
  return (
    <Section id="profile-pause" title="kompass.pause.heading">
      {data && <DigestPauseForm user={data} self />}
    </Section>
  );
};

/** Min profil: who I am, the language, a new password, my calendar link and a pause of reminders. */
const ProfilePage = () => {
  const translate = useTranslate();
  const user = getStoredUser();
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 900 }}>
      <Title title="kompass.profile.title" />
      <Section id="profile-heading" title="kompass.profile.title" level="h1">
        {user && (
          <Typography>
            {translate('kompass.profile.who', {
              name: user.name,
              email: user.email,
              role: translate(`kompass.roles.${user.role}`),
            })}
          </Typography>
        )}
      </Section>
      <LanguageSection />
      <PasswordSection />
      <CalendarSection />
      {user && <PauseSection userId={user.id} />}
    </Box>
  );
};

export default ProfilePage;

import { useState, type FormEvent } from 'react';
import { useNotify, useTranslate, type HttpError } from 'react-admin';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import type { ApiError, UserRecord } from '@kompass/shared';
import { API_URL, httpClient, translateApiError } from '../api';
import { formatDate } from '../common';

interface DigestPauseFormProps {
  user: Pick<UserRecord, 'id' | 'pausedFrom' | 'pausedUntil'>;
  /** One's own pause (profile) or someone else's (a coordinator on the user's page) */
  self: boolean;
  onSaved?: (user: UserRecord) => void;
}

/**
 * A leave of absence: PUT /api/users/:id/digest-pause {pausedFrom, pausedUntil}. Checked here for a quick
 * answer (both days, in order); the API checks the same and its message is shown when it refuses.
 */
export const DigestPauseForm = ({ user, self, onSaved }: DigestPauseFormProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [from, setFrom] = useState(user.pausedFrom ?? '');
  const [until, setUntil] = useState(user.pausedUntil ?? '');
  const [current, setCurrent] = useState({ from: user.pausedFrom, until: user.pausedUntil });
  const [errors, setErrors] = useState<{ from?: string; until?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  const save = async (pausedFrom: string | null, pausedUntil: string | null) => {
    setPending(true);
    try {
      const { json } = await httpClient(`${API_URL}/users/${user.id}/digest-pause`, {
        method: 'PUT',
        body: JSON.stringify({ pausedFrom, pausedUntil }),
      });
      const saved = json as UserRecord;
      setCurrent({ from: saved.pausedFrom, until: saved.pausedUntil });
      setFrom(saved.pausedFrom ?? '');
      setUntil(saved.pausedUntil ?? '');
      notify(pausedFrom ? 'kompass.pause.saved' : 'kompass.pause.cleared', { type: 'success' });
      onSaved?.(saved);
    } catch (cause) {
      const body = (cause as HttpError).body as ApiError | undefined;
      setErrors({ form: body?.message ? translateApiError(body) : (cause as Error).message });
    } finally {
      setPending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof errors = {};
    if (!from) problems.from = translate('kompass.pause.both_required');
    if (!until) problems.until = translate('kompass.pause.both_required');
    if (from && until && until < from) problems.until = translate('kompass.pause.until_before_from');
    setErrors(problems);
    if (!Object.keys(problems).length) void save(from, until);
  };

  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      sx={{ display: 'grid', gap: 2, maxWidth: 520 }}
      data-testid="digest-pause"
    >
      <Typography sx={{ maxWidth: 720 }}>
        {translate(self ? 'kompass.pause.help' : 'kompass.pause.help_other')}
      </Typography>
      <Typography data-testid="digest-pause-current">
        {current.from && current.until
          ? translate('kompass.pause.current', { from: formatDate(current.from), until: formatDate(current.until) })
          : translate('kompass.pause.none')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          type="date"
          label={translate('kompass.pause.from')}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={!!errors.from}
          helperText={errors.from}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
        <TextField
          type="date"
          label={translate('kompass.pause.until')}
          value={until}
          onChange={(event) => setUntil(event.target.value)}
          error={!!errors.until}
          helperText={errors.until}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
      </Box>
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={pending}>
          {translate('kompass.pause.save')}
        </Button>
        {current.from && (
          <Button onClick={() => void save(null, null)} disabled={pending}>
            {translate('kompass.pause.clear')}
          </Button>
        )}
      </Box>
    </Box>
  );
};

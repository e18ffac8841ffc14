import { useState, type FormEvent } from 'react';
import { useNotify, useTranslate, type HttpError } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Checkbox, FormControlLabel, TextField } from '@mui/material';
import type { ApiError, ReminderSettingsRecord } from '@kompass/shared';
import { API_URL, httpClient, translateApiError } from '../api';

/** The API's bounds (UpdateReminderSettingsDto), checked here too for an answer next to the field. */
const BOUNDS = { repeatDays: [1, 90], staleDays: [1, 365], escalationDays: [1, 365] } as const;
type NumberField = keyof typeof BOUNDS;

/** "14, 3" → [14, 3]; null when it is not up to five distinct whole numbers 0..120. */
export function parseDeadlineDays(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 5 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const days = parts.map(Number);
  if (days.some((d) => d > 120) || new Set(days).size !== days.length) return null;
  return days;
}

/** The municipality's rules, edited as a whole: PUT /api/reminder-settings/:municipalityId. */
export const ReminderRulesForm = ({ settings }: { settings: ReminderSettingsRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [leadershipSummary, setLeadershipSummary] = useState(settings.leadershipSummary);
  const [deadlineDays, setDeadlineDays] = useState(settings.deadlineDays.join(', '));
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    repeatDays: String(settings.repeatDays),
    staleDays: String(settings.staleDays),
    escalationDays: String(settings.escalationDays),
  });
  const [errors, setErrors] = useState<Partial<Record<NumberField | 'deadlineDays' | 'form', string>>>({});
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof errors = {};
    const days = parseDeadlineDays(deadlineDays);
    if (!days) problems.deadlineDays = translate('kompass.reminders.invalid_days');
    for (const [name, [min, max]] of Object.entries(BOUNDS) as [NumberField, readonly [number, number]][]) {
      const value = numbers[name].trim();
      if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
        problems[name] = translate('kompass.reminders.invalid_number', { min, max });
    }
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setPending(true);
    try {
      const body = {
        enabled,
        leadershipSummary,
        deadlineDays: days,
        repeatDays: Number(numbers.repeatDays),
        staleDays: Number(numbers.staleDays),
        escalationDays: Number(numbers.escalationDays),
      };
      const { json } = await httpClient(`${API_URL}/reminder-settings/${settings.municipalityId}`, {
        method: 'PUT',
        body: JSON.stringify(body),
      });
      queryClient.setQueryData(['kompass-api', `/reminder-settings/${settings.municipalityId}`], json);
      setDeadlineDays((json as ReminderSettingsRecord).deadlineDays.join(', '));
      notify('kompass.reminders.saved', { type: 'success' });
    } catch (cause) {
      const apiError = (cause as HttpError).body as ApiError | undefined;
      setErrors({ form: apiError?.message ? translateApiError(apiError) : (cause as Error).message });
    } finally {
      setPending(false);
    }
  };

  const numberField = (name: NumberField, label: string) => (
    <TextField
      label={translate(label)}
      value={numbers[name]}
      onChange={(event) => setNumbers({ ...numbers, [name]: event.target.value })}
      error={!!errors[name]}
      helperText={errors[name]}
      slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': `rule-${name}` } }}
      required
    />
  );

  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      sx={{ display: 'grid', gap: 2, maxWidth: 560 }}
      aria-label={translate('kompass.reminders.rules_heading')}
    >
      <FormControlLabel
        control={<Checkbox checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />}
        label={translate('kompass.reminders.enabled')}
      />
      <TextField
        label={translate('kompass.reminders.deadline_days')}
        value={deadlineDays}
        onChange={(event) => setDeadlineDays(event.target.value)}
        error={!!errors.deadlineDays}
        helperText={errors.deadlineDays ?? translate('kompass.reminders.deadline_days_help')}
        slotProps={{ htmlInput: { 'data-testid': 'rule-deadlineDays' } }}
      />
      {numberField('repeatDays', 'kompass.reminders.repeat_days')}
      {numberField('staleDays', 'kompass.reminders.stale_days')}
      {numberField('escalationDays', 'kompass.reminders.escalation_days')}
      <FormControlLabel
        control={
          <Checkbox checked={leadershipSummary} onChange={(event) => setLeadershipSummary(event.target.checked)} />
        }
        label={translate('kompass.reminders.leadership_summary')}
      />
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
      <Box>
        <Button type="submit" variant="contained" disabled={pending}>
          {translate('kompass.reminders.save')}
        </Button>
      </Box>
    </Box>
  );
};

import { useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, CircularProgress, MenuItem, TextField, Typography } from '@mui/material';
import { Role, type MunicipalityRecord, type ReminderSettingsRecord } from '@kompass/shared';
import { canRead } from '../access';
import { Section, useMe, useRole } from '../common';
import { useApiGet } from '../common/query';
import { ReminderRulesForm } from './ReminderRulesForm';
import { ReminderSweepPanel } from './ReminderSweepPanel';

/** An admin belongs to no municipality, so picks one; a coordinator works in their own. */
const MunicipalityPicker = ({ value, onChange }: { value: number | null; onChange: (id: number) => void }) => {
  const translate = useTranslate();
  const { data = [] } = useGetList<MunicipalityRecord>('municipalities', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <TextField
      select
      label={translate('kompass.reminders.municipality')}
      value={value ?? ''}
      onChange={(event) => onChange(Number(event.target.value))}
      sx={{ minWidth: 280 }}
    >
      {data.map((m) => (
        <MenuItem key={m.id} value={m.id}>
          {m.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

const Rules = ({ municipalityId }: { municipalityId: number }) => {
  const translate = useTranslate();
  const { data, error, isPending } = useApiGet<ReminderSettingsRecord>(`/reminder-settings/${municipalityId}`);
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error || !data)
    return <Alert severity="error">{error?.message ?? translate('ra.notification.http_error')}</Alert>;
  return <ReminderRulesForm key={`${municipalityId}-${data.updatedAt}`} settings={data} />;
};

/** Påminnelser: the municipality's rules, a dry run on a chosen day, and "Skicka nu". Coordinators and admins. */
const RemindersPage = () => {
  const translate = useTranslate();
  const role = useRole();
  const me = useMe();
  const [chosen, setChosen] = useState<number | null>(null);
  const municipalityId = role === Role.Admin ? chosen : (me?.municipalityId ?? null);
  if (role && !canRead(role, 'reminders'))
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('ra.notification.not_authorized')}
      </Alert>
    );
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 1000 }}>
      <Title title="kompass.reminders.title" />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography component="h1" variant="h5">
            {translate('kompass.reminders.title')}
          </Typography>
          {role === Role.Admin && (
            <>
              <Typography>{translate('kompass.reminders.choose_municipality')}</Typography>
              <MunicipalityPicker value={chosen} onChange={setChosen} />
            </>
          )}
        </CardContent>
      </Card>
      {municipalityId !== null && (
        <>
          <Section id="reminders-rules" title="kompass.reminders.rules_heading">
            <Rules municipalityId={municipalityId} />
          </Section>
          <Card>
            <CardContent sx={{ display: 'grid', gap: 4 }}>
              <ReminderSweepPanel key={municipalityId} municipalityId={municipalityId} />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
};

export default RemindersPage;

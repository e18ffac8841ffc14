import { useCallback, useEffect, useState } from 'react';
import { Loading, Title, useGetOne, useNotify, useParams, useTranslate } from 'react-admin';
import {
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import {
  PUBLIC_LICENCE_IDS,
  PUBLIC_LICENCES,
  type ActionPlanRecord,
  type ActionPublicationRecord,
  type MunicipalityRecord,
  type PlanPublicationRecord,
  type PublicProfileRecord,
} from '@kompass/shared';
import { httpClient } from '../api';
import { formatDate } from '../common';

const put = (url: string, body: unknown) =>
  httpClient(url, { method: 'PUT', body: JSON.stringify(body) }).then((r) => r.json);

/** The coordinator's page for /oppet/<kommunkod>: publish the plan, choose actions and texts, and preview it. */
export const PublicationPage = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const { data: plan } = useGetOne<ActionPlanRecord>('action-plans', { id: Number(id) });
  const { data: municipality } = useGetOne<MunicipalityRecord>(
    'municipalities',
    { id: plan?.municipalityId ?? 0 },
    { enabled: !!plan },
  );
  const [publication, setPublication] = useState<PlanPublicationRecord>();
  const [previewKey, setPreviewKey] = useState(0);
  const failed = useCallback((error: Error) => notify(error.message, { type: 'error' }), [notify]);

  useEffect(() => {
    httpClient(`/api/action-plans/${id}/publication`).then((r) => setPublication(r.json), failed);
  }, [id, failed]);

  const savePlan = (change: Partial<PlanPublicationRecord>) =>
    put(`/api/action-plans/${id}/publication`, change).then((next) => {
      setPublication(next);
      setPreviewKey((k) => k + 1);
      notify('kompass.public_page.saved', { type: 'success' });
    }, failed);

  if (!plan || !publication || !municipality) return <Loading />;
  const url = `/oppet/${municipality.code}`;
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
      <Title title={translate('kompass.public_page.title', { title: plan.title })} />
      <Typography component="h1" variant="h5">
        {translate('kompass.public_page.title', { title: plan.title })}
      </Typography>
      <Typography>{translate('kompass.public_page.intro', { url: `${window.location.origin}${url}` })}</Typography>
      <Card component="section" aria-labelledby="publication-plan">
        <CardContent>
          <Typography id="publication-plan" component="h2" variant="h6">
            {translate('kompass.public_page.plan_heading')}
          </Typography>
          <FormControlLabel
            control={
              <Switch checked={publication.published} onChange={(e) => savePlan({ published: e.target.checked })} />
            }
            label={translate('kompass.public_page.published')}
          />
          <FormControlLabel
            control={
              <Switch
                checked={publication.actionsPublishedByDefault}
                onChange={(e) => savePlan({ actionsPublishedByDefault: e.target.checked })}
              />
            }
            label={translate('kompass.public_page.default_published')}
          />
          <Typography role="status">
            {publication.published && publication.publishedAt
              ? translate('kompass.public_page.published_at', {
                  date: formatDate(publication.publishedAt.slice(0, 10)),
                })
              : translate('kompass.public_page.not_published')}
          </Typography>
          {publication.published && (
            <Button href={url} target="_blank" rel="noopener">
              {translate('kompass.public_page.open_public')}
            </Button>
          )}
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="publication-actions">
        <CardContent>
          <Typography id="publication-actions" component="h2" variant="h6">
            {translate('kompass.public_page.actions_heading')}
          </Typography>
          {publication.actions.map((action) => (
            <ActionPublicationRow
              key={action.actionId}
              action={action}
              onSaved={() => setPreviewKey((k) => k + 1)}
              onError={failed}
            />
          ))}
        </CardContent>
      </Card>
      <ProfileSettings
        municipalityId={plan.municipalityId}
        onSaved={() => setPreviewKey((k) => k + 1)}
        onError={failed}
      />
      <Preview planId={plan.id} refresh={previewKey} onError={failed} />
    </Box>
  );
};

const ActionPublicationRow = ({
  action,
  onSaved,
  onError,
}: {
  action: ActionPublicationRecord;
  onSaved: () => void;
  onError: (e: Error) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [published, setPublished] = useState(action.published);
  const [summary, setSummary] = useState(action.publicSummary ?? '');
  const save = () =>
    put(`/api/actions/${action.actionId}/publication`, { published, publicSummary: summary || null }).then(() => {
      notify('kompass.public_page.saved', { type: 'success' });
      onSaved();
    }, onError);
  return (
    <Box
      component="fieldset"
      sx={{ border: 0, borderBottom: 1, borderColor: 'divider', p: 0, py: 1.5, m: 0, display: 'grid', gap: 1 }}
    >
      <Typography component="legend" sx={{ fontWeight: 600 }}>
        {action.title}
      </Typography>
      <FormControlLabel
        control={<Checkbox checked={published} onChange={(e) => setPublished(e.target.checked)} />}
        label={translate('kompass.public_page.action_published', { title: action.title })}
      />
      <TextField
        label={translate('kompass.public_page.public_summary')}
        helperText={
          action.followsDefault
            ? `${translate('kompass.public_page.public_summary_help')} ${translate('kompass.public_page.follows_default')}.`
            : translate('kompass.public_page.public_summary_help')
        }
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: 2000 } }}
      />
      <Box>
        <Button variant="outlined" size="small" onClick={save}>
          {translate('kompass.public_page.save_action')}
        </Button>
      </Box>
    </Box>
  );
};

const ProfileSettings = ({
  municipalityId,
  onSaved,
  onError,
}: {
  municipalityId: number;
  onSaved: () => void;
  onError: (e: Error) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [profile, setProfile] = useState<PublicProfileRecord>();
  const [origins, setOrigins] = useState('');
  useEffect(() => {
    httpClient(`/api/public-profiles/${municipalityId}`).then((r) => {
      setProfile(r.json);
      setOrigins((r.json as PublicProfileRecord).frameAncestors.join('\n'));
    }, onError);
  }, [municipalityId, onError]);
  if (!profile) return null;
  const save = () =>
    put(`/api/public-profiles/${municipalityId}`, {
      logoUrl: profile.logoUrl || null,
      licence: profile.licence,
      showDepartments: profile.showDepartments,
      frameAncestors: origins.split(/\s+/).filter(Boolean),
    }).then((next) => {
      setProfile(next);
      notify('kompass.public_page.saved', { type: 'success' });
      onSaved();
    }, onError);
  return (
    <Card component="section" aria-labelledby="publication-profile">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography id="publication-profile" component="h2" variant="h6">
          {translate('kompass.public_page.profile_heading')}
        </Typography>
        <TextField
          label={translate('kompass.public_page.logo_url')}
          type="url"
          value={profile.logoUrl ?? ''}
          onChange={(e) => setProfile({ ...profile, logoUrl: e.target.value })}
        />
        <TextField
          label={translate('kompass.public_page.frame_ancestors')}
          helperText={translate('kompass.public_page.frame_ancestors_help')}
          value={origins}
          onChange={(e) => setOrigins(e.target.value)}
          multiline
          minRows={2}
        />
        <TextField
          select
          label={translate('kompass.public_page.licence')}
          value={profile.licence}
          onChange={(e) => setProfile({ ...profile, licence: e.target.value as PublicProfileRecord['licence'] })}
        >
          {PUBLIC_LICENCE_IDS.map((licence) => (
            <MenuItem key={licence} value={licence}>
              {PUBLIC_LICENCES[licence].name}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={profile.showDepartments}
              onChange={(e) => setProfile({ ...profile, showDepartments: e.target.checked })}
            />
          }
          label={translate('kompass.public_page.show_departments')}
        />
        <Box>
          <Button variant="contained" onClick={save}>
            {translate('kompass.public_page.save_profile')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};

/** The server's own rendering of the page, so the preview cannot drift from what residents get. */
const Preview = ({ planId, refresh, onError }: { planId: number; refresh: number; onError: (e: Error) => void }) => {
  const translate = useTranslate();
  const [html, setHtml] = useState<string>();
  const [reload, setReload] = useState(0);
  useEffect(() => {
    httpClient(`/api/action-plans/${planId}/publication/preview`, {
      headers: new Headers({ Accept: 'text/html' }),
    }).then((r) => setHtml(r.body), onError);
  }, [planId, refresh, reload, onError]);
  return (
    <Card component="section" aria-labelledby="publication-preview">
      <CardContent>
        <Typography id="publication-preview" component="h2" variant="h6">
          {translate('kompass.public_page.preview_heading')}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="body2">{translate('kompass.public_page.preview_help')}</Typography>
          <Button size="small" onClick={() => setReload((n) => n + 1)}>
            {translate('kompass.public_page.preview_refresh')}
          </Button>
        </Box>
        {html && (
          <Box
            component="iframe"
            title={translate('kompass.public_page.preview_frame')}
            srcDoc={html}
            sandbox=""
            data-testid="public-preview"
            sx={{ width: '100%', height: 720, border: 1, borderColor: 'divider' }}
          />
        )}
      </CardContent>
    </Card>
  );
};

export default PublicationPage;

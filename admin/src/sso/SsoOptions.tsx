import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Box, Button, Divider, Link, Typography } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import type { SsoErrorCode, SsoOption } from '@kompass/shared';
import { SSO_ERROR_CODES } from '@kompass/shared';
import { nextRoute } from '../session';
import { rememberEndSessionUrl, takeEndSessionUrl } from './handover';

/** The login page's "Logga in med <kommun>" buttons, from the API's public list. */
export function useSsoOptions(): SsoOption[] | null {
  const [options, setOptions] = useState<SsoOption[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/auth/sso-options', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : []))
      .then((list: SsoOption[]) => live && setOptions(list))
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, []);
  return options;
}

/** `#/login?sso_error=<code>&kommun=<name>`: why the provider's login did not become a session. */
function ssoErrorFromUrl(): { code: SsoErrorCode; kommun: string } | null {
  const query = window.location.hash.split('?')[1];
  if (!query) return null;
  const params = new URLSearchParams(query);
  const code = params.get('sso_error');
  if (!code || !(SSO_ERROR_CODES as readonly string[]).includes(code)) return null;
  return { code: code as SsoErrorCode, kommun: params.get('kommun') ?? '' };
}

export const SsoError = () => {
  const translate = useTranslate();
  const [error] = useState(ssoErrorFromUrl);
  if (!error) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 1 }}>
      {translate(`kompass.sso.errors.${error.code}`, { kommun: error.kommun || '?' })}
    </Alert>
  );
};

export const SsoButtons = ({ options }: { options: SsoOption[] }) => {
  const translate = useTranslate();
  const returnTo = nextRoute() ?? '/';
  return (
    <Box sx={{ display: 'grid', gap: 1, mb: 1 }}>
      {options.map((option) => (
        <Button
          key={option.municipalityCode}
          variant="contained"
          color="primary"
          fullWidth
          startIcon={<LoginIcon />}
          href={`${option.loginUrl}?returnTo=${encodeURIComponent(returnTo)}`}
        >
          {translate('kompass.login.sso_button', { name: option.displayName })}
        </Button>
      ))}
      <Divider sx={{ my: 1 }}>
        <Typography variant="caption" color="text.secondary">
          {translate('kompass.login.or')}
        </Typography>
      </Divider>
    </Box>
  );
};

/** After a logout from a single sign-on: the provider's own logout, offered once. */
export const EndProviderSession = () => {
  const translate = useTranslate();
  const [url] = useState(takeEndSessionUrl);
  if (!url) return null;
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      <Link href={url} onClick={() => rememberEndSessionUrl(null)}>
        {translate('kompass.login.end_provider_session', { name: new URL(url).host })}
      </Link>
    </Alert>
  );
};

import { Title, useTranslate } from 'react-admin';
import { Alert, Card, CardContent, Typography } from '@mui/material';
import type { SsoTestResult } from '@kompass/shared';

/** Decodes `#/sso-test?result=<base64url JSON>`, which the API's test-mode callback sends here. */
function resultFromUrl(): SsoTestResult | null {
  const raw = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('result');
  if (!raw) return null;
  try {
    const json = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as SsoTestResult;
  } catch {
    return null;
  }
}

/** What "Testa inloggning" found: the outcome, and the claims the provider sent (plumbing claims masked). */
export const SsoTestPage = () => {
  const translate = useTranslate();
  const result = resultFromUrl();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('kompass.sso.test_title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('kompass.sso.test_title')}
        </Typography>
        {result?.outcome.ok && (
          <Alert severity="success">
            {translate('kompass.sso.test_ok', { role: translate(`kompass.roles.${result.outcome.role}`) })}
          </Alert>
        )}
        {result && !result.outcome.ok && (
          <Alert severity="warning">
            {translate('kompass.sso.test_refused')}{' '}
            {translate(`kompass.sso.errors.${result.outcome.error}`, { kommun: '' })}
          </Alert>
        )}
        {!result && <Alert severity="error">{translate('kompass.sso.errors.sso_failed')}</Alert>}
        {result && (
          <>
            <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
              {translate('kompass.sso.test_claims')}
            </Typography>
            <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {JSON.stringify(result.claims, null, 2)}
            </pre>
          </>
        )}
      </CardContent>
    </Card>
  );
};

export default SsoTestPage;

import { lazy } from 'react';

/** "Testa inloggning"'s result: a custom route (/sso-test) the API's test-mode callback sends admins to. */
export const SsoTestPage = lazy(() => import('./SsoTestPage'));

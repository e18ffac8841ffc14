import type { LoginResponse } from '@kompass/shared';
import { saveSession } from '../session';

const END_SESSION_KEY = 'kompass.sso-end-session';

/**
 * The provider sent the browser back through the API to `#/sso?next=…`: collect the session the API set aside
 * (a one-minute httpOnly cookie) before react-admin starts, then continue to the deep link. A failure lands on
 * the login page with a code it explains.
 */
export async function completeSsoHandover(): Promise<void> {
  const match = /^#\/sso\?(.*)$/.exec(window.location.hash);
  if (!match) return;
  const next = new URLSearchParams(match[1]).get('next') || '/';
  const safeNext = /^\/(?![/\\])/.test(next) ? next : '/';
  try {
    const response = await fetch('/api/auth/oidc/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(String(response.status));
    const { accessToken, user, endSessionUrl } = (await response.json()) as LoginResponse & {
      endSessionUrl: string | null;
    };
    saveSession(accessToken, user);
    if (endSessionUrl) localStorage.setItem(END_SESSION_KEY, endSessionUrl);
    else localStorage.removeItem(END_SESSION_KEY);
    window.history.replaceState(null, '', `${window.location.pathname}#${safeNext}`);
  } catch {
    window.history.replaceState(null, '', `${window.location.pathname}#/login?sso_error=sso_flow_expired`);
  }
}

/** After logout: the provider's end-session page, offered on the login page ("Logga ut även från …"). */
export function takeEndSessionUrl(): string | null {
  return localStorage.getItem(END_SESSION_KEY);
}

export function rememberEndSessionUrl(url: string | null): void {
  if (url) localStorage.setItem(END_SESSION_KEY, url);
  else localStorage.removeItem(END_SESSION_KEY);
}

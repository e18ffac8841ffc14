import type { LoginResponse } from '@kompass/shared';
import type { TestApp } from './test-app';
import { signInAtProvider } from './oidc-provider';

export interface SsoAttempt {
  /** Where Kompass sent the browser after the callback (the admin's #/sso, or #/login?sso_error=…). */
  location: string;
  /** The session the admin collected, when the login succeeded. */
  session?: LoginResponse & { endSessionUrl: string | null };
  callback: URL;
  flowCookie: string;
}

function cookiePair(setCookie: string[] | string | undefined, name: string): string {
  const line = [setCookie ?? []].flat().find((c) => c.startsWith(`${name}=`));
  if (!line) throw new Error(`No ${name} cookie was set`);
  return line.split(';')[0];
}

export const errorOf = (location: string) => new URLSearchParams(location.split('?')[1] ?? '').get('sso_error');

/** Kompass's callback with a given (possibly altered) query and flow cookie, and the session hand-over. */
export async function callKompassCallback(
  t: TestApp,
  callback: URL,
  flowCookie: string,
): Promise<Omit<SsoAttempt, 'callback' | 'flowCookie'>> {
  const res = await t.http().get(`/api/auth/oidc/callback${callback.search}`).set('Cookie', flowCookie).expect(302);
  const location = res.headers.location;
  if (!location.includes('#/sso?')) return { location };
  const handoff = cookiePair(res.headers['set-cookie'], 'kompass_oidc_session');
  const session = await t.http().post('/api/auth/oidc/session').set('Cookie', handoff).expect(200);
  return { location, session: session.body };
}

/**
 * The whole authorization-code flow over HTTP: Kompass's login route, the provider's own forms as `login`,
 * Kompass's callback (optionally after `alter` changes the provider's redirect), and the session hand-over.
 */
export async function ssoLogin(
  t: TestApp,
  municipalityCode: string,
  login: string,
  alter?: (callback: URL) => URL,
): Promise<SsoAttempt> {
  const start = await t
    .http()
    .get(`/api/auth/oidc/${municipalityCode}/login`)
    .query({ returnTo: '/actions?x=1' })
    .expect(302);
  const flowCookie = cookiePair(start.headers['set-cookie'], 'kompass_oidc_flow');
  const callback = await signInAtProvider(start.headers.location, login);
  const effective = alter ? alter(new URL(callback)) : callback;
  return { ...(await callKompassCallback(t, effective, flowCookie)), callback, flowCookie };
}

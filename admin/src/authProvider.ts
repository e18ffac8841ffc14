import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import type { Locale, LoginResponse, UserRecord } from '@kompass/shared';
import { canAccess } from './access';
import { API_URL, httpClient } from './api';
import { clearSession, getStoredUser, hasLiveToken, saveSession, saveUser } from './session';
import { rememberEndSessionUrl } from './sso/handover';

export interface LoginParams {
  email?: string;
  /** react-admin's stock login form calls the e-mail field `username` */
  username?: string;
  password: string;
}

/** The identity react-admin shows in the user menu: the stored user plus `fullName`. */
export type KompassIdentity = UserIdentity & UserRecord;

export const authProvider: AuthProvider = {
  async login({ email, username, password }: LoginParams) {
    clearSession();
    try {
      const { json } = await httpClient(`${API_URL}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: (email ?? username ?? '').trim(), password }),
      });
      const { accessToken, user } = json as LoginResponse;
      saveSession(accessToken, user);
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) throw new Error('kompass.login.invalid_credentials');
      if (error instanceof HttpError && error.status === 429) throw new Error('kompass.login.throttled');
      if (error instanceof HttpError && error.status === 403) throw new Error('kompass.login.password_login_disabled');
      // The server's password checks are queued full (a flood of logins): worth a retry in a second.
      if (error instanceof HttpError && error.status === 503) throw new Error('kompass.login.busy');
      throw error;
    }
  },

  /** Ends the session at the API too (all the user's tokens); a single sign-on also offers the provider's logout. */
  async logout() {
    if (hasLiveToken()) {
      try {
        const { json } = await httpClient(`${API_URL}/auth/logout`, { method: 'POST' });
        rememberEndSessionUrl((json as { endSessionUrl: string | null }).endSessionUrl);
      } catch {
        // Logged out locally whatever the API says
      }
    }
    clearSession();
  },

  async checkAuth() {
    if (hasLiveToken() && getStoredUser()) return;
    const hadSession = getStoredUser() !== null;
    clearSession();
    // No notification on a first visit; "please log in again" when a session ran out
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-admin's contract: reject with { message }
    throw { message: hadSession ? 'ra.auth.auth_check_error' : false };
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-admin's contract: reject with { message }
      throw { message: 'ra.notification.logged_out' };
    }
    // 403 and everything else: stay logged in, the page shows the error
  },

  async getIdentity(): Promise<KompassIdentity> {
    const user = getStoredUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { ...user, fullName: user.name };
  },

  async getPermissions() {
    return getStoredUser()?.role ?? null;
  },

  async canAccess({ action, resource }) {
    return canAccess(getStoredUser()?.role, action, resource);
  },
};

/** Remember the chosen UI language on the user's profile, so the next login opens in it. Best effort. */
export async function saveProfileLocale(locale: Locale): Promise<void> {
  const user = getStoredUser();
  if (!user || user.locale === locale) return;
  try {
    const { json } = await httpClient(`${API_URL}/auth/me`, { method: 'PUT', body: JSON.stringify({ locale }) });
    saveUser({ ...user, ...(json as Partial<UserRecord>), locale });
  } catch (error) {
    console.warn('Could not save the language on the profile', error);
  }
}

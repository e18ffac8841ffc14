import type { UserRecord } from '@kompass/shared';

/** Where the signed-in session lives. localStorage, so it survives reloads and is shared by tabs. */
const TOKEN_KEY = 'kompass.token';
const USER_KEY = 'kompass.user';

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function getStoredUser(): UserRecord | null {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as UserRecord;
  } catch {
    return null;
  }
}

export function saveSession(token: string, user: UserRecord): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function saveUser(user: UserRecord): void {
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

/** Seconds since the epoch at which the JWT expires, or null when it carries no readable `exp`. */
function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=')));
    return typeof json.exp === 'number' ? json.exp : null;
  } catch {
    return null;
  }
}

/** True when there is a token and it has not expired (the server still has the last word). */
export function hasLiveToken(): boolean {
  const token = getToken();
  if (!token) return false;
  const exp = tokenExpiry(token);
  return exp === null || exp * 1000 > Date.now();
}

const NEXT_ROUTE_KEY = 'kompass.next-route';

/**
 * A visitor without a live session goes straight to `#/login`, replacing the current history entry, before
 * react-admin starts. Left to react-admin's `requireAuth`, its LogoutOnMount re-ran on every re-render and pushed
 * `#/login` thousands of times (12–15 s of blank page). The deep link (e.g. from a reminder mail) is kept for
 * after the login, per tab.
 */
export function sendLoggedOutVisitorToLogin(): void {
  if (hasLiveToken() && getStoredUser()) return;
  const route = window.location.hash.replace(/^#/, '') || '/';
  if (route.startsWith('/login')) return;
  if (route !== '/') sessionStorage.setItem(NEXT_ROUTE_KEY, route);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/login`);
}

/** The route a logged-out visitor was heading for: where the login continues to. */
export function nextRoute(): string | undefined {
  return sessionStorage.getItem(NEXT_ROUTE_KEY) ?? undefined;
}

export function clearNextRoute(): void {
  sessionStorage.removeItem(NEXT_ROUTE_KEY);
}

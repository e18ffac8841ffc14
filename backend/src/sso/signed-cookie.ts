import { createHmac, timingSafeEqual } from 'node:crypto';

/** The flow's state, nonce and verifier (path /api/auth/oidc), and the session hand-over (its one route). */
export const FLOW_COOKIE = 'kompass_oidc_flow';
export const HANDOFF_COOKIE = 'kompass_oidc_session';

/**
 * Small HMAC-signed, expiring values for the SSO cookies (the flow's state/nonce/PKCE verifier, and the hand-over
 * to the admin). The key is derived from JWT_SECRET per purpose, so neither can pass for the other or for a token.
 */
export class SignedValues {
  constructor(private readonly secret: string) {}

  sign(purpose: string, value: object, ttlSeconds: number): string {
    const body = Buffer.from(JSON.stringify({ ...value, exp: Math.floor(Date.now() / 1000) + ttlSeconds })).toString(
      'base64url',
    );
    return `${body}.${this.mac(purpose, body)}`;
  }

  /** Null when missing, forged, for another purpose or expired. */
  verify<T>(purpose: string, signed: string | undefined): T | null {
    if (!signed) return null;
    const [body, mac] = signed.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(purpose, body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T & { exp: number };
      return value.exp > Date.now() / 1000 ? value : null;
    } catch {
      return null;
    }
  }

  private mac(purpose: string, body: string): string {
    return createHmac('sha256', `${this.secret}\u0000sso:${purpose}`).update(body).digest('base64url');
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

export function cookie(name: string, value: string, path: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${encodeURIComponent(value)}; Path=${path}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import vm from 'node:vm';
import { importEsm } from '../../backend/src/common/esm-import';

/** An account at the test provider: its ID token claims (groups carry the role mapping's values). */
export interface TestAccount {
  email: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

/** What the next ID token suffers on its way out of the token endpoint (re-signed with the provider's key). */
export type IdTokenTamper = (payload: Record<string, unknown>) => Record<string, unknown>;

export interface TestOidcProvider {
  issuer: string;
  clients: { id: string; secret: string }[];
  accounts: Map<string, TestAccount>;
  /** Set to change the next ID tokens (wrong audience, expired …); null for honest ones. */
  tamper: IdTokenTamper | null;
  close(): Promise<void>;
}

type ProviderModule = { default: new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance };
interface ProviderInstance {
  callback(): (req: unknown, res: unknown) => void;
  use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
}
interface KoaContext {
  path: string;
  body: unknown;
}

/**
 * A real OpenID Connect provider (oidc-provider), in-process on a free port, with its development login and
 * consent forms (any password is accepted: the account is the login name). Clients use client_secret_post.
 */
export async function startOidcProvider(
  redirectUri: string,
  clientIds = ['kompass', 'kompass-other'],
): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const clients = clientIds.map((id) => ({ id, secret: `${id}-secret-${randomUUID()}` }));
  const accounts = new Map<string, TestAccount>();
  const { default: Provider } = await importEsm<ProviderModule>('oidc-provider');
  const state: TestOidcProvider = {
    issuer,
    clients,
    accounts,
    tamper: null,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const provider = new Provider(
    issuer,
    intoMainRealm({
      clients: clients.map((c) => ({
        client_id: c.id,
        client_secret: c.secret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [new URL('/', redirectUri).href],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      })),
      jwks: { keys: [jwk] },
      cookies: { keys: [randomUUID()] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
      // Claims in the ID token itself, as Entra sends them, not only from the userinfo endpoint.
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      findAccount: async (_ctx: unknown, id: string) => {
        const account = accounts.get(id);
        if (!account) return undefined;
        return {
          accountId: id,
          claims: async () => intoMainRealm({ sub: id, email_verified: true, ...accounts.get(id) }),
        };
      },
    }),
  );
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && state.tamper && body && typeof body.id_token === 'string')
      ctx.body = { ...body, id_token: resign(body.id_token, state.tamper, privateKey, kid) };
  });
  server.on('request', provider.callback());
  return state;
}

function resign(token: string, tamper: IdTokenTamper, key: KeyObject, kid: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid })).toString('base64url');
  const body = Buffer.from(JSON.stringify(tamper(payload))).toString('base64url');
  const signature = sign('sha256', Buffer.from(`${header}.${body}`), key).toString('base64url');
  return `${header}.${body}.${signature}`;
}

/**
 * oidc-provider checks that its configuration is made of plain objects of Node's own realm; jest's sandbox has
 * another, so the configuration is copied by a function compiled in the main context (functions kept as they are).
 */
const intoMainRealm = vm.runInThisContext(
  '(function copy(v) { if (Array.isArray(v)) return v.map(copy); if (v && typeof v === "object") { const o = {}; for (const k of Object.keys(v)) o[k] = copy(v[k]); return o; } return v; })',
) as <T>(value: T) => T;

/** A browser's cookies for the provider, enough for its interaction and session cookies (paths ignored). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Plays the browser at the provider: from the authorization URL through its login and consent forms, as `login`,
 * to the redirect back to the application. Returns that redirect (the callback URL with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 12; step++) {
    const response: Response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ?? undefined,
    });
    jar.take(response);
    form = null;
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== new URL(authorizationUrl).origin) return next;
      url = next.href;
      continue;
    }
    const html: string = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt: string | undefined = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt)
      throw new Error(`The provider answered ${response.status}: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error('The provider never redirected back');
}

import { Injectable, Logger } from '@nestjs/common';
import type { SsoErrorCode } from '@kompass/shared';
import { importEsm } from '../common/esm-import';
import { AppConfig } from '../config/app-config';
import { isLoopback } from '../config/oidc-config';
import type { ResolvedConnection } from './oidc-connections.service';
import { SsoRefusal } from './sso-refusal';

// typescript-eslint reads an import type's attributes as a value assignment.
/* eslint-disable @typescript-eslint/no-unsafe-assignment */
type OpenIdClient = typeof import('openid-client', { with: { 'resolution-mode': 'import' } });
type Configuration = import('openid-client', { with: { 'resolution-mode': 'import' } }).Configuration;
/* eslint-enable @typescript-eslint/no-unsafe-assignment */

/** What the login step remembers for the callback (in the signed flow cookie). */
export interface FlowChecks {
  state: string;
  nonce: string;
  verifier: string;
}

/** Discovery documents and keys are cached this long; a failed discovery is retried at the next login. */
const DISCOVERY_TTL_MS = 60 * 60_000;

/**
 * The authorization-code flow with PKCE, state and nonce, done by openid-client: it checks the ID token's
 * signature, issuer, audience, expiry and nonce, the state and the `iss` response parameter.
 */
@Injectable()
export class OidcFlowService {
  private readonly logger = new Logger(OidcFlowService.name);
  private library?: Promise<OpenIdClient>;
  private readonly discovered = new Map<string, { at: number; config: Promise<Configuration> }>();

  constructor(private readonly config: AppConfig) {}

  get redirectUri(): string {
    return `${this.config.appUrl}/api/auth/oidc/callback`;
  }

  async authorizationUrl(connection: ResolvedConnection): Promise<{ url: string; checks: FlowChecks }> {
    const client = await this.client();
    const config = await this.discover(connection);
    const checks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url: url.href, checks };
  }

  /** Redeems the code; the verified ID token's claims, or an SsoRefusal naming why not. */
  async redeem(
    connection: ResolvedConnection,
    query: string,
    checks: FlowChecks,
  ): Promise<{ claims: Record<string, unknown>; endSessionUrl: string | null }> {
    const client = await this.client();
    const config = await this.discover(connection);
    try {
      const tokens = await client.authorizationCodeGrant(config, new URL(`${this.redirectUri}?${query}`), {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new SsoRefusal('sso_token_invalid', 'no ID token');
      return { claims: { ...claims }, endSessionUrl: await this.endSessionUrl(connection) };
    } catch (error) {
      if (error instanceof SsoRefusal) throw error;
      const code = refusalCode(error, client);
      this.logger.warn(`OIDC callback for ${connection.municipalityCode} refused (${code}): ${reasons(error)}`);
      throw new SsoRefusal(code, reasons(error));
    }
  }

  /** The provider's logout page, when its discovery document names one (Entra does). */
  async endSessionUrl(connection: ResolvedConnection): Promise<string | null> {
    const client = await this.client();
    const config = await this.discover(connection);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, {
      client_id: connection.clientId,
      post_logout_redirect_uri: `${this.config.appUrl}/`,
    }).href;
  }

  private client(): Promise<OpenIdClient> {
    this.library ??= importEsm<OpenIdClient>('openid-client');
    return this.library;
  }

  private async discover(connection: ResolvedConnection): Promise<Configuration> {
    const secret = connection.clientSecret();
    if (!secret)
      throw new SsoRefusal(
        'sso_not_configured',
        `the client secret of ${connection.municipalityCode} is not available`,
      );
    const key = `${connection.issuer}\u0000${connection.clientId}\u0000${secret}`;
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const client = await this.client();
    const issuer = new URL(connection.issuer);
    const config = client.discovery(issuer, connection.clientId, undefined, client.ClientSecretPost(secret), {
      // Plain http only for a provider on this machine (development, the tests); Entra and others are https.
      execute: isLoopback(issuer.hostname) ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    this.discovered.set(key, { at: Date.now(), config });
    try {
      return await config;
    } catch (error) {
      this.discovered.delete(key);
      this.logger.warn(`OIDC discovery of ${connection.issuer} failed: ${(error as Error).message}`);
      throw new SsoRefusal('sso_provider_refused', `discovery failed: ${(error as Error).message}`);
    }
  }
}

/** openid-client wraps the precise check that failed in `cause`s: "invalid response encountered" ← "unexpected "state" …". */
function reasons(error: unknown): string {
  const messages: string[] = [];
  // Duck-typed: the library's errors may come from another realm (jest's sandbox), where instanceof Error fails.
  for (
    let e = error as { message?: unknown; cause?: unknown } | undefined;
    e && typeof e.message === 'string' && messages.length < 5;
    e = e.cause as typeof e
  )
    messages.push(e.message);
  return messages.join(': ') || String(error);
}

function refusalCode(error: unknown, client: OpenIdClient): SsoErrorCode {
  const message = reasons(error);
  if (error instanceof client.AuthorizationResponseError) return 'sso_provider_refused';
  if (/"state"/.test(message)) return 'sso_state_mismatch';
  if (error instanceof client.ResponseBodyError) return 'sso_provider_refused';
  if (/JWT|ID Token|"(aud|iss|exp|nonce|iat|azp|sub)"|signature/i.test(message)) return 'sso_token_invalid';
  return 'sso_failed';
}

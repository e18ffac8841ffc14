import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { LoginResponse, SsoErrorCode, SsoOption, SsoTestResult } from '@kompass/shared';
import { AuthService } from '../auth/auth.service';
import type { AuthUser } from '../auth/auth-user';
import { DomainException } from '../common/errors/domain.exception';
import { AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { OidcConnectionsService, type ResolvedConnection } from './oidc-connections.service';
import { OidcFlowService, type FlowChecks } from './oidc-flow.service';
import { cookie, FLOW_COOKIE, HANDOFF_COOKIE, readCookie, SignedValues } from './signed-cookie';
import { assessClaims, SsoProvisioningService } from './sso-provisioning.service';
import { SsoRefusal } from './sso-refusal';

/** Long enough to type a password and approve MFA at the provider. */
const FLOW_TTL_SECONDS = 600;
/** The admin collects its token right after the redirect. */
const HANDOFF_TTL_SECONDS = 60;
const FLOW_PATH = '/api/auth/oidc';
const HANDOFF_PATH = '/api/auth/oidc/session';

interface FlowCookie extends FlowChecks {
  municipalityCode: string;
  returnTo: string;
  test: boolean;
}

interface HandoffCookie {
  userId: number;
  tokenVersion: number;
  endSessionUrl: string | null;
}

/** Claims that are the flow's own plumbing: "Testa inloggning" masks them. */
const MASKED_CLAIMS = new Set(['nonce', 'at_hash', 'c_hash', 'sid', 'uti', 'rh', 'aio']);

@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);
  private readonly signed: SignedValues;
  private readonly secure: boolean;

  constructor(
    private readonly connections: OidcConnectionsService,
    private readonly flow: OidcFlowService,
    private readonly provisioning: SsoProvisioningService,
    private readonly auth: AuthService,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly config: AppConfig,
  ) {
    this.signed = new SignedValues(config.jwtSecret);
    this.secure = config.appUrl.startsWith('https:');
  }

  async options(email?: string): Promise<SsoOption[]> {
    const domain = email?.trim().toLowerCase().split('@')[1];
    const all = await this.connections.resolveAll();
    return all
      .filter((c) => email === undefined || (domain !== undefined && c.allowedDomains.includes(domain)))
      .map((c) => ({
        municipalityCode: c.municipalityCode,
        displayName: c.displayName,
        loginUrl: `/api/auth/oidc/${c.municipalityCode}/login`,
        passwordLoginAllowed: c.passwordLoginAllowed,
      }));
  }

  /** The provider's authorization URL, and the flow cookie with state, nonce and PKCE verifier. */
  async start(code: string, returnTo: string, test: boolean): Promise<{ url: string; cookies: string[] }> {
    try {
      const connection = await this.connection(code);
      const { url, checks } = await this.flow.authorizationUrl(connection);
      const value: FlowCookie = {
        ...checks,
        municipalityCode: connection.municipalityCode,
        returnTo: safeReturnTo(returnTo),
        test,
      };
      return {
        url,
        cookies: [
          cookie(
            FLOW_COOKIE,
            this.signed.sign('flow', value, FLOW_TTL_SECONDS),
            FLOW_PATH,
            FLOW_TTL_SECONDS,
            this.secure,
          ),
        ],
      };
    } catch (error) {
      return { url: this.refusalUrl(error), cookies: [] };
    }
  }

  /** The provider's redirect back: a session hand-over (or a test result), else the login page with a code. */
  async finish(query: string, cookieHeader: string | undefined): Promise<{ url: string; cookies: string[] }> {
    // The flow cookie is spent whatever happens: a second callback with it is refused before the provider is asked.
    const cookies = [cookie(FLOW_COOKIE, '', FLOW_PATH, 0, this.secure)];
    const flow = this.signed.verify<FlowCookie>('flow', readCookie(cookieHeader, FLOW_COOKIE));
    let connection: ResolvedConnection | undefined;
    try {
      if (!flow) throw new SsoRefusal('sso_flow_expired', 'no valid flow cookie');
      connection = await this.connection(flow.municipalityCode);
      const { claims, endSessionUrl } = await this.flow.redeem(connection, query, flow);
      if (flow.test) return { url: this.testResultUrl(connection, claims), cookies };
      const user = await this.provisioning.provision(connection, claims);
      const handoff: HandoffCookie = { userId: user.id, tokenVersion: user.tokenVersion, endSessionUrl };
      cookies.push(
        cookie(
          HANDOFF_COOKIE,
          this.signed.sign('handoff', handoff, HANDOFF_TTL_SECONDS),
          HANDOFF_PATH,
          HANDOFF_TTL_SECONDS,
          this.secure,
        ),
      );
      return { url: `${this.config.appUrl}/#/sso?next=${encodeURIComponent(flow.returnTo)}`, cookies };
    } catch (error) {
      return { url: this.refusalUrl(error, connection), cookies };
    }
  }

  async handOver(
    cookieHeader: string | undefined,
  ): Promise<{ response: LoginResponse & { endSessionUrl: string | null }; cookies: string[] }> {
    const handoff = this.signed.verify<HandoffCookie>('handoff', readCookie(cookieHeader, HANDOFF_COOKIE));
    const user = handoff ? await this.users.findOneBy({ id: handoff.userId }) : null;
    if (!handoff || !user || !user.active || user.tokenVersion !== handoff.tokenVersion)
      throw new DomainException(HttpStatus.UNAUTHORIZED, 'No single sign-on to collect: log in again').withCode(
        'login_required',
      );
    const session = await this.auth.startSession(user);
    return {
      response: { ...session, endSessionUrl: handoff.endSessionUrl },
      cookies: [cookie(HANDOFF_COOKIE, '', HANDOFF_PATH, 0, this.secure)],
    };
  }

  async logout(actor: AuthUser): Promise<{ endSessionUrl: string | null }> {
    await this.auth.endSessions(actor.id);
    const user = await this.users.findOneBy({ id: actor.id });
    if (!user?.oidcSubject || user.municipalityId === null) return { endSessionUrl: null };
    const connection = (await this.connections.resolveAll()).find((c) => c.municipalityId === user.municipalityId);
    return { endSessionUrl: connection ? await this.flow.endSessionUrl(connection).catch(() => null) : null };
  }

  private async connection(code: string): Promise<ResolvedConnection> {
    const connection = /^\d{4}$/.test(code) ? await this.connections.resolveByCode(code) : null;
    if (!connection) throw new SsoRefusal('sso_not_configured', `no sign-in connection for municipality ${code}`);
    return connection;
  }

  private testResultUrl(connection: ResolvedConnection, claims: Record<string, unknown>): string {
    let outcome: SsoTestResult['outcome'];
    try {
      const mapping = assessClaims(connection, claims);
      outcome = { ok: true, role: mapping.role, departmentId: mapping.departmentId ?? null };
    } catch (error) {
      outcome = { ok: false, error: error instanceof SsoRefusal ? error.code : 'sso_failed' };
    }
    const shown = Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, MASKED_CLAIMS.has(k) ? '•••' : v]));
    const result: SsoTestResult = { claims: shown, outcome };
    return `${this.config.appUrl}/#/sso-test?result=${Buffer.from(JSON.stringify(result)).toString('base64url')}`;
  }

  private refusalUrl(error: unknown, connection?: ResolvedConnection): string {
    const code: SsoErrorCode = error instanceof SsoRefusal ? error.code : 'sso_failed';
    if (!(error instanceof SsoRefusal))
      this.logger.error(`SSO login failed: ${(error as Error)?.stack ?? String(error)}`);
    const params = new URLSearchParams({ sso_error: code });
    if (connection) params.set('kommun', connection.municipalityName);
    return `${this.config.appUrl}/#/login?${params.toString()}`;
  }
}

/** Only a path inside the admin (its hash route), never another site. */
export function safeReturnTo(raw: string): string {
  const path = raw.replace(/^\/?#/, '');
  return /^\/(?![/\\])[\w\-./?=&%]*$/.test(path) ? path : '/';
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Role, type OidcRoleMapping } from '@kompass/shared';
import { hashPassword } from '../auth/password';
import { requestContext } from '../common/request-context';
import { User } from '../users/user.entity';
import type { ResolvedConnection } from './oidc-connections.service';
import { SsoRefusal } from './sso-refusal';
import { TransactionRunner } from '../database/transaction-runner';

/** When someone is in several mapped groups, the widest role wins. */
const RANK: Role[] = [Role.Coordinator, Role.Leadership, Role.DepartmentHead];

/** The role (and department) the claims grant under the connection's mapping, or null when none is mapped. */
export function mappedRole(
  connection: Pick<ResolvedConnection, 'roleClaim' | 'roleMap'>,
  claims: Record<string, unknown>,
): OidcRoleMapping | null {
  const raw = claims[connection.roleClaim];
  const values = new Set((Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).map(String));
  const matches = connection.roleMap.filter((m) => values.has(m.value));
  matches.sort((a, b) => RANK.indexOf(a.role) - RANK.indexOf(b.role) || (a.departmentId ?? 0) - (b.departmentId ?? 0));
  return matches[0] ?? null;
}

/** E-mail from the ID token, and whether the provider vouches for it (Entra: xms_edov, the domain owner verified it). */
export function claimedEmail(claims: Record<string, unknown>): { email: string | null; verified: boolean } {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
  return {
    email: email || null,
    verified: claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === '1',
  };
}

/** Checks what a login would give without writing anything ("Testa inloggning"). */
export function assessClaims(connection: ResolvedConnection, claims: Record<string, unknown>): OidcRoleMapping {
  const { email } = claimedEmail(claims);
  if (!email) throw new SsoRefusal('sso_email_missing', 'the ID token has no email claim');
  const domain = email.split('@')[1] ?? '';
  if (!connection.allowedDomains.includes(domain))
    throw new SsoRefusal('sso_wrong_domain', `${domain} is not a domain of ${connection.municipalityCode}`);
  const mapping = mappedRole(connection, claims);
  if (!mapping)
    throw new SsoRefusal('sso_unmapped', `no mapped value in ${connection.roleClaim}`, connection.municipalityName);
  return mapping;
}

/**
 * Just-in-time provisioning: the user signing in through a municipality's provider, created, linked or updated
 * so that role and department follow the claims at every login. Writes in one transaction; the audit trail
 * records them with the user as actor.
 */
@Injectable()
export class SsoProvisioningService {
  private readonly logger = new Logger(SsoProvisioningService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async provision(connection: ResolvedConnection, claims: Record<string, unknown>): Promise<User> {
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    const issuer = typeof claims.iss === 'string' ? claims.iss : connection.issuer;
    if (!subject) throw new SsoRefusal('sso_token_invalid', 'the ID token has no sub');
    const { email, verified } = claimedEmail(claims);
    let unmappedUserId: number | null = null;
    try {
      return await this.tx.transaction(async (manager) => {
        const linked = await manager.findOneBy(User, { oidcIssuer: issuer, oidcSubject: subject });
        const user = linked ?? (email ? await manager.findOneBy(User, { email }) : null);
        if (user) this.assertMayUse(user, connection, !!linked, verified);
        let mapping: OidcRoleMapping;
        try {
          mapping = assessClaims(connection, claims);
        } catch (refusal) {
          if (user && refusal instanceof SsoRefusal && refusal.code === 'sso_unmapped') unmappedUserId = user.id;
          throw refusal;
        }
        const name = nameOf(claims, email!);
        if (!user) return this.create(manager, connection, { email: email!, name, issuer, subject, mapping });
        return this.update(manager, user, { name, issuer, subject, mapping });
      });
    } finally {
      // Removed from every mapped group: the sessions they still have end too, not only the next login.
      if (unmappedUserId !== null)
        await this.tx.write(() =>
          this.dataSource.getRepository(User).increment({ id: unmappedUserId! }, 'tokenVersion', 1),
        );
    }
  }

  private assertMayUse(user: User, connection: ResolvedConnection, linked: boolean, verified: boolean): void {
    if (user.role === Role.Admin)
      throw new SsoRefusal('sso_admin_account', 'admins sign in with their password (break-glass)');
    if (user.municipalityId !== connection.municipalityId)
      throw new SsoRefusal('sso_wrong_domain', `${user.email} belongs to another municipality`);
    if (!linked && !verified)
      throw new SsoRefusal('sso_email_unverified', `the provider does not vouch for ${user.email}`);
    if (!linked && user.oidcSubject)
      throw new SsoRefusal('sso_email_unverified', `${user.email} is linked to another provider account`);
    if (!user.active) throw new SsoRefusal('sso_inactive', `${user.email} is deactivated in Kompass`);
  }

  private async create(
    manager: EntityManager,
    connection: ResolvedConnection,
    fields: { email: string; name: string; issuer: string; subject: string; mapping: OidcRoleMapping },
  ): Promise<User> {
    // SSO users have no password; an unguessable one keeps the column's NOT NULL and any password login shut.
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    const user = manager.create(User, {
      email: fields.email,
      name: fields.name,
      role: fields.mapping.role,
      municipalityId: connection.municipalityId,
      departmentId: fields.mapping.departmentId ?? null,
      oidcIssuer: fields.issuer,
      oidcSubject: fields.subject,
      passwordHash,
    });
    return this.asActor(user.email, () => manager.save(user));
  }

  private async update(
    manager: EntityManager,
    user: User,
    fields: { name: string; issuer: string; subject: string; mapping: OidcRoleMapping },
  ): Promise<User> {
    const departmentId = fields.mapping.departmentId ?? null;
    if (user.role !== fields.mapping.role || user.departmentId !== departmentId)
      this.logger.log(
        `SSO login of user ${user.id}: role ${user.role}/${user.departmentId} -> ${fields.mapping.role}/${departmentId}`,
      );
    user.role = fields.mapping.role;
    user.departmentId = departmentId;
    user.oidcIssuer = fields.issuer;
    user.oidcSubject = fields.subject;
    user.name = fields.name || user.name;
    return this.asActor(user.email, () => manager.save(user), user.id);
  }

  /** The audit trail's "who" for changes the login itself makes. */
  private asActor<T>(email: string, work: () => Promise<T>, id?: number): Promise<T> {
    const store = requestContext.getStore();
    if (store) Object.assign(store, { actorId: id, actorEmail: email });
    return work();
  }
}

function nameOf(claims: Record<string, unknown>, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  const joined = [claims.given_name, claims.family_name]
    .filter((p) => typeof p === 'string')
    .join(' ')
    .trim();
  return (name || joined || email).slice(0, 200);
}

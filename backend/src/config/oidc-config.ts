import { Role, ROLES, type OidcRoleMapping } from '@kompass/shared';
import { ConfigError } from './config-error';

/** The server-wide OpenID Connect default (OIDC_* variables) for single-municipality installations. */
export interface OidcEnvDefault {
  municipalityCode: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  roleMap: OidcRoleMapping[];
  allowedDomains: string[];
  passwordLoginAllowed: boolean;
  displayName: string | null;
}

type Env = Record<string, string | undefined>;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "a.se, b.se" → ["a.se", "b.se"], each a DNS name. */
export function parseDomains(raw: string, variable: string): string[] {
  const domains = raw
    .split(/[\s,]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  const bad = domains.find((d) => !DOMAIN.test(d));
  if (bad !== undefined) throw new ConfigError(variable, `must list e-mail domains such as ronneby.se (got "${bad}")`);
  if (!domains.length) throw new ConfigError(variable, 'must name at least one e-mail domain');
  return domains;
}

/** "Kompass.Coordinator=coordinator, <group id>=department_head:12" → mappings. */
export function parseRoleMap(raw: string, variable: string): OidcRoleMapping[] {
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.length)
    throw new ConfigError(variable, 'must map at least one group or role, e.g. "Kompass.Coordinator=coordinator"');
  return entries.map((entry) => {
    const match = /^(.+?)=([a-z_]+)(?::(\d+))?$/.exec(entry);
    if (!match)
      throw new ConfigError(
        variable,
        `entries must look like "<group or role>=<kompass role>[:<department id>]" (got "${entry}")`,
      );
    const role = match[2] as Role;
    if (!ROLES.includes(role) || role === Role.Admin)
      throw new ConfigError(
        variable,
        `maps "${match[1]}" to "${match[2]}", which is not one of coordinator, department_head, leadership`,
      );
    const departmentId = match[3] ? Number(match[3]) : null;
    if (role === Role.DepartmentHead && departmentId === null)
      throw new ConfigError(
        variable,
        `maps "${match[1]}" to department_head without a department (write department_head:<department id>)`,
      );
    return { value: match[1].trim(), role, departmentId: role === Role.DepartmentHead ? departmentId : null };
  });
}

/** Null when no OIDC_* variable is set; otherwise all required ones, validated. */
export function oidcEnvDefault(env: Env): OidcEnvDefault | null {
  const names = [
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_MUNICIPALITY',
    'OIDC_ROLE_MAP',
    'OIDC_ALLOWED_DOMAINS',
  ];
  const value = (name: string) => env[name]?.trim() || '';
  if (!names.some(value) && !value('OIDC_ROLE_CLAIM')) return null;
  const missing = names.find((name) => !value(name));
  if (missing) throw new ConfigError(missing, `is required when any OIDC_* variable is set (${names.join(', ')})`);
  let issuer: URL;
  try {
    issuer = new URL(value('OIDC_ISSUER'));
  } catch {
    throw new ConfigError('OIDC_ISSUER', `is not a valid URL (got "${value('OIDC_ISSUER')}")`);
  }
  if (issuer.protocol !== 'https:' && !isLoopback(issuer.hostname))
    throw new ConfigError('OIDC_ISSUER', `must use https: (got "${issuer.protocol}")`);
  if (!/^\d{4}$/.test(value('OIDC_MUNICIPALITY')))
    throw new ConfigError(
      'OIDC_MUNICIPALITY',
      `must be the municipality's 4-digit kommunkod (got "${value('OIDC_MUNICIPALITY')}")`,
    );
  const passwordRaw = value('OIDC_PASSWORD_LOGIN').toLowerCase() || 'on';
  if (!['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'].includes(passwordRaw))
    throw new ConfigError('OIDC_PASSWORD_LOGIN', `must be on or off (got "${passwordRaw}")`);
  return {
    municipalityCode: value('OIDC_MUNICIPALITY'),
    issuer: value('OIDC_ISSUER'),
    clientId: value('OIDC_CLIENT_ID'),
    clientSecret: value('OIDC_CLIENT_SECRET'),
    roleClaim: value('OIDC_ROLE_CLAIM') || 'roles',
    roleMap: parseRoleMap(value('OIDC_ROLE_MAP'), 'OIDC_ROLE_MAP'),
    allowedDomains: parseDomains(value('OIDC_ALLOWED_DOMAINS'), 'OIDC_ALLOWED_DOMAINS'),
    passwordLoginAllowed: ['on', 'true', '1', 'yes'].includes(passwordRaw),
    displayName: value('OIDC_DISPLAY_NAME') || null,
  };
}

/** Plain http is only for a provider on this machine (development and the tests). */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

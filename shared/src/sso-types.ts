import type { Role } from './enums';

/** One group or app-role value from the provider's role claim and the Kompass role it grants. */
export interface OidcRoleMapping {
  /** The claim value, e.g. an Entra group object id or an app role such as "Kompass.Coordinator". */
  value: string;
  role: Role;
  /** Required for department heads: the department they lead. */
  departmentId?: number | null;
}

/** A municipality's OpenID Connect settings as the admin API answers them (the secret itself never leaves). */
export interface OidcConnectionRecord {
  id: number;
  municipalityId: number;
  /** "Logga in med <displayName>" */
  displayName: string;
  issuer: string;
  clientId: string;
  /** Where the secret lives: "env:NAME" or "file:/path". */
  clientSecretRef: string;
  /** True when the secret can be read where clientSecretRef points. */
  clientSecretAvailable: boolean;
  allowedDomains: string[];
  roleClaim: string;
  roleMap: OidcRoleMapping[];
  /** Whether non-admin users of this municipality may still log in with a password. */
  passwordLoginAllowed: boolean;
  /** True for the server-wide default from OIDC_* variables (read-only in the API). */
  fromEnvironment: boolean;
  createdAt: string | null;
  updatedAt: string | null;
}

/** What the login page shows: one "Logga in med <kommun>" button per option. */
export interface SsoOption {
  municipalityCode: string;
  displayName: string;
  loginUrl: string;
  passwordLoginAllowed: boolean;
}

/** Why an SSO login was refused: sent to the login page as `?sso_error=<code>`. */
export const SSO_ERROR_CODES = [
  'sso_not_configured',
  'sso_flow_expired',
  'sso_state_mismatch',
  'sso_provider_refused',
  'sso_token_invalid',
  'sso_email_missing',
  'sso_email_unverified',
  'sso_wrong_domain',
  'sso_unmapped',
  'sso_inactive',
  'sso_admin_account',
  'sso_failed',
] as const;
export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];

/** What "Testa inloggning" shows: the claims the provider sent (tokens left out) and what Kompass made of them. */
export interface SsoTestResult {
  claims: Record<string, unknown>;
  outcome: { ok: true; role: Role; departmentId: number | null } | { ok: false; error: SsoErrorCode };
}

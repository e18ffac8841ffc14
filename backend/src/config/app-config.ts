import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CronExpressionParser } from 'cron-parser';
import { passwordProblems } from '../auth/password-policy';
import { ConfigError } from './config-error';
import { oidcEnvDefault, type OidcEnvDefault } from './oidc-config';

export { ConfigError };

export type DatabaseConfig = { type: 'better-sqlite3'; path: string } | { type: 'postgres'; url: string };

/**
 * The whole typed configuration, validated once at boot. API and worker read the same one.
 * Injected by class: `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig {
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly dataDir: string;
  readonly redisUrl: string | null;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly appUrl: string;
  readonly adminEmail: string;
  readonly adminPassword: string | null;
  readonly jwtSecret: string;
  readonly jwtExpiresIn: string;
  readonly timeZone: string;
  readonly logLevel: string;
  readonly worker: boolean;
  readonly loginThrottleLimit: number;
  /** Requests per minute per client address to the public pages (/oppet). */
  readonly publicRateLimit: number;
  /** Failed logins for one e-mail before each further attempt waits (5 s, 10 s, 20 s … up to loginMaxDelaySeconds). */
  readonly loginLockoutThreshold: number;
  readonly loginMaxDelaySeconds: number;
  /** Failed logins per minute from one client address, whatever the e-mail. */
  readonly loginAddressLimit: number;
  /** Password checks that may wait for the hasher; one more answers 503 with Retry-After. */
  readonly loginHashQueue: number;
  /** A session's total life from login; refreshing a token never goes past it. */
  readonly sessionMaxAgeSeconds: number;
  /** When the daily reminder sweep runs (cron in timeZone); the sweep itself skips non-working days. */
  readonly reminderCron: string;
  /** Send attempts per mail and the first retry delay; the delay doubles per attempt (defaults: 7 × 1 min ≈ 1 h). */
  readonly mailRetryAttempts: number;
  readonly mailRetryDelayMs: number;
  /**
   * How long a worker holds an outbox row while it sends it; a worker that dies mid-send leaves the row to others
   * after this long. Far above the SMTP timeouts (10 s connect, 10 s greeting, 30 s socket), so a slow send is
   * never taken over by a second worker.
   */
  readonly mailLeaseMs: number;
  /**
   * BullMQ's job lock: a worker renews it every half of this while a job runs, and the other workers check this
   * often for jobs whose lock ran out (their worker died), which they run again.
   */
  readonly jobLockMs: number;
  /** OIDC_* variables: one municipality's single sign-on without database settings. */
  readonly oidcDefault: OidcEnvDefault | null;

  constructor(values: Omit<AppConfig, never>) {
    Object.assign(this, values);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max)
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  return Number(raw);
}

function urlVar(env: Env, name: string, protocols: string[], fallback: string | null): string | null {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols.map((p) => `${p}//…`).join(' or ')})`);
  }
  if (!protocols.includes(url.protocol))
    throw new ConfigError(name, `must use ${protocols.join(' or ')} (got "${url.protocol}")`);
  return raw;
}

function emailVar(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(raw)) throw new ConfigError(name, `is not an e-mail address (got "${raw}")`);
  return raw.toLowerCase();
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be on or off (got "${raw}")`);
}

function databaseVar(env: Env, cwd: string): DatabaseConfig {
  const raw = env.DATABASE_URL?.trim() || 'sqlite:data/kompass.sqlite';
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path)
      throw new ConfigError('DATABASE_URL', 'needs a file path after "sqlite:" (e.g. sqlite:data/kompass.sqlite)');
    return { type: 'better-sqlite3', path: resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], null);
    return { type: 'postgres', url: raw };
  }
  throw new ConfigError('DATABASE_URL', `must start with "sqlite:" or "postgres://" (got "${raw.split(':')[0]}:…")`);
}

function cronVar(env: Env, name: string, fallback: string, tz: string): string {
  const raw = env[name]?.trim() || fallback;
  try {
    CronExpressionParser.parse(raw, { tz });
  } catch (error) {
    throw new ConfigError(
      name,
      `is not a cron pattern such as "0 7 * * *" (got "${raw}": ${(error as Error).message.split('\n')[0]})`,
    );
  }
  return raw;
}

function timeZoneVar(env: Env): string {
  const tz = env.TZ?.trim() || 'Europe/Stockholm';
  try {
    new Intl.DateTimeFormat('sv-SE', { timeZone: tz });
  } catch {
    throw new ConfigError('TZ', `is not a known time zone (got "${tz}")`);
  }
  return tz;
}

/** A duration such as `90s`, `30m`, `12h` or `7d`, in seconds. */
function durationVar(env: Env, name: string, fallback: string): number {
  const raw = env[name]?.trim() || fallback;
  const match = /^(\d{1,7})\s*(s|m|h|d)$/.exec(raw);
  if (!match || Number(match[1]) === 0)
    throw new ConfigError(name, `must be a duration such as 12h or 7d (got "${raw}")`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
}

/** JWT_SECRET, or a secret generated on first start and kept in the data directory so tokens survive restarts. */
function jwtSecretVar(env: Env, dataDir: string): string {
  const raw = env.JWT_SECRET?.trim();
  if (raw) {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
    return raw;
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const port = intVar(env, 'PORT', 3000, 1, 65535);
  const database = databaseVar(env, cwd);
  const dataDir = resolve(
    cwd,
    env.DATA_DIR?.trim() || (database.type === 'better-sqlite3' ? dirname(database.path) : 'data'),
  );
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (adminPassword !== null) {
    // The users' policy (length, common and guessable passwords), so that the first admin is no weaker than anyone.
    const problems = passwordProblems(adminPassword);
    if (problems.length) throw new ConfigError('ADMIN_PASSWORD', problems.join(', '));
  }
  const appUrl = urlVar(env, 'APP_URL', ['http:', 'https:'], `http://localhost:${port}`)!.replace(/\/+$/, '');
  return new AppConfig({
    port,
    database,
    dataDir,
    redisUrl: urlVar(env, 'REDIS_URL', ['redis:', 'rediss:'], null),
    smtpUrl: urlVar(env, 'SMTP_URL', ['smtp:', 'smtps:'], null),
    mailFrom: env.MAIL_FROM?.trim() || 'Kompass <kompass@localhost>',
    appUrl,
    adminEmail: emailVar(env, 'ADMIN_EMAIL', 'admin@kompass.local'),
    adminPassword,
    jwtSecret: jwtSecretVar(env, dataDir),
    jwtExpiresIn: env.JWT_EXPIRES_IN?.trim() || '12h',
    timeZone: timeZoneVar(env),
    logLevel,
    worker: boolVar(env, 'WORKER', true),
    loginThrottleLimit: intVar(env, 'LOGIN_THROTTLE_LIMIT', 10, 1, 100000),
    publicRateLimit: intVar(env, 'PUBLIC_RATE_LIMIT', 300, 1, 10000000),
    loginLockoutThreshold: intVar(env, 'LOGIN_LOCKOUT_THRESHOLD', 5, 1, 1000),
    loginMaxDelaySeconds: intVar(env, 'LOGIN_MAX_DELAY_SECONDS', 60, 1, 24 * 3600),
    loginAddressLimit: intVar(env, 'LOGIN_ADDRESS_LIMIT', 10, 1, 100000),
    loginHashQueue: intVar(env, 'LOGIN_HASH_QUEUE', 8, 1, 10000),
    sessionMaxAgeSeconds: durationVar(env, 'SESSION_MAX_AGE', '7d'),
    reminderCron: cronVar(env, 'REMINDER_CRON', '0 7 * * *', timeZoneVar(env)),
    mailRetryAttempts: intVar(env, 'MAIL_RETRY_ATTEMPTS', 7, 1, 50),
    mailRetryDelayMs: intVar(env, 'MAIL_RETRY_DELAY_MS', 60_000, 10, 86_400_000),
    mailLeaseMs: intVar(env, 'MAIL_LEASE_MS', 5 * 60_000, 1000, 86_400_000),
    jobLockMs: intVar(env, 'JOB_LOCK_MS', 30_000, 1000, 600_000),
    oidcDefault: oidcEnvDefault(env),
  });
}

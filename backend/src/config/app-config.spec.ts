import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-config-'));
  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: dir, ...env }, dir);
  const problem = (env: Record<string, string>) => {
    try {
      load(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('has working defaults: port 3000, SQLite under data/, no Redis, Stockholm time', () => {
    const config = loadConfig({}, dir);
    expect(config).toMatchObject({
      port: 3000,
      redisUrl: null,
      smtpUrl: null,
      timeZone: 'Europe/Stockholm',
      worker: true,
    });
    expect(config.database).toEqual({ type: 'better-sqlite3', path: join(dir, 'data/kompass.sqlite') });
    expect(config.dataDir).toBe(join(dir, 'data'));
    expect(config.appUrl).toBe('http://localhost:3000');
    expect(config).toMatchObject({ reminderCron: '0 7 * * *', mailRetryAttempts: 7, mailRetryDelayMs: 60_000 });
    expect(config).toMatchObject({ mailLeaseMs: 300_000, jobLockMs: 30_000 });
    expect(problem({ MAIL_LEASE_MS: '10' })).toBe('MAIL_LEASE_MS must be an integer from 1000 to 86400000 (got "10")');
  });

  it('names the variable in one line for bad values', () => {
    expect(problem({ PORT: 'abc' })).toBe('PORT must be an integer from 1 to 65535 (got "abc")');
    expect(problem({ PORT: '70000' })).toMatch(/^PORT /);
    expect(problem({ DATABASE_URL: 'mysql://x' })).toMatch(
      /^DATABASE_URL must start with "sqlite:" or "postgres:\/\/"/,
    );
    expect(problem({ REDIS_URL: 'http://localhost' })).toMatch(/^REDIS_URL must use redis: or rediss:/);
    expect(problem({ SMTP_URL: 'not a url' })).toMatch(/^SMTP_URL is not a valid URL/);
    expect(problem({ APP_URL: 'ftp://x' })).toMatch(/^APP_URL /);
    expect(problem({ ADMIN_EMAIL: 'admin' })).toMatch(/^ADMIN_EMAIL /);
    expect(problem({ ADMIN_PASSWORD: 'short' })).toMatch(/^ADMIN_PASSWORD /);
    expect(problem({ TZ: 'Mars/Olympus' })).toMatch(/^TZ is not a known time zone/);
    expect(problem({ JWT_SECRET: 'too-short' })).toMatch(/^JWT_SECRET /);
    expect(problem({ WORKER: 'maybe' })).toMatch(/^WORKER /);
    expect(problem({ REMINDER_CRON: 'every morning' })).toMatch(/^REMINDER_CRON is not a cron pattern/);
    expect(problem({ MAIL_RETRY_ATTEMPTS: '0' })).toMatch(/^MAIL_RETRY_ATTEMPTS /);
    for (const message of [problem({ PORT: 'abc' }), problem({ TZ: 'x/y' })]) expect(message).not.toContain('\n');
  });

  it('reads PostgreSQL and Redis URLs', () => {
    const config = load({ DATABASE_URL: 'postgres://kompass:pw@db:5432/kompass', REDIS_URL: 'redis://redis:6379' });
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://kompass:pw@db:5432/kompass' });
    expect(config.redisUrl).toBe('redis://redis:6379');
  });

  it('generates a JWT secret once and keeps it in the data directory', () => {
    const first = load({}).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(load({}).jwtSecret).toBe(first);
    expect(load({ JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });
  describe('OIDC_* (server-wide single sign-on)', () => {
    const oidc = {
      OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
      OIDC_CLIENT_ID: 'client-id',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_MUNICIPALITY: '1081',
      OIDC_ROLE_MAP: 'Kompass.Coordinator=coordinator, g-1=department_head:7',
      OIDC_ALLOWED_DOMAINS: 'ronneby.se, Skola.Ronneby.se',
    };

    it('is off without variables and parsed when they are all set', () => {
      expect(load({}).oidcDefault).toBeNull();
      expect(load(oidc).oidcDefault).toEqual({
        municipalityCode: '1081',
        issuer: oidc.OIDC_ISSUER,
        clientId: 'client-id',
        clientSecret: 'secret',
        roleClaim: 'roles',
        roleMap: [
          { value: 'Kompass.Coordinator', role: 'coordinator', departmentId: null },
          { value: 'g-1', role: 'department_head', departmentId: 7 },
        ],
        allowedDomains: ['ronneby.se', 'skola.ronneby.se'],
        passwordLoginAllowed: true,
        displayName: null,
      });
    });

    it('names the bad OIDC variable in one line', () => {
      expect(problem({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toMatch(
        /^OIDC_CLIENT_ID is required when any OIDC_\* variable is set/,
      );
      expect(problem({ ...oidc, OIDC_ISSUER: 'http://idp.example.se' })).toBe(
        'OIDC_ISSUER must use https: (got "http:")',
      );
      expect(problem({ ...oidc, OIDC_MUNICIPALITY: 'Ronneby' })).toMatch(
        /^OIDC_MUNICIPALITY must be the municipality's 4-digit kommunkod/,
      );
      expect(problem({ ...oidc, OIDC_ROLE_MAP: 'x=admin' })).toMatch(/^OIDC_ROLE_MAP maps "x" to "admin"/);
      expect(problem({ ...oidc, OIDC_ROLE_MAP: 'x=department_head' })).toMatch(
        /^OIDC_ROLE_MAP maps "x" to department_head without a department/,
      );
      expect(problem({ ...oidc, OIDC_ROLE_MAP: 'nonsense' })).toMatch(/^OIDC_ROLE_MAP entries must look like/);
      expect(problem({ ...oidc, OIDC_ALLOWED_DOMAINS: 'not a domain' })).toMatch(
        /^OIDC_ALLOWED_DOMAINS must list e-mail domains/,
      );
      expect(problem({ ...oidc, OIDC_PASSWORD_LOGIN: 'maybe' })).toMatch(/^OIDC_PASSWORD_LOGIN must be on or off/);
    });
  });
});

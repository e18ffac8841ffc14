import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@kompass/shared';
import { startApiOnTestDatabase, type ApiOnTestDatabase, type KompassProcess } from '../support/processes';
import { freePort } from '../support/redis-server';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** The HTTP surface a browser sees (helmet's headers, CORS only for APP_URL) and what the logs never hold. */
const APP_URL = 'https://kompass.example.se';
const REPORT = readFileSync(join(__dirname, '../fixtures/kommunkompassen-ronneby-2017.md'), 'utf8');
const EVIL = 'https://evil.example';

describe('security headers and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ APP_URL });
  });
  afterAll(() => t.close());

  it('sends helmet’s headers on public, authenticated and error responses, and no X-Powered-By', async () => {
    const responses = [
      await t.http().get('/api/health').expect(200),
      await t.http().get('/api/users').set(bearer(t.adminToken)).expect(200),
      await t.http().get('/api/no-such-route').set(bearer(t.adminToken)).expect(404),
      await t.http().get('/api/users').expect(401),
    ];
    for (const res of responses) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'x-dns-prefetch-control': 'off',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('allows APP_URL as the one CORS origin, never another and never *', async () => {
    const preflight = (origin: string) =>
      t
        .http()
        .options('/api/users')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'PUT')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
    const allowed = await preflight(APP_URL).expect(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(APP_URL);
    expect(allowed.headers['access-control-allow-methods']).toContain('PUT');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();

    const denied = await preflight(EVIL);
    expect([EVIL, '*']).not.toContain(denied.headers['access-control-allow-origin']);
    const read = await t.http().get('/api/users').set('Origin', EVIL).set(bearer(t.adminToken)).expect(200);
    expect([EVIL, '*']).not.toContain(read.headers['access-control-allow-origin']);
    expect(read.headers.vary).toMatch(/Origin/);

    const own = await t.http().get('/api/users').set('Origin', APP_URL).set(bearer(t.adminToken)).expect(200);
    expect(own.headers['access-control-allow-origin']).toBe(APP_URL);
    expect(own.headers['access-control-expose-headers']).toBe('Content-Range,Content-Disposition');
  });
});

describe('no secrets in the logs of the built server', () => {
  const SECRETS = {
    adminPassword: 'Logg-admin-lösen-2026',
    jwtSecret: 'logg-test-jwt-secret-0123456789abcdefghij',
    smtpPassword: 'smtp-hemlighet-4711',
    userPassword: 'Första-lösenordet-42',
    newPassword: 'Andra-lösenordet-43',
  };
  let api: ApiOnTestDatabase;
  let server: KompassProcess;
  let base: string;

  beforeAll(async () => {
    // The most verbose level, and an SMTP server that refuses: a failed send is logged with its error.
    api = await startApiOnTestDatabase({
      ADMIN_EMAIL: 'logg@kompass.test',
      ADMIN_PASSWORD: SECRETS.adminPassword,
      JWT_SECRET: SECRETS.jwtSecret,
      SMTP_URL: `smtp://kompass:${SECRETS.smtpPassword}@127.0.0.1:${await freePort()}`,
      MAIL_RETRY_ATTEMPTS: '1',
      LOG_LEVEL: 'trace',
    });
    ({ server, base } = api);
  }, 70_000);
  afterAll(() => api?.stop());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes, read like supertest's body
  type Reply = { status: number; body: any };
  const call = async (method: string, path: string, token: string | null, body?: unknown): Promise<Reply> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: /^[[{]/.test(text) ? JSON.parse(text) : text };
  };
  const expectStatus = async (reply: Promise<Reply>, status: number, what: string) => {
    const { status: got, body } = await reply;
    if (got !== status) throw new Error(`${what}: expected ${status}, got ${got} ${JSON.stringify(body)}`);
    return body;
  };

  it('logs requests and failures, but no password, token, calendar secret, JWT or SMTP secret', async () => {
    const adminToken: string = (
      await expectStatus(
        call('POST', '/api/auth/login', null, { email: 'logg@kompass.test', password: SECRETS.adminPassword }),
        200,
        'admin login',
      )
    ).accessToken;
    await expectStatus(
      call('POST', '/api/auth/login', null, { email: 'logg@kompass.test', password: `${SECRETS.adminPassword}-fel` }),
      401,
      'wrong password',
    );
    // A body that is not JSON, holding a password: the parser's error must not echo it.
    await expectStatus(
      call('POST', '/api/auth/login', null, `{"email":"logg@kompass.test","password":"${SECRETS.adminPassword}"`),
      400,
      'malformed login',
    );

    const municipality = await expectStatus(
      call('POST', '/api/municipalities', adminToken, { name: 'Loggkommun', code: '8888' }),
      201,
      'municipality',
    );
    const at = { municipalityId: municipality.id };
    await expectStatus(
      call('POST', '/api/users', adminToken, {
        email: 'samordnare@logg.se',
        name: 'Samordnare',
        role: Role.Coordinator,
        ...at,
        password: SECRETS.userPassword,
      }),
      201,
      'user',
    );
    const first = await expectStatus(
      call('POST', '/api/auth/login', null, { email: 'samordnare@logg.se', password: SECRETS.userPassword }),
      200,
      'user login',
    );
    const changed = await expectStatus(
      call('PUT', '/api/auth/me', first.accessToken, {
        currentPassword: SECRETS.userPassword,
        newPassword: SECRETS.newPassword,
      }),
      200,
      'password change',
    );
    const token: string = changed.accessToken;
    const link = await expectStatus(call('GET', '/api/auth/me/calendar', token), 200, 'calendar link');
    const calendarToken = new URL(link.calendarUrl).pathname
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');
    expect((await fetch(`${base}/api/calendar/${calendarToken}.ics`)).status).toBe(200);

    // A digest that SMTP refuses, so that the transport's error (which knows SMTP_URL) is logged too.
    const evaluation = (
      await expectStatus(call('POST', '/api/evaluations/import', token, { content: REPORT }), 201, 'import')
    ).evaluation;
    const plan = await expectStatus(
      call('POST', '/api/action-plans', token, {
        baselineEvaluationId: evaluation.id,
        title: 'Loggplan',
        plannedReEvaluationDate: '2028-01-01',
      }),
      201,
      'plan',
    );
    await expectStatus(
      call('POST', '/api/actions', token, {
        planId: plan.id,
        title: 'Loggåtgärd',
        deadline: '2027-03-19',
        ownerId: changed.user.id,
      }),
      201,
      'action',
    );
    const sweep = await expectStatus(
      call('POST', '/api/reminders/run', adminToken, { date: '2027-03-16' }),
      200,
      'sweep',
    );
    expect(sweep.counts.queued).toBeGreaterThanOrEqual(1);
    const failed = async () =>
      (await call('GET', '/api/notifications', adminToken)).body.every(
        (n: { status: string }) => n.status === 'failed',
      );
    for (let i = 0; i < 100 && !(await failed()); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const output = server.output();
    // The log is there and verbose: JSON lines of the requests made above, and the failed send.
    expect(output.split('\n').filter((l) => l.startsWith('{')).length).toBeGreaterThan(15);
    expect(output).toContain('"url":"/api/auth/login"');
    expect(output).toContain('"url":"/api/calendar/[token]"');
    expect(output).toMatch(/Sending notification \d+ failed .*ECONNREFUSED/);
    const leaks = Object.entries({
      ...SECRETS,
      adminToken,
      adminTokenSignature: adminToken.split('.')[2],
      token,
      tokenSignature: token.split('.')[2],
      calendarToken,
    }).filter(([, secret]) => output.includes(secret));
    expect(leaks.map(([name]) => name)).toEqual([]);
    expect(output).not.toMatch(/passwordHash|\$argon2id\$/);
  }, 60_000);
});

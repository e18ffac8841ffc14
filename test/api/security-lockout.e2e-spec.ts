import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@kompass/shared';
import { createMunicipality, createUser, TEST_PASSWORD } from '../factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, bearer, startTestApp, TestApp } from '../support/test-app';

/** Issue #17 items 3, 4 and 6: failed sign-ins slow an e-mail down but never lock it, and reveal nothing. */
const CLI = join(__dirname, '../../backend/dist/cli.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Every password check costs one argon2 verification, which takes seconds on a busy 2-core machine.
jest.setTimeout(240_000);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('progressive login delay per e-mail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LOCKOUT_THRESHOLD: '3', LOGIN_MAX_DELAY_SECONDS: '5' });
  });
  afterAll(() => t.close());
  const login = (email: string, password: string) => t.http().post('/api/auth/login').send({ email, password });

  it('makes a stranger wait seconds, not lock the account: the right password works once the delay is over', async () => {
    const { id: municipalityId } = await createMunicipality(t);
    const { user } = await createUser(t, Role.Coordinator, { municipalityId });
    for (let i = 1; i <= 3; i += 1) await login(user.email, `fel-lösenord-${i}`).expect(401);
    const waiting = await login(user.email, TEST_PASSWORD).expect(429);
    const retryAfter = Number(waiting.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(5);
    expect(waiting.body.message).toMatch(/try again in \d+ seconds/);
    await sleep(retryAfter * 1000 + 250);
    await login(user.email, TEST_PASSWORD).expect(200);
    // Success forgets the failures: the next wrong password is a plain 401 again.
    await login(user.email, 'fel-lösenord-4').expect(401);
  });

  it('treats an unknown e-mail exactly like an existing one, in answer and in time', async () => {
    const { id: municipalityId } = await createMunicipality(t);
    const known = [
      (await createUser(t, Role.Leadership, { municipalityId })).user.email,
      (await createUser(t, Role.Coordinator, { municipalityId })).user.email,
    ];
    const unknown = ['finns-inte-1@test.kompass.se', 'finns-inte-2@test.kompass.se'];
    const timed = async (email: string, password: string, status: number) => {
      const started = performance.now();
      const res = await login(email, password).expect(status);
      return { ms: performance.now() - started, message: String(res.body.message).replace(/\d+ seconds/, 'N seconds') };
    };
    const failed: number[] = [];
    const waiting: number[] = [];
    const messages = new Set<string>();
    for (const email of [...known, ...unknown]) {
      for (let i = 1; i <= 3; i += 1) failed.push((await timed(email, `gissning-${i}-xyz`, 401)).ms);
      const refused = await timed(email, 'gissning-igen-xyz', 429);
      waiting.push(refused.ms);
      messages.add(refused.message);
    }
    expect([...messages]).toEqual(['Too many failed attempts for this e-mail address: try again in N seconds']);
    // A refused attempt still verifies a password: it must not answer in a few milliseconds.
    expect(median(waiting)).toBeGreaterThan(median(failed) * 0.5);
  });

  it('counts wrong current passwords on PUT /api/auth/me with the login failures', async () => {
    const { id: municipalityId } = await createMunicipality(t);
    const me = await createUser(t, Role.DepartmentHead, { municipalityId });
    const change = (currentPassword: string) =>
      t
        .http()
        .put('/api/auth/me')
        .set(bearer(me.token))
        .send({ currentPassword, newPassword: 'Ett-helt-nytt-lösen-88' });
    await login(me.user.email, 'fel-vid-inloggning').expect(401);
    await change('fel-nuvarande-1').expect(400);
    await change('fel-nuvarande-2').expect(400);
    // Three failures of one person, by two routes: the login waits...
    const waiting = await login(me.user.email, TEST_PASSWORD).expect(429);
    await sleep(Number(waiting.headers['retry-after']) * 1000 + 250);
    // ...and so does the password check, even with the right current password.
    await change('fel-nuvarande-3').expect(400);
    const limited = await change(TEST_PASSWORD).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});

describe('login throttle per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ADDRESS_LIMIT: '5' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once one address has failed too often, whichever e-mails it tries', async () => {
    for (let i = 0; i < 5; i += 1)
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: `spray-${i}@test.kompass.se`, password: 'Sommar-2026-xx' })
        .expect(401);
    const limited = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'spray-6@test.kompass.se', password: 'Sommar-2026-xx' })
      .expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body.message).toMatch(/from your address/);
  });
});

describe('bounded password-hashing queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_HASH_QUEUE: '2' });
  });
  afterAll(() => t.close());

  it('answers a flood of logins beyond the queue with 503 and Retry-After, never a 500, and still lets a real login in', async () => {
    const flood = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t
          .http()
          .post('/api/auth/login')
          .send({ email: `flod-${i}@test.kompass.se`, password: 'Vinter-2026-xx' }),
      ),
    );
    const statuses = flood.map((res) => res.status);
    expect(statuses.every((status) => status === 401 || status === 503)).toBe(true);
    const busy = flood.filter((res) => res.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(6);
    for (const res of busy) expect(res.headers['retry-after']).toBe('1');
    await t.http().post('/api/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }).expect(200);
  }, 60_000);
});

describe('cli.js unlock', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('backend/dist/cli.js is missing: run npm run build first');
    t = await startTestApp({ LOGIN_LOCKOUT_THRESHOLD: '1', LOGIN_MAX_DELAY_SECONDS: '3600' });
  });
  afterAll(() => t.close());

  it('ends the login delay of an e-mail from the command line', async () => {
    const login = () => t.http().post('/api/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    // A long run of failures, as a stranger would leave behind: the admin would wait the full hour.
    await t.dataSource.query(
      t.dataSource.options.type === 'postgres'
        ? 'INSERT INTO login_failure (email, failures, "lastFailureAt") VALUES ($1, 40, now())'
        : "INSERT INTO login_failure (email, failures, lastFailureAt) VALUES (?, 40, strftime('%Y-%m-%d %H:%M:%f', 'now'))",
      [ADMIN_EMAIL],
    );
    const waiting = await login().expect(429);
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(3500);
    const unlocked = spawnSync(process.execPath, [CLI, 'unlock', ADMIN_EMAIL.toUpperCase()], {
      env: { ...process.env, DATABASE_URL: t.database.databaseUrl, DATA_DIR: t.database.dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(unlocked.stderr).toBe('');
    expect(unlocked.status).toBe(0);
    expect(unlocked.stdout).toContain(`Unlocked ${ADMIN_EMAIL}`);
    await login().expect(200);
  });
});

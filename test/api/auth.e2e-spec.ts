import { Role } from '@kompass/shared';
import { createTenant, createUser, TEST_PASSWORD } from '../factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, bearer, startTestApp, TestApp } from '../support/test-app';

// A user costs two argon2 runs (hash, login), which take seconds each on a busy 2-core machine.
jest.setTimeout(120_000);

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs the first admin in with ADMIN_EMAIL/ADMIN_PASSWORD and answers /me', async () => {
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: ADMIN_EMAIL.toUpperCase(), password: ADMIN_PASSWORD })
      .expect(200);
    expect(login.body.user).toMatchObject({
      email: ADMIN_EMAIL,
      role: 'admin',
      municipalityId: null,
      locale: 'sv',
      active: true,
    });
    expect(login.body.user.passwordHash).toBeUndefined();
    const me = await t.http().get('/api/auth/me').set(bearer(login.body.accessToken)).expect(200);
    expect(me.body.email).toBe(ADMIN_EMAIL);
  });

  it('refuses a wrong password and an unknown e-mail alike with 401', async () => {
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: ADMIN_EMAIL, password: 'fel-lösenord-här' })
      .expect(401);
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@x.se', password: 'fel-lösenord-här' })
      .expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'wrong_credentials',
      message: 'Wrong e-mail address or password',
    });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('answers 401 without a token, with a forged token, and with a malformed header', async () => {
    const none = await t.http().get('/api/users').expect(401);
    expect(none.body.message).toMatch(/Log in first/);
    await t.http().get('/api/users').set('Authorization', 'Bearer abc.def.ghi').expect(401);
    await t.http().get('/api/users').set('Authorization', 'Basic Zm9vOmJhcg==').expect(401);
  });

  it('invalidates older tokens when the password changes, and returns a fresh one', async () => {
    const { municipality } = await createTenant(t);
    const user = await createUser(t, Role.Coordinator, { municipalityId: municipality.id });
    await t
      .http()
      .put('/api/auth/me')
      .set(bearer(user.token))
      .send({ currentPassword: 'wrong-password!', newPassword: 'Nytt-lösenord-99' })
      .expect(400);
    const weak = await t
      .http()
      .put('/api/auth/me')
      .set(bearer(user.token))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'kort' })
      .expect(400);
    expect(weak.body.details[0]).toEqual({
      field: 'newPassword',
      message: 'must be at least 10 characters long',
      code: 'weak_password',
      params: { limit: 10 },
    });

    const changed = await t
      .http()
      .put('/api/auth/me')
      .set(bearer(user.token))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Nytt-lösenord-99', locale: 'en' })
      .expect(200);
    expect(changed.body.user.locale).toBe('en');
    await t.http().get('/api/auth/me').set(bearer(user.token)).expect(401);
    await t.http().get('/api/auth/me').set(bearer(changed.body.accessToken)).expect(200);
    await t.http().post('/api/auth/login').send({ email: user.user.email, password: 'Nytt-lösenord-99' }).expect(200);
  });

  it('locks a deactivated user out at once', async () => {
    const { municipality } = await createTenant(t);
    const user = await createUser(t, Role.Leadership, { municipalityId: municipality.id });
    await t.http().put(`/api/users/${user.user.id}`).set(bearer(t.adminToken)).send({ active: false }).expect(200);
    await t.http().get('/api/auth/me').set(bearer(user.token)).expect(401);
    await t.http().post('/api/auth/login').send({ email: user.user.email, password: user.password }).expect(401);
  });
});

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_THROTTLE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 after too many attempts for one e-mail, and other e-mails still get in', async () => {
    for (let i = 0; i < 3; i += 1)
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'victim@test.se', password: 'guess-number-' + i })
        .expect(401);
    const limited = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'victim@test.se', password: 'guess-again-xx' })
      .expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    await t.http().post('/api/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }).expect(200);
  });
});

describe('account lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LOCKOUT_THRESHOLD: '3', LOGIN_MAX_DELAY_SECONDS: '900' });
  });
  afterAll(() => t.close());

  it('makes an account wait after repeated failures, even for the right password, until an admin sets a new one', async () => {
    const { municipality } = await createTenant(t);
    const user = await createUser(t, Role.Coordinator, { municipalityId: municipality.id });
    const attempt = (password: string) => t.http().post('/api/auth/login').send({ email: user.user.email, password });
    await attempt('fel-lösenord-1').expect(401);
    await attempt('fel-lösenord-2').expect(401);
    await attempt('fel-lösenord-3').expect(401);
    const waiting = await attempt(TEST_PASSWORD).expect(429);
    expect(waiting.body.message).toMatch(/try again in \d+ seconds/);
    await t
      .http()
      .put(`/api/users/${user.user.id}`)
      .set(bearer(t.adminToken))
      .send({ password: 'Nytt-lösenord-77' })
      .expect(200);
    await attempt('Nytt-lösenord-77').expect(200);
  }, 120_000);

  it('resets the count after a successful login', async () => {
    const { municipality } = await createTenant(t);
    const user = await createUser(t, Role.Leadership, { municipalityId: municipality.id });
    const attempt = (password: string) => t.http().post('/api/auth/login').send({ email: user.user.email, password });
    await attempt('fel-lösenord-1').expect(401);
    await attempt('fel-lösenord-2').expect(401);
    await attempt(TEST_PASSWORD).expect(200);
    await attempt('fel-lösenord-3').expect(401);
    await attempt('fel-lösenord-4').expect(401);
    await attempt(TEST_PASSWORD).expect(200);
  });
});

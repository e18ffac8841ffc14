import { Role } from '@kompass/shared';
import { createDepartment, createMunicipality, createUser } from '../factories';
import { signInAtProvider, startOidcProvider, TestOidcProvider } from '../support/oidc-provider';
import { callKompassCallback, errorOf, ssoLogin } from '../support/sso-login';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** Single sign-on against a real OpenID Connect provider (oidc-provider), the whole code flow over HTTP. */
describe('single sign-on (OpenID Connect)', () => {
  let t: TestApp;
  let idp: TestOidcProvider;
  let ronneby: { id: number; code: string };
  let karlshamn: { id: number; code: string };
  let school: { id: number };

  const connection = (
    municipalityId: number,
    clientIndex: number,
    domain: string,
    extra: Record<string, unknown> = {},
  ) => ({
    municipalityId,
    displayName: `Kommun ${domain}`,
    issuer: idp.issuer,
    clientId: idp.clients[clientIndex].id,
    clientSecretRef: `env:SSO_TEST_SECRET_${clientIndex}`,
    allowedDomains: [domain],
    roleClaim: 'groups',
    roleMap: [
      { value: 'kompass-samordnare', role: Role.Coordinator },
      { value: 'kompass-ledning', role: Role.Leadership },
      { value: 'kompass-skolchef', role: Role.DepartmentHead, departmentId: school.id },
    ],
    ...extra,
  });

  beforeAll(async () => {
    idp = await startOidcProvider('http://localhost:3000/api/auth/oidc/callback');
    idp.clients.forEach((c, i) => (process.env[`SSO_TEST_SECRET_${i}`] = c.secret));
    t = await startTestApp();
    ronneby = await createMunicipality(t, { name: 'Ronneby' });
    karlshamn = await createMunicipality(t, { name: 'Karlshamn' });
    school = await createDepartment(t, ronneby.id, { name: 'Utbildningsförvaltningen' });
    await t
      .http()
      .post('/api/oidc-connections')
      .set(bearer(t.adminToken))
      .send(connection(ronneby.id, 0, 'ronneby.se'))
      .expect(201);
    await t
      .http()
      .post('/api/oidc-connections')
      .set(bearer(t.adminToken))
      .send({
        ...connection(karlshamn.id, 1, 'karlshamn.se'),
        roleMap: [{ value: 'kompass-samordnare', role: Role.Coordinator }],
      })
      .expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });
  afterEach(() => (idp.tamper = null));

  it('signs a new user in, creates them with the mapped role and keeps the deep link', async () => {
    idp.accounts.set('anna', { email: 'Anna.Ek@ronneby.se', name: 'Anna Ek', groups: ['other', 'kompass-samordnare'] });
    const attempt = await ssoLogin(t, ronneby.code, 'anna');
    expect(attempt.location).toBe(`${t.config.appUrl}/#/sso?next=${encodeURIComponent('/actions?x=1')}`);
    expect(attempt.session!.user).toMatchObject({
      email: 'anna.ek@ronneby.se',
      name: 'Anna Ek',
      role: Role.Coordinator,
      municipalityId: ronneby.id,
    });
    const me = await t.http().get('/api/auth/me').set(bearer(attempt.session!.accessToken)).expect(200);
    expect(me.body.email).toBe('anna.ek@ronneby.se');
    // The hand-over cookie is spent once collected.
    const again = await t.http().post('/api/auth/oidc/session').expect(401);
    expect(again.body.code).toBe('login_required');
  });

  it('refuses a callback whose state differs from the one sent', async () => {
    idp.accounts.set('bo', { email: 'bo@ronneby.se', groups: ['kompass-samordnare'] });
    const attempt = await ssoLogin(t, ronneby.code, 'bo', (callback) => {
      callback.searchParams.set('state', 'forged-state');
      return callback;
    });
    expect(errorOf(attempt.location)).toBe('sso_state_mismatch');
    expect(attempt.session).toBeUndefined();
  });

  it('refuses a callback without the flow cookie (started elsewhere)', async () => {
    idp.accounts.set('bo', { email: 'bo@ronneby.se', groups: ['kompass-samordnare'] });
    const attempt = await ssoLogin(t, ronneby.code, 'bo');
    const replay = await callKompassCallback(t, attempt.callback, 'kompass_oidc_flow=forged.value');
    expect(errorOf(replay.location)).toBe('sso_flow_expired');
  });

  it('refuses a replayed authorization code', async () => {
    idp.accounts.set('cecilia', { email: 'cecilia@ronneby.se', groups: ['kompass-ledning'] });
    const first = await ssoLogin(t, ronneby.code, 'cecilia');
    expect(first.session!.user.role).toBe(Role.Leadership);
    const replay = await callKompassCallback(t, first.callback, first.flowCookie);
    expect(errorOf(replay.location)).toBe('sso_provider_refused');
    expect(replay.session).toBeUndefined();
  });

  it('refuses an ID token for another audience', async () => {
    idp.accounts.set('david', { email: 'david@ronneby.se', groups: ['kompass-samordnare'] });
    idp.tamper = (payload) => ({ ...payload, aud: 'some-other-app' });
    const attempt = await ssoLogin(t, ronneby.code, 'david');
    expect(errorOf(attempt.location)).toBe('sso_token_invalid');
  });

  it('refuses an ID token from another issuer', async () => {
    idp.accounts.set('david', { email: 'david@ronneby.se', groups: ['kompass-samordnare'] });
    idp.tamper = (payload) => ({ ...payload, iss: 'https://evil.example.com' });
    const attempt = await ssoLogin(t, ronneby.code, 'david');
    expect(errorOf(attempt.location)).toBe('sso_token_invalid');
  });

  it('refuses an expired ID token', async () => {
    idp.accounts.set('erik', { email: 'erik@ronneby.se', groups: ['kompass-samordnare'] });
    const now = Math.floor(Date.now() / 1000);
    idp.tamper = (payload) => ({ ...payload, iat: now - 7200, exp: now - 3600 });
    const attempt = await ssoLogin(t, ronneby.code, 'erik');
    expect(errorOf(attempt.location)).toBe('sso_token_invalid');
    const users = await t
      .http()
      .get('/api/users')
      .query({ filter: JSON.stringify({ email: 'erik@ronneby.se' }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(users.body).toEqual([]);
  });

  it('refuses an unmapped user and names the municipality to ask', async () => {
    idp.accounts.set('frida', { email: 'frida@ronneby.se', groups: ['alla-anstallda'] });
    const attempt = await ssoLogin(t, ronneby.code, 'frida');
    expect(errorOf(attempt.location)).toBe('sso_unmapped');
    expect(new URLSearchParams(attempt.location.split('?')[1]).get('kommun')).toBe('Ronneby');
  });

  it("refuses a domain that belongs to another municipality, and another municipality's user", async () => {
    idp.accounts.set('gustav', { email: 'gustav@karlshamn.se', groups: ['kompass-samordnare'] });
    expect(errorOf((await ssoLogin(t, ronneby.code, 'gustav')).location)).toBe('sso_wrong_domain');
    // Through Karlshamn's own connection the same account is welcome.
    expect((await ssoLogin(t, karlshamn.code, 'gustav')).session!.user.municipalityId).toBe(karlshamn.id);
  });

  it('follows role and department changes between logins, audited, and ends access when the groups go', async () => {
    idp.accounts.set('helena', { email: 'helena@ronneby.se', groups: ['kompass-samordnare'] });
    const first = await ssoLogin(t, ronneby.code, 'helena');
    expect(first.session!.user).toMatchObject({ role: Role.Coordinator, departmentId: null });
    idp.accounts.set('helena', { email: 'helena@ronneby.se', groups: ['kompass-skolchef'] });
    const second = await ssoLogin(t, ronneby.code, 'helena');
    expect(second.session!.user).toMatchObject({
      id: first.session!.user.id,
      role: Role.DepartmentHead,
      departmentId: school.id,
    });
    const audit = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entity: 'user', entityId: first.session!.user.id }), sort: '["id","ASC"]' })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(audit.body.at(-1)).toMatchObject({
      action: 'update',
      before: { role: Role.Coordinator, departmentId: null },
      after: { role: Role.DepartmentHead, departmentId: school.id },
    });
    idp.accounts.set('helena', { email: 'helena@ronneby.se', groups: [] });
    expect(errorOf((await ssoLogin(t, ronneby.code, 'helena')).location)).toBe('sso_unmapped');
    await t.http().get('/api/auth/me').set(bearer(second.session!.accessToken)).expect(401);
  });

  it('links an existing user with the same verified e-mail, never duplicates, and refuses an unverified one', async () => {
    const existing = await t
      .http()
      .post('/api/users')
      .set(bearer(t.adminToken))
      .send({
        email: 'ingrid@ronneby.se',
        name: 'Ingrid',
        role: Role.Leadership,
        municipalityId: ronneby.id,
        password: 'Ett-långt-lösenord-2026',
      })
      .expect(201);
    idp.accounts.set('ingrid-unverified', {
      email: 'ingrid@ronneby.se',
      email_verified: false,
      groups: ['kompass-ledning'],
    });
    expect(errorOf((await ssoLogin(t, ronneby.code, 'ingrid-unverified')).location)).toBe('sso_email_unverified');
    idp.accounts.set('ingrid', { email: 'ingrid@ronneby.se', groups: ['kompass-ledning'] });
    const attempt = await ssoLogin(t, ronneby.code, 'ingrid');
    expect(attempt.session!.user.id).toBe(existing.body.id);
    const users = await t
      .http()
      .get('/api/users')
      .query({ filter: JSON.stringify({ email: 'ingrid@ronneby.se' }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(users.body).toHaveLength(1);
  });

  it('refuses a user deactivated in Kompass', async () => {
    idp.accounts.set('johan', { email: 'johan@ronneby.se', groups: ['kompass-samordnare'] });
    const first = await ssoLogin(t, ronneby.code, 'johan');
    await t
      .http()
      .put(`/api/users/${first.session!.user.id}`)
      .set(bearer(t.adminToken))
      .send({ active: false })
      .expect(200);
    expect(errorOf((await ssoLogin(t, ronneby.code, 'johan')).location)).toBe('sso_inactive');
  });

  it('turns password login off per municipality, but admins keep their break-glass login', async () => {
    const user = await createUser(t, Role.Coordinator, { municipalityId: ronneby.id });
    const list = await t.http().get('/api/oidc-connections').set(bearer(t.adminToken)).expect(200);
    const row = list.body.find((c: { municipalityId: number }) => c.municipalityId === ronneby.id);
    await t
      .http()
      .put(`/api/oidc-connections/${row.id}`)
      .set(bearer(t.adminToken))
      .send({ ...connection(ronneby.id, 0, 'ronneby.se'), passwordLoginAllowed: false })
      .expect(200);
    try {
      const refused = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.user.email, password: user.password })
        .expect(403);
      expect(refused.body.code).toBe('password_login_disabled');
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'admin@test.kompass.se', password: 'Admin-lösenord-2026' })
        .expect(200);
      const options = await t.http().get('/api/auth/sso-options').query({ email: 'someone@ronneby.se' }).expect(200);
      expect(options.body).toEqual([
        {
          municipalityCode: ronneby.code,
          displayName: 'Kommun ronneby.se',
          loginUrl: `/api/auth/oidc/${ronneby.code}/login`,
          passwordLoginAllowed: false,
        },
      ]);
    } finally {
      await t
        .http()
        .put(`/api/oidc-connections/${row.id}`)
        .set(bearer(t.adminToken))
        .send(connection(ronneby.id, 0, 'ronneby.se'))
        .expect(200);
    }
  });

  it('lets only admins manage connections, answers no secret, and refuses a taken domain', async () => {
    const list = await t.http().get('/api/oidc-connections').set(bearer(t.adminToken)).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(idp.clients[0].secret);
    expect(list.body[0]).toMatchObject({ clientSecretRef: 'env:SSO_TEST_SECRET_0', clientSecretAvailable: true });
    const coordinator = await createUser(t, Role.Coordinator, { municipalityId: ronneby.id });
    await t.http().get('/api/oidc-connections').set(bearer(coordinator.token)).expect(403);
    const other = await createMunicipality(t);
    const taken = await t
      .http()
      .post('/api/oidc-connections')
      .set(bearer(t.adminToken))
      .send({ ...connection(other.id, 1, 'ronneby.se'), roleMap: [{ value: 'x', role: Role.Coordinator }] })
      .expect(409);
    expect(taken.body.message).toContain('ronneby.se');
    const plain = await t
      .http()
      .post('/api/oidc-connections')
      .set(bearer(t.adminToken))
      .send({ ...connection(other.id, 1, 'other.se'), clientSecretRef: 'hunter2' })
      .expect(400);
    expect(plain.body.details[0].field).toBe('clientSecretRef');
    // Connections are audited, and the audit list filters by them like by any other audited entity.
    const audited = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entity: 'oidc_connection' }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(audited.body.length).toBeGreaterThan(0);
    expect(audited.body.every((e: { entity: string }) => e.entity === 'oidc_connection')).toBe(true);
  });

  it('logs out: the Kompass session ends and the provider end-session URL is offered', async () => {
    idp.accounts.set('karin', { email: 'karin@ronneby.se', groups: ['kompass-samordnare'] });
    const { session } = await ssoLogin(t, ronneby.code, 'karin');
    const out = await t.http().post('/api/auth/logout').set(bearer(session!.accessToken)).expect(200);
    expect(out.body.endSessionUrl).toMatch(new RegExp(`^${idp.issuer}/session/end\\?`));
    await t.http().get('/api/auth/me').set(bearer(session!.accessToken)).expect(401);
  });

  it('"Testa inloggning" shows the claims and the outcome without signing in', async () => {
    idp.accounts.set('lars', { email: 'lars@ronneby.se', groups: ['kompass-ledning'] });
    const start = await t.http().get(`/api/auth/oidc/${ronneby.code}/login`).query({ test: '1' }).expect(302);
    const callback = await signInAtProvider(start.headers.location, 'lars');
    const flow = (start.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const { location } = await callKompassCallback(t, callback, flow);
    expect(location).toContain('#/sso-test?result=');
    const result = JSON.parse(Buffer.from(location.split('result=')[1], 'base64url').toString('utf8'));
    expect(result.outcome).toEqual({ ok: true, role: Role.Leadership, departmentId: null });
    expect(result.claims).toMatchObject({ email: 'lars@ronneby.se', groups: ['kompass-ledning'], nonce: '•••' });
    const users = await t
      .http()
      .get('/api/users')
      .query({ filter: JSON.stringify({ email: 'lars@ronneby.se' }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(users.body).toEqual([]);
  });
});

import { Role } from '@kompass/shared';
import { In } from 'typeorm';
import { User } from '../../backend/src/users/user.entity';
import { createMunicipality, createUser, TEST_PASSWORD } from '../factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, bearer, startTestApp, TestApp } from '../support/test-app';

/** How passwords are kept and for how long a login lasts; lockout and invalidation are in auth.e2e-spec.ts. */
describe('passwords and token lifetime', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ JWT_EXPIRES_IN: '6s' });
  });
  afterAll(() => t.close());

  // The harness's admin token is as short-lived as any other here: each test takes a fresh one.
  beforeEach(async () => {
    t.adminToken = (
      await t.http().post('/api/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }).expect(200)
    ).body.accessToken;
  });

  it('stores argon2id hashes (64 MiB, t=3, p=4) with a salt of their own, and never returns them', async () => {
    const { id: municipalityId } = await createMunicipality(t);
    // Through the API: the factories seed one precomputed hash.
    const create = async (email: string, role: Role) =>
      (
        await t
          .http()
          .post('/api/users')
          .set(bearer(t.adminToken))
          .send({ email, name: 'Hash Test', role, municipalityId, password: TEST_PASSWORD })
          .expect(201)
      ).body.id as number;
    const ids = [
      await create('hash-a@test.kompass.se', Role.Coordinator),
      await create('hash-b@test.kompass.se', Role.Leadership),
    ];
    const rows = await t.dataSource
      .getRepository(User)
      .find({ select: { id: true, passwordHash: true }, where: { id: In(ids) } });
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$[\w+/]{22}\$[\w+/]{43}$/);
    // Same password, different salts
    expect(rows[0].passwordHash).not.toBe(rows[1].passwordHash);
    const listed = await t.http().get('/api/users').query({ range: '[0,99]' }).set(bearer(t.adminToken)).expect(200);
    expect(JSON.stringify(listed.body)).not.toMatch(/passwordHash|\$argon2/);
  });

  it('refuses passwords that are short, one repeated character or the e-mail name, naming the field', async () => {
    const { id: municipalityId } = await createMunicipality(t);
    const attempt = (email: string, password: string) =>
      t
        .http()
        .post('/api/users')
        .set(bearer(t.adminToken))
        .send({ email, name: 'Policy', role: Role.Leadership, municipalityId, password })
        .expect(400);
    expect((await attempt('anna@test.se', 'kort-9')).body.details).toEqual([
      {
        field: 'password',
        message: 'must be at least 10 characters long',
        code: 'weak_password',
        params: { limit: 10 },
      },
    ]);
    expect((await attempt('upprepa@test.se', 'aaaaaaaaaaaa')).body.details).toEqual([
      { field: 'password', message: 'must not repeat one character', code: 'weak_password', params: { limit: 10 } },
    ]);
    expect((await attempt('karin.larsson@test.se', 'Karin.Larsson-2026')).body.details).toEqual([
      { field: 'password', message: 'must not contain your e-mail name', code: 'weak_password', params: { limit: 10 } },
    ]);
  });

  it('lets a token expire after JWT_EXPIRES_IN', async () => {
    const { id: municipalityId } = await createMunicipality(t);
    const user = await createUser(t, Role.Leadership, { municipalityId });
    await t.http().get('/api/auth/me').set(bearer(user.token)).expect(200);
    const [, payload] = user.token.split('.');
    const { iat, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(exp - iat).toBe(6);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 1100));
    const expired = await t.http().get('/api/auth/me').set(bearer(user.token)).expect(401);
    expect(expired.body.message).toBe('The token is invalid or has expired; log in again');
  });
});

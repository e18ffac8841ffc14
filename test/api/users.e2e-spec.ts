import { Role } from '@kompass/shared';
import { createDepartment, createTenant, createUser, TEST_PASSWORD } from '../factories';
import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('users and tenancy', () => {
  let t: TestApp;
  let home: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  beforeAll(async () => {
    t = await startTestApp();
    home = await createTenant(t);
    other = await createTenant(t);
  });
  afterAll(() => t.close());

  const newUser = (municipalityId?: number, extra: Record<string, unknown> = {}) => ({
    email: `ny.${Math.random().toString(36).slice(2)}@ronneby.se`,
    name: 'Ny Person',
    role: Role.DepartmentHead,
    password: TEST_PASSWORD,
    ...(municipalityId ? { municipalityId } : {}),
    ...extra,
  });

  it('answers 401 on /api/users without a token', async () => {
    await t.http().get('/api/users').expect(401);
  });

  it('answers 403 when leadership tries to create a user', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(bearer(home.leadership.token))
      .send(newUser(home.municipality.id))
      .expect(403);
    expect(res.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      code: 'forbidden',
      message: 'Your role does not allow this',
    });
  });

  it('answers 404 when a coordinator reads, edits or deletes a user of another municipality', async () => {
    const foreign = other.leadership.user.id;
    const res = await t.http().get(`/api/users/${foreign}`).set(bearer(home.coordinator.token)).expect(404);
    expect(res.body.message).toBe(`User ${foreign} not found`);
    await t.http().put(`/api/users/${foreign}`).set(bearer(home.coordinator.token)).send({ name: 'X' }).expect(404);
    await t.http().delete(`/api/users/${foreign}`).set(bearer(home.coordinator.token)).expect(404);
    const missing = await t.http().get('/api/users/999999').set(bearer(home.coordinator.token)).expect(404);
    expect(missing.body.message).toBe('User 999999 not found');
  });

  it('lists only the own municipality, with Content-Range', async () => {
    const res = await t
      .http()
      .get('/api/users')
      .query({ range: '[0,1]', sort: '["email","ASC"]' })
      .set(bearer(home.leadership.token))
      .expect(200);
    expect(res.body).toHaveLength(2);
    expect(res.headers['content-range']).toBe('users 0-1/3');
    expect(res.body.every((u: { municipalityId: number }) => u.municipalityId === home.municipality.id)).toBe(true);
    const all = await t.http().get('/api/users').set(bearer(t.adminToken)).expect(200);
    expect(all.headers['content-range']).toBe(`users 0-${all.body.length - 1}/7`);
  });

  it('filters by role, ids (getMany) and free text, and pages stably', async () => {
    const byRole = await t
      .http()
      .get('/api/users')
      .query({ filter: JSON.stringify({ role: 'coordinator' }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(byRole.body.map((u: { id: number }) => u.id).sort()).toEqual(
      [home.coordinator.user.id, other.coordinator.user.id].sort(),
    );
    const ids = [home.leadership.user.id, home.coordinator.user.id];
    const many = await t
      .http()
      .get('/api/users')
      .query({ filter: JSON.stringify({ id: ids }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(many.body).toHaveLength(2);
    const q = await t
      .http()
      .get('/api/users')
      .query({ filter: JSON.stringify({ q: home.leadership.user.name.toUpperCase() }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(q.body.map((u: { id: number }) => u.id)).toEqual([home.leadership.user.id]);
    const empty = await t.http().get('/api/users').query({ range: '[100,124]' }).set(bearer(t.adminToken)).expect(200);
    expect(empty.body).toEqual([]);
    expect(empty.headers['content-range']).toBe('users */7');
  });

  it('answers 400 naming an unknown filter or sort field, or a badly typed filter', async () => {
    const f = await t
      .http()
      .get('/api/users')
      .query({ filter: '{"shoeSize":42}' })
      .set(bearer(t.adminToken))
      .expect(400);
    expect(f.body.message).toContain('Unknown filter field "shoeSize"');
    expect(f.body.details).toEqual([
      { field: 'filter.shoeSize', message: 'unknown filter field', code: 'invalid_query' },
    ]);
    const s = await t
      .http()
      .get('/api/users')
      .query({ sort: '["passwordHash","ASC"]' })
      .set(bearer(t.adminToken))
      .expect(400);
    expect(s.body.message).toContain('Unknown sort field "passwordHash"');
    const typed = await t
      .http()
      .get('/api/users')
      .query({ filter: '{"municipalityId":"abc"}' })
      .set(bearer(t.adminToken))
      .expect(400);
    expect(typed.body.message).toBe('Filter "municipalityId" must be an integer');
    await t.http().get('/api/users').query({ range: '[5,1]' }).set(bearer(t.adminToken)).expect(400);
    await t.http().get('/api/users').query({ filter: '{not json' }).set(bearer(t.adminToken)).expect(400);
  });

  it('lets a coordinator manage users of its own municipality, but not admins', async () => {
    const created = await t
      .http()
      .post('/api/users')
      .set(bearer(home.coordinator.token))
      .send(newUser(undefined, { departmentId: home.department.id }))
      .expect(201);
    expect(created.body).toMatchObject({
      municipalityId: home.municipality.id,
      departmentId: home.department.id,
      role: 'department_head',
    });
    await t
      .http()
      .post('/api/users')
      .set(bearer(home.coordinator.token))
      .send(newUser(other.municipality.id))
      .expect(404);
    await t
      .http()
      .post('/api/users')
      .set(bearer(home.coordinator.token))
      .send(newUser(undefined, { role: 'admin' }))
      .expect(403);
    const foreignDept = await createDepartment(t, other.municipality.id);
    const wrongDept = await t
      .http()
      .post('/api/users')
      .set(bearer(home.coordinator.token))
      .send(newUser(undefined, { departmentId: foreignDept.id }))
      .expect(400);
    expect(wrongDept.body.details[0].field).toBe('departmentId');
    await t
      .http()
      .put(`/api/users/${created.body.id}`)
      .set(bearer(home.coordinator.token))
      .send({ name: 'Omdöpt' })
      .expect(200);
    await t.http().delete(`/api/users/${created.body.id}`).set(bearer(home.coordinator.token)).expect(200);
    await t.http().get(`/api/users/${created.body.id}`).set(bearer(home.coordinator.token)).expect(404);
  });

  it('refuses a department head writing users, and validates fields by name', async () => {
    await t
      .http()
      .post('/api/users')
      .set(bearer(home.departmentHead.token))
      .send(newUser(home.municipality.id))
      .expect(403);
    const res = await t
      .http()
      .post('/api/users')
      .set(bearer(t.adminToken))
      .send({ email: 'inte-en-adress', name: '', role: 'boss', password: 'x' })
      .expect(400);
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'role']));
    const dup = await t
      .http()
      .post('/api/users')
      .set(bearer(t.adminToken))
      .send(newUser(home.municipality.id, { email: home.leadership.user.email }))
      .expect(409);
    expect(dup.body.message).toContain('already in use');
    const weak = await t
      .http()
      .post('/api/users')
      .set(bearer(t.adminToken))
      .send(newUser(home.municipality.id, { password: 'short' }))
      .expect(400);
    expect(weak.body.details[0].field).toBe('password');
  });

  it('drops unknown properties instead of storing them (whitelist)', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(bearer(t.adminToken))
      .send(newUser(home.municipality.id, { tokenVersion: 99, isSuperuser: true }))
      .expect(201);
    expect(res.body.isSuperuser).toBeUndefined();
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: res.body.email, password: TEST_PASSWORD })
      .expect(200);
    await t.http().get('/api/auth/me').set(bearer(login.body.accessToken)).expect(200);
  });

  it('never lets anyone deactivate or demote themselves', async () => {
    await t
      .http()
      .put(`/api/users/${home.coordinator.user.id}`)
      .set(bearer(home.coordinator.token))
      .send({ active: false })
      .expect(403);
    await t
      .http()
      .put(`/api/users/${home.coordinator.user.id}`)
      .set(bearer(home.coordinator.token))
      .send({ role: 'leadership' })
      .expect(403);
  });

  it('creates admins without a municipality, only as admin', async () => {
    const admin = await createUser(t, Role.Admin);
    expect(admin.user.municipalityId).toBeNull();
    const seen = await t.http().get(`/api/users/${other.coordinator.user.id}`).set(bearer(admin.token)).expect(200);
    expect(seen.body.id).toBe(other.coordinator.user.id);
  });
});

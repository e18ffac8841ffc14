import { createDepartment, createMunicipality, createTenant, createUser } from '../factories';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { Role } from '@kompass/shared';

describe('municipalities and departments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets the admin create, rename and list municipalities by kommunkod', async () => {
    const created = await t
      .http()
      .post('/api/municipalities')
      .set(bearer(t.adminToken))
      .send({ name: 'Ronneby kommun', code: '1081', organisationNumber: '212000-0829' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Ronneby kommun', code: '1081', organisationNumber: '212000-0829' });
    await t
      .http()
      .put(`/api/municipalities/${created.body.id}`)
      .set(bearer(t.adminToken))
      .send({ name: 'Ronneby' })
      .expect(200);
    const list = await t
      .http()
      .get('/api/municipalities')
      .query({ filter: '{"code":"1081"}' })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, name: 'Ronneby' })]);
    const dup = await t
      .http()
      .post('/api/municipalities')
      .set(bearer(t.adminToken))
      .send({ name: 'Kopia', code: '1081' })
      .expect(409);
    expect(dup.body.message).toBe('A municipality with kommunkod 1081 already exists');
  });

  it('validates the kommunkod and organisation number by field', async () => {
    const res = await t
      .http()
      .post('/api/municipalities')
      .set(bearer(t.adminToken))
      .send({ name: 'X', code: '108', organisationNumber: '12' })
      .expect(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: 'code', message: 'code must be a 4-digit kommunkod such as 1081', code: 'invalid_value' },
        {
          field: 'organisationNumber',
          message: 'organisationNumber must look like 212000-0829',
          code: 'invalid_value',
        },
      ]),
    );
  });

  it('shows non-admins only their own municipality and refuses their writes', async () => {
    const home = await createTenant(t);
    const other = await createMunicipality(t);
    const list = await t.http().get('/api/municipalities').set(bearer(home.coordinator.token)).expect(200);
    expect(list.body.map((m: { id: number }) => m.id)).toEqual([home.municipality.id]);
    await t.http().get(`/api/municipalities/${other.id}`).set(bearer(home.coordinator.token)).expect(404);
    await t
      .http()
      .post('/api/municipalities')
      .set(bearer(home.coordinator.token))
      .send({ name: 'Ny', code: '9999' })
      .expect(403);
    await t
      .http()
      .put(`/api/municipalities/${home.municipality.id}`)
      .set(bearer(home.coordinator.token))
      .send({ name: 'Ny' })
      .expect(403);
  });

  it('lets a coordinator manage its departments; the department head and leadership only read', async () => {
    const home = await createTenant(t);
    const created = await t
      .http()
      .post('/api/departments')
      .set(bearer(home.coordinator.token))
      .send({ name: 'Socialförvaltningen', kind: 'administration' })
      .expect(201);
    expect(created.body.municipalityId).toBe(home.municipality.id);
    const dup = await t
      .http()
      .post('/api/departments')
      .set(bearer(home.coordinator.token))
      .send({ name: 'Socialförvaltningen' })
      .expect(409);
    expect(dup.body.message).toContain('already has a department named');
    await t
      .http()
      .put(`/api/departments/${created.body.id}`)
      .set(bearer(home.coordinator.token))
      .send({ kind: 'committee' })
      .expect(200);
    await t.http().post('/api/departments').set(bearer(home.departmentHead.token)).send({ name: 'X' }).expect(403);
    await t.http().delete(`/api/departments/${created.body.id}`).set(bearer(home.leadership.token)).expect(403);
    const list = await t
      .http()
      .get('/api/departments')
      .query({ filter: '{"kind":"committee"}' })
      .set(bearer(home.leadership.token))
      .expect(200);
    expect(list.body.map((d: { name: string }) => d.name)).toEqual(['Socialförvaltningen']);
    const badKind = await t
      .http()
      .get('/api/departments')
      .query({ filter: '{"kind":"club"}' })
      .set(bearer(home.leadership.token))
      .expect(400);
    expect(badKind.body.message).toBe('Filter "kind" must be one of administration, committee, company');
    await t.http().delete(`/api/departments/${created.body.id}`).set(bearer(home.coordinator.token)).expect(200);
  });

  it('hides another municipality’s departments (404) and refuses writing into it', async () => {
    const home = await createTenant(t);
    const other = await createTenant(t);
    await t.http().get(`/api/departments/${other.department.id}`).set(bearer(home.coordinator.token)).expect(404);
    await t
      .http()
      .put(`/api/departments/${other.department.id}`)
      .set(bearer(home.coordinator.token))
      .send({ name: 'Mitt' })
      .expect(404);
    await t
      .http()
      .post('/api/departments')
      .set(bearer(home.coordinator.token))
      .send({ name: 'Smyg', municipalityId: other.municipality.id })
      .expect(404);
  });

  it('refuses to delete a municipality that still has people, with 409, and deletes an empty one', async () => {
    const used = await createMunicipality(t);
    const dept = await createDepartment(t, used.id);
    await createUser(t, Role.Leadership, { municipalityId: used.id, departmentId: dept.id });
    const res = await t.http().delete(`/api/municipalities/${used.id}`).set(bearer(t.adminToken)).expect(409);
    expect(res.body.message).toContain('still referenced');
    await t.http().get(`/api/municipalities/${used.id}`).set(bearer(t.adminToken)).expect(200);
    const empty = await createMunicipality(t);
    await t.http().delete(`/api/municipalities/${empty.id}`).set(bearer(t.adminToken)).expect(200);
    await t.http().get(`/api/municipalities/${empty.id}`).set(bearer(t.adminToken)).expect(404);
  });
});

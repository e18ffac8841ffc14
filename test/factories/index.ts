import { DepartmentKind, Role, type DepartmentRecord, type MunicipalityRecord, type UserRecord } from '@kompass/shared';
import { bearer, TestApp } from '../support/test-app';

let sequence = 0;
const next = () => {
  sequence += 1;
  return sequence;
};

export const TEST_PASSWORD = 'Testlösenord-123';

async function expectCreated<T>(response: { status: number; body: unknown }, what: string): Promise<T> {
  if (response.status !== 201) throw new Error(`Creating ${what} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

/** A municipality with a unique 4-digit kommunkod, created by the admin through the API. */
export async function createMunicipality(t: TestApp, overrides: Partial<MunicipalityRecord> = {}): Promise<MunicipalityRecord> {
  const n = next();
  const code = String(1000 + ((process.pid * 7 + n * 13) % 9000)).padStart(4, '0');
  const response = await t
    .http()
    .post('/api/municipalities')
    .set(bearer(t.adminToken))
    .send({ name: `Testkommun ${n}`, code, ...overrides });
  return expectCreated(response, 'a municipality');
}

export async function createDepartment(
  t: TestApp,
  municipalityId: number,
  overrides: Partial<DepartmentRecord> = {},
): Promise<DepartmentRecord> {
  const response = await t
    .http()
    .post('/api/departments')
    .set(bearer(t.adminToken))
    .send({ municipalityId, name: `Förvaltning ${next()}`, kind: DepartmentKind.Administration, ...overrides });
  return expectCreated(response, 'a department');
}

export interface TestUser {
  user: UserRecord;
  token: string;
  password: string;
}

/** A user of the given role, created by the admin and logged in. */
export async function createUser(
  t: TestApp,
  role: Role,
  placement: { municipalityId?: number | null; departmentId?: number | null } = {},
  overrides: Record<string, unknown> = {},
): Promise<TestUser> {
  const n = next();
  const email = `user${n}.${role}@test.kompass.se`;
  const response = await t
    .http()
    .post('/api/users')
    .set(bearer(t.adminToken))
    .send({ email, name: `Test Användare ${n}`, role, password: TEST_PASSWORD, ...placement, ...overrides });
  const user = await expectCreated<UserRecord>(response, `a ${role}`);
  const login = await t.http().post('/api/auth/login').send({ email, password: TEST_PASSWORD });
  if (login.status !== 200) throw new Error(`Login of ${email} failed: ${login.status}`);
  return { user, token: login.body.accessToken, password: TEST_PASSWORD };
}

/** A municipality with one department and one user of each municipal role. */
export async function createTenant(t: TestApp) {
  const municipality = await createMunicipality(t);
  const department = await createDepartment(t, municipality.id);
  const at = { municipalityId: municipality.id };
  return {
    municipality,
    department,
    coordinator: await createUser(t, Role.Coordinator, at),
    departmentHead: await createUser(t, Role.DepartmentHead, { ...at, departmentId: department.id }),
    leadership: await createUser(t, Role.Leadership, at),
  };
}

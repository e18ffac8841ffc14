import {
  DepartmentKind,
  type DepartmentRecord,
  type MunicipalityRecord,
  type Role,
  type UserRecord,
} from '@kompass/shared';
import { bearer, expectCreated, type ApiTarget } from './api-target';

export const TEST_PASSWORD = 'Testlösenord-123';

let sequence = 0;
/** Unique per test process: names, codes and e-mails built from it never collide within a file's database. */
export const nextSequence = () => {
  sequence += 1;
  return sequence;
};

/** A municipality with a unique 4-digit kommunkod, created by the admin through the API. */
export async function createMunicipality(
  t: ApiTarget,
  overrides: Partial<MunicipalityRecord> = {},
): Promise<MunicipalityRecord> {
  const n = nextSequence();
  const code = String(1000 + ((process.pid * 7 + n * 13) % 9000)).padStart(4, '0');
  const response = await t
    .http()
    .post('/api/municipalities')
    .set(bearer(t.adminToken))
    .send({ name: `Testkommun ${n}`, code, ...overrides });
  return expectCreated(response, 'a municipality');
}

export async function createDepartment(
  t: ApiTarget,
  municipalityId: number,
  overrides: Partial<DepartmentRecord> = {},
): Promise<DepartmentRecord> {
  const response = await t
    .http()
    .post('/api/departments')
    .set(bearer(t.adminToken))
    .send({ municipalityId, name: `Förvaltning ${nextSequence()}`, kind: DepartmentKind.Administration, ...overrides });
  return expectCreated(response, 'a department');
}

/**
 * A user created by the admin through POST /api/users, password strength check included. For a server the test
 * cannot reach the database of (the browser suite); API tests seed theirs with createUser, which is faster.
 */
export async function registerUser(
  t: ApiTarget,
  fields: {
    email: string;
    name: string;
    role: Role;
    password: string;
    municipalityId?: number | null;
    departmentId?: number | null;
  },
): Promise<UserRecord> {
  const response = await t.http().post('/api/users').set(bearer(t.adminToken)).send(fields);
  return expectCreated(response, `the user ${fields.email}`);
}

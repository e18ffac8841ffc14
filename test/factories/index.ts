import { Locale, Role, type UserRecord } from '@kompass/shared';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '../../backend/src/auth/password';
import { User } from '../../backend/src/users/user.entity';
import { toUserRecord } from '../../backend/src/users/users.service';
import type { TestApp } from '../support/test-app';
import { createDepartment, createMunicipality, nextSequence, TEST_PASSWORD } from './tenants';

export { apiTarget, type ApiTarget } from './api-target';
export { createDepartment, createMunicipality, registerUser, TEST_PASSWORD } from './tenants';

export interface TestUser {
  user: UserRecord;
  token: string;
  password: string;
}

let testPasswordHash: Promise<string> | undefined;
/**
 * TEST_PASSWORD's argon2id hash, computed once per jest run (kept beside the run's database templates) instead of
 * once per user: each costs ~0.1 s on all cores, and the API's user creation also indexes zxcvbn's dictionaries
 * (~1 s per test file). Logins still verify it with real argon2; users.e2e-spec and the security suites create
 * theirs through POST /api/users.
 */
function hashOfTestPassword(): Promise<string> {
  const runDir = process.env.KOMPASS_TEST_TEMPLATE_DIR;
  const file = runDir && join(runDir, 'test-password.hash');
  testPasswordHash ??=
    file && existsSync(file)
      ? Promise.resolve(readFileSync(file, 'utf8'))
      : hashPassword(TEST_PASSWORD).then((hash) => {
          // Renamed into place: a worker must never read a half-written hash.
          if (file) {
            writeFileSync(`${file}.${process.pid}`, hash);
            renameSync(`${file}.${process.pid}`, file);
          }
          return hash;
        });
  return testPasswordHash;
}

/** A user of the given role, seeded into the database with TEST_PASSWORD, and logged in through the API. */
export async function createUser(
  t: TestApp,
  role: Role,
  placement: { municipalityId?: number | null; departmentId?: number | null } = {},
  overrides: { name?: string; locale?: Locale; active?: boolean } = {},
): Promise<TestUser> {
  const n = nextSequence();
  const email = `user${n}.${role}@test.kompass.se`;
  const users = t.dataSource.getRepository(User);
  const seeded = await users.save(
    users.create({
      email,
      name: `Test Användare ${n}`,
      role,
      municipalityId: role === Role.Admin ? null : (placement.municipalityId ?? null),
      departmentId: placement.departmentId ?? null,
      locale: Locale.Sv,
      active: true,
      passwordHash: await hashOfTestPassword(),
      ...overrides,
    }),
  );
  const user = toUserRecord(seeded);
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

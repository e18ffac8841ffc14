import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DepartmentRecord, ImportCommitResponse, MunicipalityRecord, UserRecord } from '@kompass/shared';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server';

export const USER_PASSWORD = 'Testlösenord-123';
export const REFERENCE_REPORT_PATH = join(__dirname, '../../fixtures/kommunkompassen-ronneby-2017.md');

/** A minimal client of the real API, for setting up what the UI tests then look at. */
export class Api {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  async request<T>(method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  static async login(baseUrl: string, email: string, password: string): Promise<Api> {
    const { accessToken } = await new Api(baseUrl).request<{ accessToken: string }>('POST', '/auth/login', { email, password });
    return new Api(baseUrl, accessToken);
  }

  static asAdmin(baseUrl: string): Promise<Api> {
    return Api.login(baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  }
}

export interface Tenant {
  municipality: MunicipalityRecord;
  department: DepartmentRecord;
  users: Record<'coordinator' | 'department_head' | 'leadership', UserRecord>;
}

let sequence = 0;

/** A municipality with a department and one user of each municipal role, all with USER_PASSWORD. */
export async function createTenant(admin: Api, name = 'Ronneby kommun', code = '1081'): Promise<Tenant> {
  const n = ++sequence;
  const municipality = await admin.request<MunicipalityRecord>('POST', '/municipalities', { name, code });
  const department = await admin.request<DepartmentRecord>('POST', '/departments', {
    municipalityId: municipality.id,
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
  });
  const user = (role: string, label: string, extra: Record<string, unknown> = {}) =>
    admin.request<UserRecord>('POST', '/users', {
      email: `${role.replace('_', '-')}.${n}@${code}.kompass.se`,
      name: label,
      role,
      password: USER_PASSWORD,
      municipalityId: municipality.id,
      ...extra,
    });
  return {
    municipality,
    department,
    users: {
      coordinator: await user('coordinator', 'Karin Kvalitet'),
      department_head: await user('department_head', 'Frida Förvaltningschef', { departmentId: department.id }),
      leadership: await user('leadership', 'Lars Ledning'),
    },
  };
}

/** The reference report imported through the API, as the coordinator. */
export async function importReferenceReport(api: Api): Promise<ImportCommitResponse> {
  return api.request<ImportCommitResponse>('POST', '/evaluations/import', { content: readFileSync(REFERENCE_REPORT_PATH, 'utf8') });
}

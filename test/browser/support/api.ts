import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ActionPlanRecord,
  ActionRecord,
  DepartmentRecord,
  EvaluationRecord,
  FindingRecord,
  ImportCommitResponse,
  MunicipalityRecord,
  UserRecord,
} from '@kompass/shared';
import { FOLLOW_UP_SCORES } from '../../fixtures/reevaluation-report.sample';
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
    if (!expected.includes(response.status))
      throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  static async login(baseUrl: string, email: string, password: string): Promise<Api> {
    const { accessToken } = await new Api(baseUrl).request<{ accessToken: string }>('POST', '/auth/login', {
      email,
      password,
    });
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
  return api.request<ImportCommitResponse>('POST', '/evaluations/import', {
    content: readFileSync(REFERENCE_REPORT_PATH, 'utf8'),
  });
}

/** A KK2016 evaluation as `Kod;Uppnått` CSV, as a municipality would type it up. */
export function scoresCsv(scores: Record<string, number>): string {
  return ['Kod;Uppnått', ...Object.entries(scores).map(([code, achieved]) => `${code};${achieved}`)].join('\n');
}

/** The re-evaluation of the tests (test/fixtures/reevaluation-report.sample.ts): four sub-questions up, two down. */
export const FOLLOW_UP_CSV = scoresCsv(FOLLOW_UP_SCORES);

export async function importCsvEvaluation(
  api: Api,
  csv: string,
  evaluatedAt: string,
  label: string,
): Promise<EvaluationRecord> {
  const { evaluation } = await api.request<ImportCommitResponse>('POST', '/evaluations/import', {
    content: csv,
    format: 'csv',
    fileName: `${label}.csv`,
    evaluatedAt,
    label,
  });
  return evaluation;
}

/** YYYY-MM-DD, `days` from today (negative: in the past). */
export function isoDaysFromNow(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function improvementItems(
  api: Api,
  evaluationId: number,
  count: number,
  offset = 0,
): Promise<FindingRecord[]> {
  const filter = encodeURIComponent(JSON.stringify({ evaluationId, kind: 'improvement' }));
  return api.request<FindingRecord[]>(
    'GET',
    `/findings?filter=${filter}&sort=["id","ASC"]&range=[${offset},${offset + count - 1}]`,
  );
}

/** A plan with actions drafted from improvement items (one per item), owned by the department head. */
export async function planWithActions(
  api: Api,
  tenant: Tenant,
  fields: {
    baselineEvaluationId: number;
    title: string;
    plannedReEvaluationDate: string;
    deadline: string;
    findingIds: number[];
  },
): Promise<{ plan: ActionPlanRecord; actions: ActionRecord[] }> {
  const { findingIds, deadline, ...planFields } = fields;
  const plan = await api.request<ActionPlanRecord>('POST', '/action-plans', planFields);
  const { created } = await api.request<{ created: ActionRecord[] }>('POST', `/action-plans/${plan.id}/actions/bulk`, {
    findingIds,
    ownerId: tenant.users.department_head.id,
    departmentId: tenant.department.id,
    deadline,
  });
  return { plan, actions: created };
}

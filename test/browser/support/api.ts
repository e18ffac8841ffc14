import {
  DepartmentKind,
  Role,
  type ActionPlanRecord,
  type ActionRecord,
  type DepartmentRecord,
  type EvaluationRecord,
  type FindingRecord,
  type ImportCommitResponse,
  type MunicipalityRecord,
  type UserRecord,
} from '@kompass/shared';
import { bulkCreateActions, createPlan } from '../../factories/action-plans';
import { apiTarget, type ApiTarget } from '../../factories/api-target';
import {
  importCsvEvaluation as importCsv,
  importReferenceReport as importReport,
  scoresCsv,
} from '../../factories/evaluations';
import { createDepartment, createMunicipality, registerUser, TEST_PASSWORD } from '../../factories/tenants';
import { FOLLOW_UP_SCORES } from '../../fixtures/reevaluation-report.sample';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server';

export const USER_PASSWORD = TEST_PASSWORD;
export { REFERENCE_REPORT_PATH, scoresCsv } from '../../factories/evaluations';

/**
 * A minimal client of the real API, for what the UI tests read and change ad hoc. Test data is built through the
 * API factories of test/factories, with target() as their client.
 */
export class Api {
  constructor(
    readonly baseUrl: string,
    private readonly accessToken?: string,
  ) {}

  get token(): string {
    if (!this.accessToken) throw new Error('This Api is not signed in');
    return this.accessToken;
  }

  /** The factories' client of this server; for those that act as the admin, this Api must be the admin's. */
  target(): ApiTarget {
    return apiTarget(this.baseUrl, this.token);
  }

  async request<T>(method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(this.accessToken ? { Authorization: `Bearer ${this.accessToken}` } : {}),
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
  const t = admin.target();
  const municipality = await createMunicipality(t, { name, code });
  const department = await createDepartment(t, municipality.id, {
    name: 'Kommunledningsförvaltningen',
    kind: DepartmentKind.Administration,
  });
  const user = (role: Role, name: string, departmentId?: number) =>
    registerUser(t, {
      email: `${role.replace('_', '-')}.${n}@${code}.kompass.se`,
      name,
      role,
      password: USER_PASSWORD,
      municipalityId: municipality.id,
      departmentId,
    });
  return {
    municipality,
    department,
    users: {
      coordinator: await user(Role.Coordinator, 'Karin Kvalitet'),
      department_head: await user(Role.DepartmentHead, 'Frida Förvaltningschef', department.id),
      leadership: await user(Role.Leadership, 'Lars Ledning'),
    },
  };
}

/** The reference report imported through the API, as the coordinator. */
export function importReferenceReport(api: Api): Promise<ImportCommitResponse> {
  return importReport(api.target(), api.token);
}

/** The re-evaluation of the tests (test/fixtures/reevaluation-report.sample.ts): four sub-questions up, two down. */
export const FOLLOW_UP_CSV = scoresCsv(FOLLOW_UP_SCORES);

export function importCsvEvaluation(
  api: Api,
  csv: string,
  evaluatedAt: string,
  label: string,
): Promise<EvaluationRecord> {
  return importCsv(api.target(), api.token, csv, { evaluatedAt, label });
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

export interface PlanWithActions {
  plan: ActionPlanRecord;
  actions: ActionRecord[];
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
): Promise<PlanWithActions> {
  const { findingIds, deadline, baselineEvaluationId, ...planFields } = fields;
  const plan = await createPlan(api.target(), api.token, baselineEvaluationId, planFields);
  const actions = await bulkCreateActions(api.target(), api.token, plan.id, {
    findingIds,
    ownerId: tenant.users.department_head.id,
    departmentId: tenant.department.id,
    deadline,
  });
  return { plan, actions };
}

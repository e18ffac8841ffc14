import type { Browser, Page } from 'playwright-core';
import type { ActionPlanRecord, ActionRecord, EvaluationRecord, FindingRecord } from '@kompass/shared';
import {
  Api,
  createTenant,
  FOLLOW_UP_CSV,
  importCsvEvaluation,
  importReferenceReport,
  improvementItems,
  isoDaysFromNow,
  planWithActions,
  type PlanWithActions,
  type Tenant,
  USER_PASSWORD,
} from './api';
import { launchBrowser, logIn, newPage } from './browser';
import { type KompassServer, startKompass } from './server';

export type MunicipalRole = keyof Tenant['users'];

/** What every browser spec starts from; the fields are set once the suite's `beforeAll` has run. */
export interface BrowserSuite {
  server: KompassServer;
  browser: Browser;
  admin: Api;
  tenant: Tenant;
  /** The tenant's coordinator, signed in through the API, for setting up data. */
  coordinator: Api;
  /** A fresh page on the server (Swedish unless `locale` says otherwise). */
  newPage(options?: { locale?: string }): Promise<Page>;
  /** A fresh page signed in through the login form as the tenant's user of `role`. */
  pageAs(role: MunicipalRole): Promise<Page>;
}

/**
 * One server, one browser and one municipality for the spec file: registers the `beforeAll` that starts them
 * and the `afterAll` that stops them, so a spec's own `beforeAll` (registered after) finds them ready.
 */
export function useBrowserSuite(
  options: { env?: Record<string, string>; municipality?: { name: string; code: string } } = {},
): BrowserSuite {
  const suite: BrowserSuite = {
    newPage: (pageOptions) => newPage(suite.browser, suite.server.baseUrl, pageOptions),
    pageAs: async (role) => {
      const page = await suite.newPage();
      await logIn(page, suite.tenant.users[role].email, USER_PASSWORD);
      return page;
    },
  } as BrowserSuite;

  beforeAll(async () => {
    suite.server = await startKompass({ env: options.env });
    suite.browser = await launchBrowser();
    suite.admin = await Api.asAdmin(suite.server.baseUrl);
    const { name, code } = options.municipality ?? {};
    suite.tenant = await createTenant(suite.admin, name, code);
    suite.coordinator = await Api.login(suite.server.baseUrl, suite.tenant.users.coordinator.email, USER_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });

  return suite;
}

/**
 * The reference report imported as the coordinator, and a plan on it with one action (owned by the department
 * head) per improvement item, for the first `items` of them. Without dates: due in 60 days, re-evaluated in 300.
 */
export async function referencePlan(
  suite: BrowserSuite,
  fields: { items: number; title?: string; plannedReEvaluationDate?: string; deadline?: string },
): Promise<{ evaluation: EvaluationRecord; plan: ActionPlanRecord; actions: ActionRecord[] }> {
  const { items, title = 'Handlingsplan 2018' } = fields;
  const evaluation = (await importReferenceReport(suite.coordinator)).evaluation;
  const { plan, actions } = await planWithActions(suite.coordinator, suite.tenant, {
    baselineEvaluationId: evaluation.id,
    title,
    plannedReEvaluationDate: fields.plannedReEvaluationDate ?? isoDaysFromNow(300),
    deadline: fields.deadline ?? isoDaysFromNow(60),
    findingIds: (await improvementItems(suite.coordinator, evaluation.id, items)).map((f) => f.id),
  });
  return { evaluation, plan, actions };
}

/** The re-evaluation of the tests (FOLLOW_UP_CSV, "Kommunkompassen 2021"), imported as the coordinator. */
export function importFollowUp(suite: BrowserSuite): Promise<EvaluationRecord> {
  return importCsvEvaluation(suite.coordinator, FOLLOW_UP_CSV, '2021-10', 'Kommunkompassen 2021');
}

/** The reference report (Ronneby 2017) and its re-evaluation of 2021, imported as the coordinator. */
export async function referenceAndFollowUp(
  suite: BrowserSuite,
): Promise<{ baseline: EvaluationRecord; followUp: EvaluationRecord }> {
  const baseline = (await importReferenceReport(suite.coordinator)).evaluation;
  return { baseline, followUp: await importFollowUp(suite) };
}

/**
 * The plan of 2017–2021 on `baselineEvaluationId` (re-evaluation planned 2021-09-30, actions due 2021-06-30), one
 * action per finding: the plan that linking a re-evaluation of 2021 closes.
 */
export function planOf2017(
  suite: BrowserSuite,
  baselineEvaluationId: number,
  findings: FindingRecord[],
): Promise<PlanWithActions> {
  return planWithActions(suite.coordinator, suite.tenant, {
    baselineEvaluationId,
    title: 'Handlingsplan 2017–2021',
    plannedReEvaluationDate: '2021-09-30',
    deadline: '2021-06-30',
    findingIds: findings.map((f) => f.id),
  });
}

/** Links the re-evaluation to the plan as the coordinator, which closes the plan. */
export function linkFollowUp(
  suite: BrowserSuite,
  planId: number,
  followUpEvaluationId: number,
): Promise<ActionPlanRecord> {
  return suite.coordinator.request<ActionPlanRecord>('PUT', `/action-plans/${planId}`, { followUpEvaluationId });
}

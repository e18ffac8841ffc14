import type { ActionPlanRecord, ActionRecord, EvaluationRecord, FindingRecord } from '@kompass/shared';
import { FOLLOW_UP_SCORES } from '../fixtures/reevaluation-report.sample';
import { bearer, TestApp } from '../support/test-app';
import { createTenant } from './index';
import { createAction, createPlan } from './action-plans';
import { importReferenceReport, scoresCsv } from './evaluations';

/** The id of KK2016: imports name it, since a later framework in the same database would win for 2021. */
export async function kk2016Id(t: TestApp): Promise<number> {
  const res = await t
    .http()
    .get('/api/frameworks')
    .query({ filter: JSON.stringify({ code: 'KK2016' }) })
    .set(bearer(t.adminToken));
  return res.body[0].id;
}

/** A KK-scored evaluation given as CSV (code;achieved, or area;total for a summary), imported by the coordinator. */
export async function importCsvEvaluation(
  t: TestApp,
  token: string,
  scores: Record<string, number>,
  fields: Record<string, unknown>,
): Promise<EvaluationRecord> {
  const res = await t
    .http()
    .post('/api/evaluations/import')
    .set(bearer(token))
    .send({ content: scoresCsv(scores), format: 'csv', fileName: 'omvardering.csv', ...fields });
  if (res.status !== 201) throw new Error(`CSV import failed: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
  return res.body.evaluation;
}

async function improvementItem(
  t: TestApp,
  token: string,
  evaluationId: number,
  area: number,
  questionCodes: string[],
): Promise<FindingRecord> {
  const list = await t
    .http()
    .get('/api/findings')
    .query({ filter: JSON.stringify({ evaluationId, area, kind: 'improvement' }), sort: '["id","ASC"]' })
    .set(bearer(token));
  const res = await t.http().put(`/api/findings/${list.body[0].id}`).set(bearer(token)).send({ questionCodes });
  if (res.status !== 200) throw new Error(`Confirming finding codes failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const DANGEROUS_TITLE = '=HYPERLINK("http://example.invalid","klicka") arbetsmiljöronder';

/**
 * The scenario through the API: the reference report as baseline, a plan with actions in every state
 * (one linked only through an improvement item's code, one to an area only, one cancelled), and a CSV
 * re-evaluation of October 2021 (see FOLLOW_UP_CHANGES) linked to the plan, which closes it.
 */
export async function buildReevaluationScenario(t: TestApp) {
  const tenant = await createTenant(t);
  const token = tenant.coordinator.token;
  const frameworkId = await kk2016Id(t);
  const baseline = (await importReferenceReport(t, token, { frameworkId, label: 'Kommunkompassen 2017' })).evaluation;
  const followUp = await importCsvEvaluation(t, token, FOLLOW_UP_SCORES, {
    frameworkId,
    evaluatedAt: '2021-10',
    label: 'Kommunkompassen 2021',
  });
  const plan = await createPlan(t, token, baseline.id, {
    title: 'Handlingsplan Kommunkompassen 2017–2021',
    plannedReEvaluationDate: '2021-09-30',
  });

  const item35 = await improvementItem(t, token, baseline.id, 3, ['3.5']);
  const item6 = await improvementItem(t, token, baseline.id, 6, []);
  const done = (title: string) => ({ status: 'done', description: `${title}: genomfört och redovisat i KS` });
  const make = (overrides: Record<string, unknown>) =>
    createAction(t, token, plan.id, { deadline: '2021-06-30', ...overrides });
  const actions: Record<string, ActionRecord> = {
    results: await make({
      title: 'Plan för resultatinformation till invånarna',
      questionCodes: ['1.3'],
      deadline: '2020-12-31',
      ...done('Plan'),
    }),
    portal: await make({
      title: 'Jämförelser i nyckeltalsportalen',
      questionCodes: ['1.3'],
      status: 'in_progress',
      progress: 60,
    }),
    budget: await make({
      title: 'Koppla ihop mål och budget',
      questionCodes: ['4.2'],
      deadline: '2020-09-30',
      ...done('Budget'),
    }),
    survey: await make({
      title: 'Brukarundersökning i äldreomsorgen',
      questionCodes: ['5.5'],
      status: 'in_progress',
      progress: 40,
    }),
    quality: await make({
      title: 'Dokumentera förbättringsarbetet',
      findingIds: [item35.id],
      questionCodes: [],
      deadline: '2020-06-30',
      ...done('Kvalitet'),
    }),
    managers: await make({
      title: 'Utbilda chefer i medarbetarsamtal',
      findingIds: [item6.id],
      questionCodes: [],
      deadline: '2021-09-30',
    }),
    staffing: await make({
      title: 'Ny kompetensförsörjningsplan',
      questionCodes: ['8.2'],
      status: 'cancelled',
      description: 'Ersätts av regionens plan',
    }),
    rounds: await make({
      title: DANGEROUS_TITLE,
      questionCodes: ['7.5'],
      status: 'blocked',
      progress: 20,
      deadline: '2021-02-28',
    }),
  };
  const linked = await t
    .http()
    .put(`/api/action-plans/${plan.id}`)
    .set(bearer(token))
    .send({ followUpEvaluationId: followUp.id });
  if (linked.status !== 200)
    throw new Error(`Linking the re-evaluation failed: ${linked.status} ${JSON.stringify(linked.body)}`);
  return {
    tenant,
    frameworkId,
    baseline,
    followUp,
    plan: linked.body as ActionPlanRecord,
    actions,
    items: { item35, item6 },
  };
}

type SupertestParser = Parameters<ReturnType<ReturnType<TestApp['http']>['get']>['parse']>[0];

/** Collects a binary response body (PDF, XLSX) into a Buffer (supertest's types think the response is not a stream). */
export const binary = ((res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}) as unknown as SupertestParser;

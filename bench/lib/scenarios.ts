/**
 * The six API scenarios and what each needs prepared. Every scenario runs as a real user of a municipality
 * (never the admin), so tenant scoping is part of what is measured.
 */
import { KK2016 } from '@kompass/shared';
import { Api, isMissingRoute } from './api';
import { BENCH_PASSWORD, userEmail } from './dataset';
import type { RequestSpec } from './load';

export interface Scenario {
  key: string;
  title: string;
  /** The request template, or why the scenario cannot run on this build. */
  spec: RequestSpec | { unavailable: string };
}

export const LIST_PATH = `/api/actions?filter=${encodeURIComponent('{"status":"in_progress"}')}&sort=${encodeURIComponent('["deadline","ASC"]')}&range=${encodeURIComponent('[0,24]')}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Municipality 1's coordinator reads, updates and summarises; municipality 2's coordinator owns the report. */
export async function prepareScenarios(api: Api, municipalities: number): Promise<Scenario[]> {
  const coordinator = await api.login(userEmail(1, 0), BENCH_PASSWORD);
  const plans = await api.expect<{ id: number }[]>(200, 'GET', '/api/action-plans?range=[0,0]', coordinator);
  const planId = plans[0].id;
  return [
    {
      key: 'list',
      title: 'Action list (status filter, by deadline, 25)',
      spec: { path: LIST_PATH, headers: bearer(coordinator) },
    },
    { key: 'report', title: 'Re-evaluation report', spec: await reportSpec(api) },
    {
      key: 'summary',
      title: 'Plan summary',
      spec: { path: `/api/action-plans/${planId}/summary`, headers: bearer(coordinator) },
    },
    { key: 'update', title: 'Action status change (PUT, versioned)', spec: await updateSpec(api, coordinator) },
    {
      key: 'public',
      title: 'Public page /oppet/<kommunkod> (anonymous)',
      spec: await publicSpec(api, coordinator, planId),
    },
    { key: 'login', title: 'Login (argon2id)', spec: loginSpec(Math.min(municipalities, 10)) },
  ];
}

/**
 * Municipality 1's coordinator publishes its plan through the API; residents then read the page without login.
 * Runs before login, whose argon2 hashes still queued at the end of its run would otherwise weigh on it.
 */
async function publicSpec(api: Api, coordinator: string, planId: number): Promise<Scenario['spec']> {
  const published = await api.call('PUT', `/api/action-plans/${planId}/publication`, coordinator, { published: true });
  if (isMissingRoute(published)) return { unavailable: 'PUT /api/action-plans/:id/publication is not in this build' };
  const [plan] = await api.expect<{ municipalityId: number }[]>(
    200,
    'GET',
    '/api/action-plans?range=[0,0]',
    coordinator,
  );
  const municipality = await api.expect<{ code: string }>(
    200,
    'GET',
    `/api/municipalities/${plan.municipalityId}`,
    coordinator,
  );
  const check = await api.call('GET', `/oppet/${municipality.code}`);
  if (check.status !== 200) return { unavailable: `the public page answered ${check.status}` };
  return { path: `/oppet/${municipality.code}` };
}

/**
 * The report needs a linked re-evaluation. Municipality 2's coordinator imports one as CSV and links it
 * through the API, exactly as in the app; that closes municipality 2's plan, which the other scenarios avoid.
 */
async function reportSpec(api: Api): Promise<Scenario['spec']> {
  const coordinator = await api.login(userEmail(2, 0), BENCH_PASSWORD);
  const [plan] = await api.expect<{ id: number; followUpEvaluationId: number | null; baselineEvaluationId: number }[]>(
    200,
    'GET',
    '/api/action-plans?range=[0,0]',
    coordinator,
  );
  const probe = await api.call('GET', `/api/action-plans/${plan.id}/report`, coordinator);
  if (isMissingRoute(probe)) return { unavailable: 'GET /api/action-plans/:id/report is not in this build' };
  if (plan.followUpEvaluationId === null) {
    const frameworks = await api.expect<{ id: number }[]>(
      200,
      'GET',
      `/api/frameworks?filter=${encodeURIComponent(JSON.stringify({ code: KK2016.code }))}`,
      coordinator,
    );
    // A re-evaluation some points better than a middling baseline: every question has a score to compare.
    const csv = [
      'Kod;Uppnått',
      ...KK2016.areas.flatMap((a) =>
        a.questions.map((q, i) => `${q.code};${Math.round(q.maxPoints * (0.4 + ((i * 7) % 5) / 10))}`),
      ),
    ].join('\n');
    const imported = await api.expect<{ evaluation: { id: number } }>(
      201,
      'POST',
      '/api/evaluations/import',
      coordinator,
      {
        content: csv,
        format: 'csv',
        fileName: 'omvardering.csv',
        frameworkId: frameworks[0].id,
        evaluatedAt: '2026-10',
        label: 'Kommunkompassen 2026',
      },
    );
    await api.expect(200, 'PUT', `/api/action-plans/${plan.id}`, coordinator, {
      followUpEvaluationId: imported.evaluation.id,
    });
  }
  const check = await api.call('GET', `/api/action-plans/${plan.id}/report`, coordinator);
  if (check.status !== 200)
    return { unavailable: `the report answered ${check.status}: ${JSON.stringify(check.body).slice(0, 200)}` };
  return { path: `/api/action-plans/${plan.id}/report`, headers: bearer(coordinator) };
}

/**
 * Every request must carry the version it read, or it gets 409. Each client takes an action nobody else has
 * in flight from a shared queue and puts it back with the version of the response, so requests never
 * collide; an action whose answer never came (cut off at the end of a run) stays out of the rotation.
 */
async function updateSpec(api: Api, coordinator: string): Promise<Scenario['spec']> {
  const filter = encodeURIComponent(JSON.stringify({ status: ['not_started', 'in_progress', 'blocked'] }));
  const open = await api.expect<{ id: number; version: number; status: string }[]>(
    200,
    'GET',
    `/api/actions?filter=${filter}&range=[0,999]&sort=["id","ASC"]`,
    coordinator,
  );
  if (open.length < 40) return { unavailable: `only ${open.length} open actions in municipality 1` };
  const idle = open.map((a) => ({ id: a.id, version: a.version, status: a.status }));
  type Held = (typeof idle)[number];
  return {
    method: 'PUT',
    path: `/api/actions/${idle[0].id}`,
    headers: bearer(coordinator),
    body: '{}',
    setupRequest: (req, context) => {
      const action = idle.shift()!;
      context.held = action;
      const status = action.status === 'in_progress' ? 'blocked' : 'in_progress';
      return { ...req, path: `/api/actions/${action.id}`, body: JSON.stringify({ status, version: action.version }) };
    },
    onResponse: (status, body, context) => {
      const held = context.held as Held | undefined;
      context.held = undefined;
      if (!held || status !== 200) return;
      const record = JSON.parse(body) as { version: number; status: string };
      idle.push({ id: held.id, version: record.version, status: record.status });
    },
  };
}

/** Logins rotate over the 300 users of the first ten municipalities: one e-mail would only measure the throttle. */
function loginSpec(municipalities: number): Scenario['spec'] {
  const emails = Array.from({ length: municipalities * 30 }, (_, i) => userEmail(1 + Math.floor(i / 30), i % 30));
  let next = 0;
  return {
    method: 'POST',
    path: '/api/auth/login',
    body: JSON.stringify({ email: emails[0], password: BENCH_PASSWORD }),
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ email: emails[next++ % emails.length], password: BENCH_PASSWORD }),
    }),
  };
}

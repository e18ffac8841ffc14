import { Role } from '@kompass/shared';
import { createTenant } from '../factories';
import { createAction, createDepartmentHeadAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { routeTable, type RouteEntry } from '../support/routes';
import { bearer, startTestApp, TestApp } from '../support/test-app';

type Actor = 'anonymous' | Role;
const ACTORS: Actor[] = ['anonymous', Role.Admin, Role.Coordinator, Role.DepartmentHead, Role.Leadership];

/** Which object a path parameter names, by the resource segment before it. A route with an unknown one fails. */
const OBJECT_OF_SEGMENT: Record<string, keyof World> = {
  municipalities: 'municipality',
  departments: 'department',
  users: 'user',
  evaluations: 'evaluation',
  findings: 'finding',
  'action-plans': 'plan',
  actions: 'action',
  'action-updates': 'update',
  'oidc-connections': 'oidcConnection',
  notifications: 'notification',
};

/** Parameters named after their object, wherever they stand. */
const OBJECT_OF_PARAM: Record<string, keyof World> = {
  ':municipalityId': 'municipality',
  ':planId': 'plan',
  ':evaluationId': 'evaluation',
  ':actionId': 'action',
};

interface World {
  municipality: number;
  department: number;
  user: number;
  evaluation: number;
  finding: number;
  plan: number;
  action: number;
  update: number;
  oidcConnection: number;
  notification: number;
  tokens: Record<Role, string>;
}

async function buildWorld(t: TestApp): Promise<World> {
  const tenant = await createTenant(t);
  const { evaluation } = await importReferenceReport(t, tenant.coordinator.token);
  const findings = await t
    .http()
    .get('/api/findings')
    .query({ filter: JSON.stringify({ evaluationId: evaluation.id, kind: 'improvement' }) })
    .set(bearer(tenant.coordinator.token));
  const plan = await createPlan(t, tenant.coordinator.token, evaluation.id);
  const action = await createDepartmentHeadAction(t, tenant, plan.id);
  const update = await t
    .http()
    .post(`/api/actions/${action.id}/updates`)
    .set(bearer(tenant.departmentHead.token))
    .field('comment', 'Underlag bifogat')
    .attach('files', Buffer.from('Protokoll KS 2026-03-12'), { filename: 'protokoll.txt', contentType: 'text/plain' })
    .expect(201);
  const oidcConnection = await t
    .http()
    .post('/api/oidc-connections')
    .set(bearer(t.adminToken))
    .send({
      municipalityId: tenant.municipality.id,
      displayName: tenant.municipality.name,
      issuer: 'https://login.example.se/tenant/v2.0',
      clientId: 'kompass',
      clientSecretRef: 'env:KOMPASS_MATRIX_SECRET',
      allowedDomains: [`kommun${tenant.municipality.id}.example.se`],
      roleMap: [{ value: 'Kompass.Coordinator', role: Role.Coordinator }],
    })
    .expect(201);
  // A mail in the outbox: the sweep on a Tuesday reminds the owner of an action due that Friday.
  await createAction(t, tenant.coordinator.token, plan.id, {
    ownerId: tenant.departmentHead.user.id,
    deadline: '2027-03-19',
  });
  await t
    .http()
    .post('/api/reminders/run')
    .set(bearer(tenant.coordinator.token))
    .send({ date: '2027-03-16' })
    .expect(200);
  const outbox = await t.http().get('/api/notifications').set(bearer(tenant.coordinator.token)).expect(200);
  if (!outbox.body.length) throw new Error('The sweep wrote no mail for the matrix world');
  return {
    municipality: tenant.municipality.id,
    department: tenant.department.id,
    user: tenant.leadership.user.id,
    evaluation: evaluation.id,
    finding: findings.body[0].id,
    plan: plan.id,
    action: action.id,
    update: update.body.update.id,
    oidcConnection: oidcConnection.body.id,
    notification: outbox.body[0].id,
    tokens: {
      [Role.Admin]: t.adminToken,
      [Role.Coordinator]: tenant.coordinator.token,
      [Role.DepartmentHead]: tenant.departmentHead.token,
      [Role.Leadership]: tenant.leadership.token,
    },
  };
}

/** The concrete path for a route with its parameters pointing at `world`'s objects; null for global objects. */
function concretePath(route: RouteEntry, world: World): { path: string; tenantBound: boolean } {
  const segments = route.path.split('/');
  let tenantBound = false;
  const path = segments
    .map((segment, i) => {
      if (!segment.startsWith(':')) return segment;
      if (segment === ':index') return '1';
      if (segment === ':file') return 'not-a-token.ics';
      const owner = segments[i - 1];
      if (owner === 'frameworks') return '1';
      // Crosswalks are global: from KK2016 (1) to KK2020 (2), the pair seeded on start.
      if (owner === 'crosswalks') return '2';
      const key = OBJECT_OF_PARAM[segment] ?? OBJECT_OF_SEGMENT[owner];
      if (!key) throw new Error(`Classify ${route.route} in the authorization matrix: which object is ${segment}?`);
      tenantBound = true;
      return String(world[key]);
    })
    .join('/');
  return { path, tenantBound };
}

describe('authorization matrix: every route × every role × own and other municipality', () => {
  let t: TestApp;
  let home: World;
  let other: World;
  beforeAll(async () => {
    t = await startTestApp();
    home = await buildWorld(t);
    other = await buildWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('answers exactly as the route table says, with 0 unexpected 2xx', async () => {
    const routes = routeTable(t).filter((r) => r.access && !r.access.public);
    const unexpected: string[] = [];
    let requests = 0;
    for (const route of routes) {
      for (const actor of ACTORS) {
        for (const scope of ['own', 'other'] as const) {
          const target = concretePath(route, scope === 'own' ? home : other);
          const allowed =
            actor !== 'anonymous' && route.access!.public === false && route.access!.roles.includes(actor);
          const crossesTenant = scope === 'other' && target.tenantBound && actor !== Role.Admin;
          // A mail is shown to its recipient, the coordinators and admins; to anyone else it does not exist.
          const notRecipient = route.route === 'GET /api/notifications/:id' && actor === Role.Leadership;
          // Allowed deletes of our own fixtures would only destroy them; the denied cells are what can leak.
          if (route.method === 'DELETE' && allowed && !crossesTenant) continue;
          // An allowed logout ends every session of the caller, and the matrix's tokens with it.
          if (route.route === 'POST /api/auth/logout' && allowed) continue;
          if (scope === 'other' && !target.tenantBound && actor !== Role.Admin && allowed) continue;
          let request = t.http()[route.method.toLowerCase() as 'get'](target.path);
          if (actor !== 'anonymous') request = request.set(bearer(home.tokens[actor]));
          const response = ['POST', 'PUT'].includes(route.method) ? await request.send({}) : await request;
          requests += 1;
          const status = response.status;
          const cell = `${route.route} as ${actor} on ${scope} → ${status}`;
          if (status >= 500) unexpected.push(`${cell} (server error)`);
          else if (actor === 'anonymous' && status !== 401) unexpected.push(`${cell} (expected 401)`);
          else if (actor !== 'anonymous' && !allowed && status !== 403) unexpected.push(`${cell} (expected 403)`);
          else if (allowed && (crossesTenant || notRecipient) && (status < 400 || status === 403))
            unexpected.push(`${cell} (expected 404)`);
          else if (allowed && !crossesTenant && !notRecipient && [401, 403, 404].includes(status))
            unexpected.push(`${cell} (expected access)`);
          // Lists never show another municipality's rows.
          if (
            allowed &&
            status === 200 &&
            route.method === 'GET' &&
            Array.isArray(response.body) &&
            actor !== Role.Admin
          ) {
            const foreign = response.body.filter(
              (row: { municipalityId?: number | null }) =>
                row.municipalityId !== undefined && row.municipalityId !== home.municipality,
            );
            if (foreign.length) unexpected.push(`${cell} (lists ${foreign.length} rows of another municipality)`);
          }
        }
      }
    }
    console.log(
      `[authorization matrix] ${routes.length} routes × ${ACTORS.length} callers × own/other municipality: ${requests} requests, ${unexpected.length} unexpected`,
    );
    expect(unexpected).toEqual([]);
    expect(requests).toBeGreaterThan(routes.length * 5);
  }, 120_000);
});

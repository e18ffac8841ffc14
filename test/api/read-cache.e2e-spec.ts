import type { PlanSummary, ReevaluationReport } from '@kompass/shared';
import { ReadRevision } from '../../backend/src/read-cache/read-revision.entity';
import { PLAN_READS, READS_WITHOUT_TRIGGER } from '../../backend/src/read-cache/cached-reads';
import { PUBLIC_PAGE_READS } from '../../backend/src/public-pages/public-page.cache';
import { createTenant } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { setActionPublication, setPlanPublication, setPublicProfile } from '../factories/public-pages';
import { buildReevaluationScenario } from '../factories/reports';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { TEST_DIALECT } from '../support/test-database';

/**
 * The summary and the report are cached per process and validated by the municipality's read revision, which
 * database triggers raise. These tests change data through the API and behind the app's back (plain SQL, as another
 * process or an operator would) and expect the next answer to show it.
 */
const p1 = TEST_DIALECT === 'postgres' ? '$1' : '?';

/** Each table the two answers read, and a no-op UPDATE of this scenario's rows in it. */
const TOUCHES: [
  table: string,
  sql: (ids: { plan: number; baseline: number; followUp: number; municipality: number }) => [string, number],
][] = [
  ['action_plan', (ids) => [`UPDATE "action_plan" SET "title" = "title" WHERE "id" = ${p1}`, ids.plan]],
  ['action', (ids) => [`UPDATE "action" SET "progress" = "progress" WHERE "planId" = ${p1}`, ids.plan]],
  [
    'action_finding',
    (ids) => [
      `UPDATE "action_finding" SET "findingId" = "findingId" WHERE "actionId" IN (SELECT "id" FROM "action" WHERE "planId" = ${p1})`,
      ids.plan,
    ],
  ],
  ['evaluation', (ids) => [`UPDATE "evaluation" SET "label" = "label" WHERE "id" = ${p1}`, ids.followUp]],
  [
    'evaluation_score',
    (ids) => [`UPDATE "evaluation_score" SET "achieved" = "achieved" WHERE "evaluationId" = ${p1}`, ids.followUp],
  ],
  [
    'evaluation_area_total',
    (ids) => [`UPDATE "evaluation_area_total" SET "area" = "area" WHERE "evaluationId" = ${p1}`, ids.baseline],
  ],
  ['finding', (ids) => [`UPDATE "finding" SET "text" = "text" WHERE "evaluationId" = ${p1}`, ids.baseline]],
  ['department', (ids) => [`UPDATE "department" SET "name" = "name" WHERE "municipalityId" = ${p1}`, ids.municipality]],
  [
    'public_profile',
    (ids) => [`UPDATE "public_profile" SET "licence" = "licence" WHERE "municipalityId" = ${p1}`, ids.municipality],
  ],
  [
    'plan_publication',
    (ids) => [`UPDATE "plan_publication" SET "published" = "published" WHERE "planId" = ${p1}`, ids.plan],
  ],
  [
    'action_publication',
    (ids) => [`UPDATE "action_publication" SET "published" = "published" WHERE "planId" = ${p1}`, ids.plan],
  ],
  ['municipality', (ids) => [`UPDATE "municipality" SET "name" = "name" WHERE "id" = ${p1}`, ids.municipality]],
];

/** Every cached computation with the tables it declares it reads. */
const CACHED_COMPUTATIONS: Record<string, readonly string[]> = { ...PLAN_READS, 'public-page': PUBLIC_PAGE_READS };
const DECLARED = [...new Set(Object.values(CACHED_COMPUTATIONS).flat())].sort();

describe('plan read cache', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof buildReevaluationScenario>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  beforeAll(async () => {
    t = await startTestApp();
    s = await buildReevaluationScenario(t);
    other = await createTenant(t);
    // Rows in the public page's tables (public-pages/), so that each of their triggers can be touched.
    await setPublicProfile(t, s.tenant.coordinator.token, s.tenant.municipality.id, { licence: 'CC0-1.0' });
    await setPlanPublication(t, s.tenant.coordinator.token, s.plan.id, { published: true });
    await setActionPublication(t, s.tenant.coordinator.token, s.actions.portal.id, {
      publicSummary: 'Sammanfattning för invånarna',
    });
  }, 90_000);
  afterAll(() => t.close());

  const revision = async (municipalityId: number) =>
    (await t.dataSource.getRepository(ReadRevision).findOneByOrFail({ municipalityId })).revision;
  const report = async (token = s.tenant.leadership.token) =>
    (await t.http().get(`/api/action-plans/${s.plan.id}/report`).set(bearer(token)).expect(200))
      .body as ReevaluationReport;
  const ids = () => ({
    plan: s.plan.id,
    baseline: s.baseline.id,
    followUp: s.followUp.id,
    municipality: s.tenant.municipality.id,
  });

  it("gives every municipality a revision, and every table the answers read raises only its own municipality's", async () => {
    expect(await revision(other.municipality.id)).toBeGreaterThanOrEqual(0);
    for (const [table, touch] of TOUCHES) {
      const [before, untouched] = [await revision(s.tenant.municipality.id), await revision(other.municipality.id)];
      const [sql, id] = touch(ids());
      await t.dataSource.query(sql, [id]);
      expect({ table, raised: (await revision(s.tenant.municipality.id)) > before }).toEqual({ table, raised: true });
      expect(await revision(other.municipality.id)).toBe(untouched);
    }
  });

  it("raises both municipalities' revisions when a row moves from one to the other", async () => {
    const p2 = TEST_DIALECT === 'postgres' ? '$2' : '?';
    const [{ id }] = await t.dataSource.query(
      `SELECT "id" FROM "finding" WHERE "evaluationId" = ${p1} ORDER BY "id" LIMIT 1`,
      [s.baseline.id],
    );
    for (const [from, to] of [
      [s.tenant.municipality.id, other.municipality.id],
      [other.municipality.id, s.tenant.municipality.id],
    ]) {
      const before = [await revision(from), await revision(to)];
      await t.dataSource.query(`UPDATE "finding" SET "municipalityId" = ${p1} WHERE "id" = ${p2}`, [to, id]);
      expect(await revision(from)).toBeGreaterThan(before[0]);
      expect(await revision(to)).toBeGreaterThan(before[1]);
    }
  });

  it('answers the report from the cache, stamped with the time of each answer, as application/json', async () => {
    const first = await t
      .http()
      .get(`/api/action-plans/${s.plan.id}/report`)
      .set(bearer(s.tenant.coordinator.token))
      .expect(200);
    const second = await t
      .http()
      .get(`/api/action-plans/${s.plan.id}/report`)
      .set(bearer(s.tenant.leadership.token))
      .expect(200);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    const { generatedAt: a, ...firstBody } = first.body as ReevaluationReport;
    const { generatedAt: b, ...secondBody } = second.body as ReevaluationReport;
    expect(secondBody).toEqual(firstBody);
    expect(Date.parse(b)).toBeGreaterThanOrEqual(Date.parse(a));
    expect(Math.abs(Date.now() - Date.parse(b))).toBeLessThan(60_000);
  });

  it("shows a change made behind the app's back (another process, an operator) in the very next report", async () => {
    await report();
    const titleBefore = (await report()).plan.title;
    await t.dataSource.query(`UPDATE "action_plan" SET "title" = 'Omdöpt i databasen' WHERE "id" = ${p1}`, [s.plan.id]);
    expect((await report()).plan.title).toBe('Omdöpt i databasen');
    await t.dataSource.query(
      `UPDATE "action_plan" SET "title" = ${p1} WHERE "id" = ${TEST_DIALECT === 'postgres' ? '$2' : '?'}`,
      [titleBefore, s.plan.id],
    );

    const totalBefore = (await report()).total.after;
    const [{ id: scoreId }] = await t.dataSource.query(
      `SELECT "id" FROM "evaluation_score" WHERE "evaluationId" = ${p1} AND "achieved" > 0 ORDER BY "id" LIMIT 1`,
      [s.followUp.id],
    );
    await t.dataSource.query(`UPDATE "evaluation_score" SET "achieved" = "achieved" - 1 WHERE "id" = ${p1}`, [scoreId]);
    const after = await report();
    expect(after.total.after).toBe(totalBefore! - 1);

    await t.dataSource.query(`UPDATE "municipality" SET "name" = 'Nyköping-i-cachen' WHERE "id" = ${p1}`, [
      s.tenant.municipality.id,
    ]);
    expect((await report()).municipality.name).toBe('Nyköping-i-cachen');
  });

  it('still checks access on every request: another municipality gets a 404, not the cached answer', async () => {
    await report();
    await t.http().get(`/api/action-plans/${s.plan.id}/report`).set(bearer(other.coordinator.token)).expect(404);
    await t.http().get(`/api/action-plans/${s.plan.id}/summary`).set(bearer(other.coordinator.token)).expect(404);
  });

  it('follows the summary through writes of the API: a new action, a status change, a deletion', async () => {
    const token = s.tenant.coordinator.token;
    const plan = await createPlan(t, token, s.baseline.id, {
      title: 'Handlingsplan 2022',
      plannedReEvaluationDate: '2029-09-30',
    });
    const summary = async () =>
      (await t.http().get(`/api/action-plans/${plan.id}/summary`).set(bearer(token)).expect(200)).body as PlanSummary;
    expect((await summary()).total.actions).toBe(0);
    expect((await summary()).total.actions).toBe(0);

    const action = await createAction(t, token, plan.id, {
      title: 'Ny åtgärd',
      questionCodes: ['2.1'],
      deadline: '2029-06-30',
    });
    let current = await summary();
    expect(current.total.actions).toBe(1);
    expect(current.byStatus.not_started).toBe(1);

    await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(token))
      .send({ status: 'in_progress', progress: 30, version: action.version })
      .expect(200);
    current = await summary();
    expect(current.byStatus).toMatchObject({ not_started: 0, in_progress: 1 });
    expect(current.total.meanProgress).toBe(30);

    await t.http().delete(`/api/actions/${action.id}`).set(bearer(token)).expect(200);
    expect((await summary()).total.actions).toBe(0);
  });

  it("keeps every trigger after all migrations (SQLite drops a table's triggers when a migration rebuilds it)", async () => {
    const names: { name: string }[] =
      TEST_DIALECT === 'postgres'
        ? await t.dataSource.query(
            `SELECT "tgname" AS "name" FROM "pg_trigger" WHERE NOT "tgisinternal" AND "tgname" LIKE 'read_revision%'`,
          )
        : await t.dataSource.query(
            `SELECT "name" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" LIKE 'read_revision%'`,
          );
    const tables = TOUCHES.map(([table]) => table).filter((table) => table !== 'municipality');
    const expected =
      TEST_DIALECT === 'postgres'
        ? [
            ...tables.map((table) => `read_revision_${table}`),
            'read_revision_municipality',
            'read_revision_municipality_insert',
          ]
        : [
            ...tables.flatMap((table) =>
              ['insert', 'update', 'delete'].map((event) => `read_revision_${table}_${event}`),
            ),
            'read_revision_municipality_insert',
            'read_revision_municipality_update',
          ];
    expect(names.map((n) => n.name).sort()).toEqual(expected.sort());
  });

  it('has a read-revision trigger on every table a cached computation declares, and on no other', async () => {
    const rows: { table: string }[] =
      TEST_DIALECT === 'postgres'
        ? await t.dataSource.query(
            `SELECT DISTINCT "c"."relname" AS "table" FROM "pg_trigger" "g" JOIN "pg_class" "c" ON "c"."oid" = "g"."tgrelid"
             WHERE NOT "g"."tgisinternal" AND "g"."tgname" LIKE 'read_revision%'`,
          )
        : await t.dataSource.query(
            `SELECT DISTINCT "tbl_name" AS "table" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" LIKE 'read_revision%'`,
          );
    const triggered = rows.map((r) => r.table).sort();
    const needTrigger = DECLARED.filter((table) => !(table in READS_WITHOUT_TRIGGER));
    expect(triggered).toEqual(needTrigger);
    // No stale exemption: each names a table some computation declares (and, above, has no trigger).
    expect(Object.keys(READS_WITHOUT_TRIGGER).filter((table) => !DECLARED.includes(table))).toEqual([]);
    // The first test touches every guarded table.
    expect(TOUCHES.map(([table]) => table).sort()).toEqual(needTrigger);
  });

  it('declares only tables of real entities', () => {
    const tables = new Set(t.dataSource.entityMetadatas.map((m) => m.tableName));
    const unknown = [...DECLARED, ...Object.keys(READS_WITHOUT_TRIGGER)].filter((table) => !tables.has(table));
    expect(unknown).toEqual([]);
  });
});

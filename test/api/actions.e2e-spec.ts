import ExcelJS from 'exceljs';
import { ActionUpdate } from '../../backend/src/actions/action-update.entity';
import { startOfDayIn } from '../../backend/src/common/dates';
import { Role, type ActionRecord } from '@kompass/shared';
import { createDepartment, createTenant, createUser } from '../factories';
import { createAction, createDepartmentHeadAction, createPlan } from '../factories/action-plans';
import { parseIcs } from '../support/ical';
import { bearer, TestApp } from '../support/test-app';
import { binary } from '../support/binary-body';
import { startWithReferenceReport, type TestTenant } from '../support/reference-tenant';

describe('action plans and actions', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let evaluationId: number;
  beforeAll(async () => ({ t, tenant, evaluationId } = await startWithReferenceReport()));
  afterAll(() => t.close());

  const improvements = async () =>
    (
      await t
        .http()
        .get('/api/findings')
        .query({
          filter: JSON.stringify({ evaluationId, kind: 'improvement' }),
          range: '[0,999]',
          sort: '["id","ASC"]',
        })
        .set(bearer(tenant.coordinator.token))
    ).body as { id: number; text: string; questionCodes: string[]; area: number }[];

  it('drafts one action per improvement item with the items’ sub-question codes, once', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const items = await improvements();
    expect(items).toHaveLength(38);
    const res = await t
      .http()
      .post(`/api/action-plans/${plan.id}/actions/bulk`)
      .set(bearer(tenant.coordinator.token))
      .send({
        findingIds: items.map((f) => f.id),
        ownerId: tenant.departmentHead.user.id,
        departmentId: tenant.department.id,
        deadline: '2027-06-30',
      })
      .expect(201);
    expect(res.body.created).toHaveLength(38);
    for (const item of items) {
      const action = res.body.created.find((a: ActionRecord) => a.findingIds.includes(item.id));
      expect(action).toMatchObject({
        title: item.text,
        questionCodes: item.questionCodes,
        deadline: '2027-06-30',
        status: 'not_started',
        version: 1,
      });
      expect(action.areas).toContain(item.area);
    }
    const again = await t
      .http()
      .post(`/api/action-plans/${plan.id}/actions/bulk`)
      .set(bearer(tenant.coordinator.token))
      .send({ findingIds: [items[0].id] })
      .expect(201);
    expect(again.body).toEqual({ created: [], skippedFindingIds: [items[0].id] });
    const listed = await t
      .http()
      .get('/api/actions')
      .query({ filter: JSON.stringify({ planId: plan.id }) })
      .set(bearer(tenant.leadership.token))
      .expect(200);
    expect(listed.headers['content-range']).toBe('actions 0-24/38');
    // The count rides on the page's rows; the last page and a page past the end still get it.
    const page = (range: string) =>
      t
        .http()
        .get('/api/actions')
        .query({ filter: JSON.stringify({ planId: plan.id }), range })
        .set(bearer(tenant.leadership.token))
        .expect(200);
    const last = await page('[30,49]');
    expect([last.headers['content-range'], last.body.length]).toEqual(['actions 30-37/38', 8]);
    const past = await page('[50,74]');
    expect([past.headers['content-range'], past.body]).toEqual(['actions */38', []]);
    const linked = await t
      .http()
      .get('/api/actions')
      .query({ filter: JSON.stringify({ planId: plan.id, findingId: items[1].id }) })
      .set(bearer(tenant.leadership.token))
      .expect(200);
    expect(linked.body.map((a: ActionRecord) => a.findingIds)).toEqual([[items[1].id]]);
    expect(linked.headers['content-range']).toBe('actions 0-0/1');
  });

  it('refuses bulk drafting from strengths or another evaluation with 422, and to leadership with 403', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const strengths = await t
      .http()
      .get('/api/findings')
      .query({ filter: JSON.stringify({ evaluationId, kind: 'strength' }) })
      .set(bearer(tenant.coordinator.token));
    const res = await t
      .http()
      .post(`/api/action-plans/${plan.id}/actions/bulk`)
      .set(bearer(tenant.coordinator.token))
      .send({ findingIds: [strengths.body[0].id] })
      .expect(422);
    expect(res.body.details[0].field).toBe('findingIds');
    await t
      .http()
      .post(`/api/action-plans/${plan.id}/actions/bulk`)
      .set(bearer(tenant.leadership.token))
      .send({ findingIds: [1] })
      .expect(403);
    await t
      .http()
      .post('/api/action-plans')
      .set(bearer(tenant.departmentHead.token))
      .send({ baselineEvaluationId: evaluationId, title: 'X', plannedReEvaluationDate: '2027-01-01' })
      .expect(403);
  });

  it('lets a department head report progress with a comment and a link on its action; others get 403', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createDepartmentHeadAction(t, tenant, plan.id);
    const res = await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(tenant.departmentHead.token))
      .send({
        status: 'in_progress',
        progress: 30,
        comment: 'Arbetsgrupp tillsatt',
        links: [{ label: 'Protokoll', url: 'https://ronneby.se/protokoll/ks-2026-03' }],
      })
      .expect(201);
    expect(res.body.action).toMatchObject({ status: 'in_progress', progress: 30, version: 2 });
    expect(res.body.update).toMatchObject({
      statusFrom: 'not_started',
      statusTo: 'in_progress',
      progressFrom: 0,
      progressTo: 30,
      comment: 'Arbetsgrupp tillsatt',
      authorId: tenant.departmentHead.user.id,
    });
    expect(res.body.update.links).toEqual([{ label: 'Protokoll', url: 'https://ronneby.se/protokoll/ks-2026-03' }]);

    const otherDepartment = await createDepartment(t, tenant.municipality.id);
    const otherHead = await createUser(t, Role.DepartmentHead, {
      municipalityId: tenant.municipality.id,
      departmentId: otherDepartment.id,
    });
    await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(otherHead.token))
      .send({ progress: 50, comment: 'x' })
      .expect(403);
    await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(otherHead.token))
      .send({ version: 2, progress: 50 })
      .expect(403);
    await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(tenant.leadership.token))
      .send({ version: 2, progress: 50 })
      .expect(403);
    await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(tenant.leadership.token))
      .send({ comment: 'x' })
      .expect(403);
    const planningField = await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(tenant.departmentHead.token))
      .send({ version: 2, deadline: '2030-01-01' })
      .expect(403);
    expect(planningField.body.message).toContain('deadline');
    const timeline = await t
      .http()
      .get('/api/action-updates')
      .query({ filter: JSON.stringify({ actionId: action.id }) })
      .set(bearer(tenant.leadership.token))
      .expect(200);
    expect(timeline.body).toHaveLength(1);
    // The history names its author, so every role reads a name, not an id or an e-mail address
    expect(timeline.body[0]).toMatchObject({
      authorId: tenant.departmentHead.user.id,
      authorName: tenant.departmentHead.user.name,
    });
  });

  it('answers the second of two concurrent edits of one version with 409 and the current record', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createAction(t, tenant.coordinator.token, plan.id);
    const [a, b] = await Promise.all([
      t
        .http()
        .put(`/api/actions/${action.id}`)
        .set(bearer(tenant.coordinator.token))
        .send({ version: 1, title: 'Första' }),
      t
        .http()
        .put(`/api/actions/${action.id}`)
        .set(bearer(tenant.coordinator.token))
        .send({ version: 1, title: 'Andra' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expect(loser.body.current).toMatchObject({ id: action.id, version: 2, title: winner.body.title });
    expect(loser.body.message).toMatch(/changed by someone else/);
    // Who saved the current version, by name, so the dialog need not say "someone else"
    expect(loser.body.changedBy).toEqual({ id: tenant.coordinator.user.id, name: tenant.coordinator.user.name });
    const stale = await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ version: 1, title: 'Sent' })
      .expect(409);
    expect(stale.body.current.version).toBe(2);
  });

  it('enforces the status rules: done needs a comment, cancelled a reason, reopening is the coordinator’s', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createAction(t, tenant.coordinator.token, plan.id, { ownerId: tenant.departmentHead.user.id });
    const noComment = await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(tenant.departmentHead.token))
      .send({ status: 'done' })
      .expect(422);
    expect(noComment.body.details).toEqual([
      { field: 'comment', message: 'is required when status becomes done', code: 'done_needs_comment' },
    ]);
    await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ version: 1, status: 'cancelled' })
      .expect(422);
    const done = await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(tenant.departmentHead.token))
      .send({ status: 'done', comment: 'Värdegrunden antagen av KF' })
      .expect(201);
    expect(done.body.action).toMatchObject({ status: 'done', progress: 100 });
    expect(done.body.action.doneAt).not.toBeNull();
    const reopen = await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(tenant.departmentHead.token))
      .send({ status: 'in_progress', comment: 'Öppnar igen' })
      .expect(403);
    expect(reopen.body.message).toContain('Only a coordinator can reopen');
    const reopened = await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(tenant.coordinator.token))
      .send({ status: 'in_progress', comment: 'Behöver kompletteras' })
      .expect(201);
    expect(reopened.body.action).toMatchObject({ status: 'in_progress', doneAt: null });
  });

  it('filters by status, area, sub-question, owner, overdue, due within days and text', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const overdue = await createAction(t, tenant.coordinator.token, plan.id, {
      title: 'Försenad åtgärd',
      deadline: '2020-01-31',
      questionCodes: ['1.3'],
    });
    const soon = await createAction(t, tenant.coordinator.token, plan.id, {
      title: 'Snart klar',
      deadline: new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10),
      questionCodes: ['1.1', '3.2'],
      ownerId: tenant.departmentHead.user.id,
    });
    const later = await createAction(t, tenant.coordinator.token, plan.id, {
      title: 'Senare',
      deadline: '2027-08-31',
      questionCodes: ['8.7'],
    });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await t
          .http()
          .get('/api/actions')
          .query({ filter: JSON.stringify({ planId: plan.id, ...filter }) })
          .set(bearer(tenant.leadership.token))
          .expect(200)
      ).body.map((a: ActionRecord) => a.id);
    expect(await ids({ overdue: true })).toEqual([overdue.id]);
    expect((await ids({ overdue: false })).sort()).toEqual([soon.id, later.id].sort());
    expect(await ids({ dueWithinDays: 14 })).toEqual([soon.id]);
    expect(await ids({ area: 3 })).toEqual([soon.id]);
    expect(await ids({ area: 1 })).toEqual([overdue.id, soon.id]);
    expect(await ids({ questionCode: '8.7' })).toEqual([later.id]);
    expect(await ids({ ownerId: tenant.departmentHead.user.id })).toEqual([soon.id]);
    expect(await ids({ status: ['not_started'], q: 'SNART' })).toEqual([soon.id]);
    const record = (await t.http().get(`/api/actions/${overdue.id}`).set(bearer(tenant.leadership.token))).body;
    expect(record.overdue).toBe(true);
    await t
      .http()
      .get('/api/actions')
      .query({ filter: '{"area":"x"}' })
      .set(bearer(tenant.leadership.token))
      .expect(400);
  });

  it('summarises a plan: progress per area, overdue, next deadlines and uncovered sub-questions', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const items = await improvements();
    const area1 = items.filter((f) => f.area === 1);
    await createAction(t, tenant.coordinator.token, plan.id, { findingIds: [area1[0].id], deadline: '2020-05-31' });
    const done = await createAction(t, tenant.coordinator.token, plan.id, { findingIds: [area1[1].id] });
    await t
      .http()
      .post(`/api/actions/${done.id}/updates`)
      .set(bearer(tenant.coordinator.token))
      .send({ status: 'done', comment: 'Klart' })
      .expect(201);
    const { body } = await t
      .http()
      .get(`/api/action-plans/${plan.id}/summary`)
      .set(bearer(tenant.leadership.token))
      .expect(200);
    expect(body.total).toMatchObject({ actions: 2, active: 2, done: 1, doneShare: 0.5, meanProgress: 50, overdue: 1 });
    expect(body.areas[0]).toMatchObject({ area: 1, actions: 2, done: 1, overdue: 1 });
    expect(body.areas[1]).toMatchObject({ area: 2, actions: 0, doneShare: null });
    expect(body.byStatus).toMatchObject({ done: 1, not_started: 1 });
    expect(body.unansweredFindingIds).toHaveLength(36);
    expect(body.uncoveredQuestions.length).toBeGreaterThan(0);
    expect(body.daysToReEvaluation).toBeGreaterThan(0);
  });

  it('keeps an audit trail of every change with the user and before/after', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createAction(t, tenant.coordinator.token, plan.id, { ownerId: tenant.departmentHead.user.id });
    await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ version: 1, title: 'Ny titel', deadline: '2027-04-30' })
      .expect(200);
    await t.http().delete(`/api/actions/${action.id}`).set(bearer(tenant.coordinator.token)).expect(200);
    const { body } = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entity: 'action', entityId: action.id }), sort: '["id","ASC"]' })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect(body.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(
      body.every(
        (e: { actorId: number; actorEmail: string }) =>
          e.actorId === tenant.coordinator.user.id && e.actorEmail === tenant.coordinator.user.email,
      ),
    ).toBe(true);
    expect(body[1].before).toEqual({ title: 'Ta fram en kommunövergripande värdegrund', deadline: '2027-03-31' });
    expect(body[1].after).toEqual({ title: 'Ny titel', deadline: '2027-04-30' });
    const planEvents = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entity: 'action_plan', entityId: plan.id }) })
      .set(bearer(tenant.leadership.token))
      .expect(200);
    expect(planEvents.body[0]).toMatchObject({
      action: 'create',
      after: expect.objectContaining({ title: plan.title }),
    });
    const userEvents = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entity: 'user' }) })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect(JSON.stringify(userEvents.body)).not.toContain('passwordHash');
  });

  it('exports XLSX and CSV with formula-looking text neutralised', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    await createAction(t, tenant.coordinator.token, plan.id, {
      title: '=HYPERLINK("http://evil","klicka")',
      ownerId: tenant.departmentHead.user.id,
      departmentId: tenant.department.id,
    });
    await createAction(t, tenant.coordinator.token, plan.id, { title: 'Vanlig åtgärd; med semikolon' });
    const xlsx = await t
      .http()
      .get(`/api/action-plans/${plan.id}/export.xlsx`)
      .set(bearer(tenant.leadership.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    expect(sheet.rowCount).toBe(3);
    const titles = [2, 3].map((r) => sheet.getRow(r).getCell(2).value);
    expect(titles).toContain(`'=HYPERLINK("http://evil","klicka")`);
    expect([2, 3].some((r) => sheet.getRow(r).getCell(5).value === tenant.departmentHead.user.name)).toBe(true);
    expect(sheet.getRow(1).getCell(9).value).toBe('Status');
    expect(sheet.getRow(2).getCell(9).value).toBe('Ej påbörjad');
    const csv = await t
      .http()
      .get(`/api/action-plans/${plan.id}/export.csv`)
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"",""klicka"")"`);
    expect(csv.text).toContain('"Vanlig åtgärd; med semikolon"');
  });

  it("dates the export's last report by the municipality's day, not UTC's", async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createAction(t, tenant.coordinator.token, plan.id, { title: 'Rapporterad efter midnatt' });
    await t
      .http()
      .post(`/api/actions/${action.id}/updates`)
      .set(bearer(tenant.coordinator.token))
      .send({ comment: 'Lägesrapport' })
      .expect(201);
    // One second after midnight in Stockholm is still the day before in UTC.
    const justAfterMidnight = new Date(startOfDayIn('Europe/Stockholm', '2026-03-15').getTime() + 1000);
    await t.dataSource.getRepository(ActionUpdate).update({ actionId: action.id }, { createdAt: justAfterMidnight });
    const csv = await t
      .http()
      .get(`/api/action-plans/${plan.id}/export.csv`)
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    const row = csv.text.split(/\r?\n/).find((line) => line.includes('Rapporterad efter midnatt'))!;
    expect(row).toContain(';Lägesrapport;2026-03-15;');
  });

  it('serves each owner a calendar feed of their own deadlines, and rotates its secret', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const owner = await createUser(t, Role.DepartmentHead, {
      municipalityId: tenant.municipality.id,
      departmentId: tenant.department.id,
    });
    await createAction(t, tenant.coordinator.token, plan.id, {
      title: 'Min åtgärd',
      deadline: '2027-02-15',
      ownerId: owner.user.id,
    });
    await createAction(t, tenant.coordinator.token, plan.id, {
      title: 'Någon annans',
      deadline: '2027-02-16',
      ownerId: tenant.coordinator.user.id,
    });
    const link = await t.http().get('/api/auth/me/calendar').set(bearer(owner.token)).expect(200);
    const path = new URL(link.body.calendarUrl).pathname;
    const feed = await t.http().get(path).expect(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const { events } = parseIcs(feed.text);
    expect(events.map((e) => e.SUMMARY)).toEqual(['Slutdatum: Min åtgärd']);
    expect(events[0].DTSTART).toBe('20270215');
    const rotated = await t.http().post('/api/auth/me/calendar').set(bearer(owner.token)).expect(200);
    expect(rotated.body.calendarUrl).not.toBe(link.body.calendarUrl);
    await t.http().get(path).expect(404);
    await t.http().get('/api/calendar/not-a-token.ics').expect(404);
  });

  it('hides another municipality’s plans and actions (404)', async () => {
    const other = await createTenant(t);
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const action = await createAction(t, tenant.coordinator.token, plan.id);
    await t.http().get(`/api/action-plans/${plan.id}`).set(bearer(other.coordinator.token)).expect(404);
    await t.http().get(`/api/actions/${action.id}`).set(bearer(other.leadership.token)).expect(404);
    await t
      .http()
      .put(`/api/actions/${action.id}`)
      .set(bearer(other.coordinator.token))
      .send({ version: 1, title: 'x' })
      .expect(404);
    await t.http().get(`/api/action-plans/${plan.id}/summary`).set(bearer(other.coordinator.token)).expect(404);
    const list = await t.http().get('/api/actions').set(bearer(other.coordinator.token)).expect(200);
    expect(list.body).toEqual([]);
  });
});

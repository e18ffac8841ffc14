import { NOTIFICATION_KINDS, NotificationKind, Role, type ReminderRunResponse } from '@kompass/shared';
import { ActionPlan } from '../../backend/src/action-plans/action-plan.entity';
import { Notification } from '../../backend/src/mail/notification.entity';
import { createTenant, createUser } from '../factories';
import { importReferenceReport } from '../factories/evaluations';
import { insertAction, insertDueAction, insertPlan } from '../factories/plans';
import { startMailApp, type MailApp } from '../support/mail-app';
import { TestSmtp, waitFor } from '../support/smtp-server';
import { bearer, TestApp } from '../support/test-app';

/** Reminders on the production path: BullMQ on a real Redis, mail to a real SMTP server, a worker in the app. */
describe('reminders', () => {
  let mail: MailApp;
  let smtp: TestSmtp;
  let t: TestApp;
  const TUESDAY = '2027-03-16';
  const NO_DIGESTS = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, 0]));

  beforeAll(async () => {
    mail = await startMailApp({ MAIL_RETRY_DELAY_MS: '200' });
    ({ t, smtp } = mail);
  });
  afterAll(() => mail.close());

  const run = async (token: string, date: string): Promise<Required<ReminderRunResponse>> =>
    (await t.http().post('/api/reminders/run?details=true').set(bearer(token)).send({ date }).expect(200)).body;
  const mailsTo = (email: string) => mail.mailsTo(email);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 800));
  const tenantWithPlan = async () => {
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    return { ...tenant, plan };
  };

  it('sends one digest to the owner of an action due in 3 days, with its title and link, and nothing more the same day', async () => {
    const { coordinator, departmentHead: owner, plan } = await tenantWithPlan();
    const action = await insertDueAction(t, plan, owner.user.id, '2027-03-19', {
      title: 'Rutin för synpunkter & klagomål',
    });

    const first = await run(coordinator.token, TUESDAY);
    expect(first).toEqual({
      date: TUESDAY,
      workingDay: true,
      counts: { municipalities: 1, queued: 1, byKind: { ...NO_DIGESTS, deadline: 1 } },
      queued: [
        {
          notificationId: expect.any(Number),
          recipient: { userId: owner.user.id, email: owner.user.email },
          kind: 'deadline',
          actionIds: [action.id],
        },
      ],
    });
    await waitFor(() => mailsTo(owner.user.email).length === 1, 'the digest');
    const [mail] = mailsTo(owner.user.email);
    expect(mail.subject).toBe('Kompass: 1 åtgärd med slutdatum snart');
    expect(mail.text).toContain('• Rutin för synpunkter & klagomål');
    expect(mail.text).toContain(
      'Slutdatum: 19 mars 2027 · Status: pågår · Bedömning: Risk (Kompass) · slutdatum om 3 dagar',
    );
    expect(mail.text).toContain(`https://kompass.example.se/#/actions/${action.id}/show`);
    expect(mail.html).toContain('Rutin för synpunkter &amp; klagomål');
    expect(mail.html).toContain(`href="https://kompass.example.se/#/actions/${action.id}/show"`);
    // The row records exactly what went out: the bodies rendered at send time, stored by the UPDATE that marked it
    // sent. That UPDATE follows the SMTP server's acceptance, so the mail can arrive a moment before the row says so.
    const notifications = t.dataSource.getRepository(Notification);
    await waitFor(
      async () => (await notifications.findOneByOrFail({ id: first.queued[0].notificationId })).status === 'sent',
      'the digest marked sent',
    );
    const row = await notifications.findOneByOrFail({ id: first.queued[0].notificationId });
    expect(row.bodyText).toBe(mail.text);
    expect(row.bodyHtml).toBe(mail.html);
    expect(row.content).toMatchObject({
      kind: 'deadline',
      locale: 'sv',
      date: TUESDAY,
      items: [
        {
          actionId: action.id,
          title: 'Rutin för synpunkter & klagomål',
          reason: { kind: 'deadline', threshold: 3, daysLeft: 3 },
        },
      ],
    });

    const again = await run(coordinator.token, TUESDAY);
    expect(again.queued).toEqual([]);
    await settle();
    expect(mailsTo(owner.user.email)).toHaveLength(1);
    expect(mailsTo(coordinator.user.email)).toHaveLength(0);

    const own = await t.http().get('/api/notifications').set(bearer(owner.token)).expect(200);
    expect(own.body).toEqual([
      expect.objectContaining({
        id: first.queued[0].notificationId,
        kind: 'deadline',
        status: 'sent',
        attempts: 1,
        lastError: null,
        date: TUESDAY,
        actionIds: [action.id],
        idempotencyKey: `deadline:user-${owner.user.id}:${TUESDAY}`,
      }),
    ]);
    expect(own.body[0].sentAt).not.toBeNull();
  });

  it('lists three due actions of one owner in one mail', async () => {
    const { coordinator, departmentHead: owner, plan } = await tenantWithPlan();
    const deadlines = ['2027-03-17', '2027-03-19', '2027-03-26'];
    const actions = [];
    for (const [i, deadline] of deadlines.entries())
      actions.push(await insertDueAction(t, plan, owner.user.id, deadline, { title: `Samlad åtgärd ${i + 1}` }));

    const result = await run(coordinator.token, TUESDAY);
    expect(result.queued).toHaveLength(1);
    expect(result.queued[0].actionIds).toEqual(actions.map((a) => a.id));
    await waitFor(() => mailsTo(owner.user.email).length === 1, 'the digest');
    await settle();
    const mails = mailsTo(owner.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Kompass: 3 åtgärder med slutdatum snart');
    for (const action of actions) expect(mails[0].text).toContain(`• ${action.title}`);
    expect(mails[0].text).toContain('slutdatum i morgon');
    expect(mails[0].text).toContain('slutdatum om 10 dagar');
  });

  it('stops reminding once the follow-up evaluation is linked, and sends the coordinators one closing summary', async () => {
    const { coordinator, departmentHead: owner, plan } = await tenantWithPlan();
    const action = await insertDueAction(t, plan, owner.user.id, '2027-03-19', { title: 'Uppföljning av mål' });
    expect((await run(coordinator.token, '2027-03-15')).queued.map((q) => q.kind)).toEqual(['deadline']);
    await waitFor(() => mailsTo(owner.user.email).length === 1, 'the 14-day reminder');

    const followUp = await importReferenceReport(t, coordinator.token, { evaluatedAt: '2027-03' });
    await t.dataSource.getRepository(ActionPlan).update(plan.id, {
      followUpEvaluationId: followUp.evaluation.id,
      status: 'closed' as ActionPlan['status'],
      closedAt: new Date('2027-03-15T15:00:00Z'),
    });

    // Tuesday would be the 3-day reminder; instead only the closing summary goes out.
    const closing = await run(coordinator.token, TUESDAY);
    expect(closing.queued).toEqual([
      {
        notificationId: expect.any(Number),
        recipient: { userId: coordinator.user.id, email: coordinator.user.email },
        kind: 'closing',
        actionIds: [action.id],
      },
    ]);
    await waitFor(() => mailsTo(coordinator.user.email).length === 1, 'the closing summary');
    expect(mailsTo(coordinator.user.email)[0].subject).toBe(
      'Kompass: handlingsplanen ”Handlingsplan Kommunkompassen” är avslutad',
    );
    expect(mailsTo(coordinator.user.email)[0].text).toContain('• Uppföljning av mål');
    // Closed by the linked evaluation: the mail names it, not the re-evaluation date the plan had planned.
    expect(mailsTo(coordinator.user.email)[0].text).toMatch(/Avslutad av utvärderingen ”.+” \(mars 2027\)/);
    expect(mailsTo(coordinator.user.email)[0].text).not.toContain('Omvärdering ');

    for (const day of [TUESDAY, '2027-03-17', '2027-03-22'])
      expect((await run(coordinator.token, day)).queued).toEqual([]);
    await settle();
    expect(mailsTo(owner.user.email)).toHaveLength(1);
    expect(mailsTo(coordinator.user.email)).toHaveLength(1);
  });

  it('sends nothing on julafton (2026-12-24) or on a Saturday', async () => {
    const { coordinator, departmentHead: owner, plan } = await tenantWithPlan();
    await insertAction(t, plan, {
      deadline: '2026-12-28',
      ownerId: owner.user.id,
      lastProgressAt: new Date('2026-12-01T09:00:00Z'),
    });
    await insertDueAction(t, plan, owner.user.id, '2027-03-22');
    const before = smtp.messages.length;
    const none = { municipalities: 0, queued: 0, byKind: NO_DIGESTS };
    for (const date of ['2026-12-24', '2027-03-20'])
      expect(await run(coordinator.token, date)).toEqual({ date, workingDay: false, counts: none, queued: [] });
    const all = await t
      .http()
      .post('/api/reminders/run')
      .set(bearer(t.adminToken))
      .send({ date: '2026-12-24' })
      .expect(200);
    expect(all.body).toEqual({ date: '2026-12-24', workingDay: false, counts: none });
    await settle();
    expect(smtp.messages.length).toBe(before);
    const list = await t.http().get('/api/notifications').set(bearer(coordinator.token)).expect(200);
    expect(list.body).toEqual([]);
    // The next working day (after julafton, juldagen and the weekend) catches up.
    const monday = await run(coordinator.token, '2026-12-28');
    expect(monday.queued.map((q) => q.kind)).toEqual(['deadline']);
  });

  it('escalates long-overdue actions to coordinators and the department head, and sends leadership its monthly summary', async () => {
    const tenant = await tenantWithPlan();
    const owner = await createUser(t, Role.DepartmentHead, { municipalityId: tenant.municipality.id });
    const late = await insertAction(t, tenant.plan, {
      title: 'Sen åtgärd',
      deadline: '2027-02-09',
      ownerId: owner.user.id,
      departmentId: tenant.department.id,
      lastProgressAt: new Date('2027-02-20T09:00:00Z'),
    });
    const result = await run(tenant.coordinator.token, '2027-03-01');
    const byRecipient = result.queued.map((q) => [q.recipient.userId, q.kind]).sort();
    expect(byRecipient).toEqual(
      [
        [owner.user.id, NotificationKind.Overdue],
        [tenant.coordinator.user.id, NotificationKind.Escalation],
        [tenant.departmentHead.user.id, NotificationKind.Escalation],
        [tenant.leadership.user.id, NotificationKind.Summary],
      ].sort(),
    );
    await waitFor(() => mailsTo(tenant.leadership.user.email).length === 1, 'the summary');
    const summary = mailsTo(tenant.leadership.user.email)[0];
    expect(summary.subject).toBe(`Kompass: lägesbild för ${tenant.municipality.name}, mars 2027`);
    expect(summary.text).toContain('1 åtgärd, 0 klara, 1 försenad');
    expect(summary.text).toContain(`/#/actions/${late.id}/show`);
    await waitFor(() => mailsTo(tenant.departmentHead.user.email).length === 1, 'the escalation');
    expect(mailsTo(tenant.departmentHead.user.email)[0].text).toContain('Den här åtgärden är mer än 14 dagar försenad');
    expect(mailsTo(tenant.departmentHead.user.email)[0].text).toContain('20 dagar försenad');
  });

  it('keeps reminder rules per municipality, editable by its coordinator only', async () => {
    const { coordinator, leadership, departmentHead: owner, plan, municipality } = await tenantWithPlan();
    const other = await createTenant(t);
    const defaults = await t
      .http()
      .get(`/api/reminder-settings/${municipality.id}`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(defaults.body).toEqual({
      id: municipality.id,
      municipalityId: municipality.id,
      enabled: true,
      deadlineDays: [14, 3],
      repeatDays: 7,
      staleDays: 30,
      escalationDays: 14,
      leadershipSummary: true,
      updatedAt: null,
    });
    await t.http().get(`/api/reminder-settings/${other.municipality.id}`).set(bearer(coordinator.token)).expect(404);
    await t
      .http()
      .put(`/api/reminder-settings/${municipality.id}`)
      .set(bearer(leadership.token))
      .send({ staleDays: 5 })
      .expect(403);
    const bad = await t
      .http()
      .put(`/api/reminder-settings/${municipality.id}`)
      .set(bearer(coordinator.token))
      .send({ deadlineDays: [-1], repeatDays: 0 })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['deadlineDays', 'repeatDays']);
    const saved = await t
      .http()
      .put(`/api/reminder-settings/${municipality.id}`)
      .set(bearer(coordinator.token))
      .send({ deadlineDays: [5] })
      .expect(200);
    expect(saved.body).toMatchObject({ deadlineDays: [5], staleDays: 30 });

    const action = await insertDueAction(t, plan, owner.user.id, '2027-03-21');
    const result = await run(coordinator.token, TUESDAY);
    expect(result.queued).toEqual([expect.objectContaining({ kind: 'deadline', actionIds: [action.id] })]);
    await t
      .http()
      .put(`/api/reminder-settings/${municipality.id}`)
      .set(bearer(coordinator.token))
      .send({ enabled: false })
      .expect(200);
    expect((await run(coordinator.token, '2027-03-17')).queued).toEqual([]);
  });

  it('scopes the outbox: own mails for users, the municipality for coordinators, and runs to the own municipality', async () => {
    const home = await tenantWithPlan();
    const other = await tenantWithPlan();
    await insertDueAction(t, home.plan, home.departmentHead.user.id, '2027-03-18');
    await insertDueAction(t, other.plan, other.departmentHead.user.id, '2027-03-18');
    await t
      .http()
      .post('/api/reminders/run')
      .set(bearer(home.coordinator.token))
      .send({ date: TUESDAY, municipalityId: other.municipality.id })
      .expect(404);
    await t.http().post('/api/reminders/run').set(bearer(home.leadership.token)).send({ date: TUESDAY }).expect(403);
    await t
      .http()
      .post('/api/reminders/run')
      .set(bearer(home.coordinator.token))
      .send({ date: '2027-02-30' })
      .expect(400);
    expect((await run(home.coordinator.token, TUESDAY)).queued).toHaveLength(1);

    const coordinatorView = await t.http().get('/api/notifications').set(bearer(home.coordinator.token)).expect(200);
    expect(coordinatorView.headers['content-range']).toBe('notifications 0-0/1');
    expect(coordinatorView.body[0].municipalityId).toBe(home.municipality.id);
    await t.http().get('/api/notifications').set(bearer(home.leadership.token)).expect(200).expect([]);
    const foreign = await t
      .http()
      .get('/api/notifications')
      .query({ filter: JSON.stringify({ id: coordinatorView.body[0].id }) })
      .set(bearer(other.coordinator.token))
      .expect(200);
    expect(foreign.body).toEqual([]);
    const filtered = await t
      .http()
      .get('/api/notifications')
      .query({ filter: JSON.stringify({ kind: 'overdue' }) })
      .set(bearer(home.coordinator.token))
      .expect(200);
    expect(filtered.body).toEqual([]);
    await t
      .http()
      .get('/api/notifications')
      .query({ filter: JSON.stringify({ kind: 'spam' }) })
      .set(bearer(home.coordinator.token))
      .expect(400);
  });
});

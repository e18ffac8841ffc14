import {
  NotificationStatus,
  Role,
  type NotificationDetail,
  type NotificationRecord,
  type ReminderPreviewResponse,
  type ReminderRunResponse,
  type UserRecord,
} from '@kompass/shared';
import { Notification } from '../../backend/src/mail/notification.entity';
import { createTenant, createUser } from '../factories';
import { insertDueAction, insertPlan } from '../factories/plans';
import { startSmtp, TestSmtp, waitFor } from '../support/smtp-server';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/**
 * The reminders page's API: the dry run (preview), "Skicka nu" (run) and its idempotency, the outbox's mail view
 * and retry, and pausing digests for a leave of absence. Inline queue and a worker in the app; a real SMTP server.
 */
describe('reminders page API', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  const TUESDAY = '2027-03-16';

  beforeAll(async () => {
    smtp = await startSmtp();
    // One attempt per job: a refused mail stays failed until someone retries it.
    t = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', MAIL_RETRY_ATTEMPTS: '1', MAIL_RETRY_DELAY_MS: '100' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const run = async (token: string, date: string): Promise<Required<ReminderRunResponse>> =>
    (await t.http().post('/api/reminders/run?details=true').set(bearer(token)).send({ date }).expect(200)).body;
  const preview = async (token: string, date: string): Promise<ReminderPreviewResponse> =>
    (await t.http().post('/api/reminders/preview').set(bearer(token)).send({ date }).expect(200)).body;
  const detail = async (token: string, id: number): Promise<NotificationDetail> =>
    (await t.http().get(`/api/notifications/${id}`).set(bearer(token)).expect(200)).body;
  const mailsTo = (email: string) =>
    smtp.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));
  const outboxOf = (municipalityId: number) => t.dataSource.getRepository(Notification).findBy({ municipalityId });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

  it('previews per recipient and kind without writing or sending, then runs once per day', async () => {
    const { municipality, coordinator, departmentHead: owner } = await createTenant(t);
    const plan = await insertPlan(t, coordinator.token, municipality.id);
    const soon = await insertDueAction(t, plan, owner.user.id, '2027-03-19', { title: 'Snart klar' });
    const late = await insertDueAction(t, plan, coordinator.user.id, '2027-03-10', { title: 'Redan sen' });

    const dry = await preview(coordinator.token, TUESDAY);
    expect(dry).toEqual({
      date: TUESDAY,
      workingDay: true,
      digests: [
        {
          recipient: { userId: coordinator.user.id, email: coordinator.user.email, name: coordinator.user.name },
          kind: 'overdue',
          municipalityId: municipality.id,
          plans: [],
          actions: [
            {
              actionId: late.id,
              title: 'Redan sen',
              deadline: '2027-03-10',
              reason: { kind: 'overdue', daysLate: 6 },
              days: 6,
              onBehalfOf: null,
            },
          ],
        },
        {
          recipient: { userId: owner.user.id, email: owner.user.email, name: owner.user.name },
          kind: 'deadline',
          municipalityId: municipality.id,
          plans: [],
          actions: [
            {
              actionId: soon.id,
              title: 'Snart klar',
              deadline: '2027-03-19',
              reason: { kind: 'deadline', threshold: 3, daysLeft: 3 },
              days: 3,
              onBehalfOf: null,
            },
          ],
        },
      ],
    });
    // A dry run: no outbox row, no mail.
    await settle();
    expect(await outboxOf(municipality.id)).toEqual([]);
    expect(mailsTo(owner.user.email).length + mailsTo(coordinator.user.email).length).toBe(0);

    // "Skicka nu" sends what the preview listed.
    const first = await run(coordinator.token, TUESDAY);
    expect(first.queued.map((q) => [q.recipient.userId, q.kind, q.actionIds]).sort()).toEqual(
      dry.digests.map((d) => [d.recipient.userId, d.kind, d.actions.map((a) => a.actionId)]).sort(),
    );
    await waitFor(
      () => mailsTo(owner.user.email).length === 1 && mailsTo(coordinator.user.email).length === 1,
      'both digests',
    );
    await waitFor(
      async () => (await outboxOf(municipality.id)).every((n) => n.status === NotificationStatus.Sent),
      'both marked sent',
    );

    // A second click the same day sends nothing new, and the preview now lists nothing.
    expect((await run(coordinator.token, TUESDAY)).queued).toEqual([]);
    expect((await preview(coordinator.token, TUESDAY)).digests).toEqual([]);
    await settle();
    expect(mailsTo(owner.user.email)).toHaveLength(1);
    expect(await outboxOf(municipality.id)).toHaveLength(2);
  });

  it("previews nothing on a Saturday and only within the coordinator's municipality", async () => {
    const { coordinator } = await createTenant(t);
    const other = await createTenant(t);
    expect(await preview(coordinator.token, '2027-03-20')).toEqual({
      date: '2027-03-20',
      workingDay: false,
      digests: [],
    });
    const refused = await t
      .http()
      .post('/api/reminders/preview')
      .set(bearer(coordinator.token))
      .send({ date: TUESDAY, municipalityId: other.municipality.id });
    expect(refused.status).toBe(404);
    await t
      .http()
      .post('/api/reminders/preview')
      .set(bearer(other.departmentHead.token))
      .send({ date: TUESDAY })
      .expect(403);
    const bad = await t
      .http()
      .post('/api/reminders/preview')
      .set(bearer(coordinator.token))
      .send({ date: '2027-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'date' })]);
  });

  it('shows a failed mail with its error, retries it once, and records who retried it', async () => {
    const { municipality, coordinator, departmentHead: owner } = await createTenant(t);
    const outsider = (await createTenant(t)).coordinator;
    const plan = await insertPlan(t, coordinator.token, municipality.id);
    await insertDueAction(t, plan, owner.user.id, '2027-03-19', { title: 'Skickas igen' });

    smtp.refuse(1);
    const [queued] = (await run(coordinator.token, TUESDAY)).queued;
    const id = queued.notificationId;
    await waitFor(
      async () => (await detail(coordinator.token, id)).status === NotificationStatus.Failed,
      'the refused mail marked failed',
    );
    const failed = await detail(coordinator.token, id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, bodyText: null, bodyHtml: null, sentAt: null });
    expect(failed.lastError).toMatch(/550|Mailbox unavailable/);

    // Only coordinators and admins retry, and only in their own municipality.
    await t.http().post(`/api/notifications/${id}/retry`).set(bearer(owner.token)).expect(403);
    await t.http().post(`/api/notifications/${id}/retry`).set(bearer(outsider.token)).expect(404);
    await t.http().get(`/api/notifications/${id}`).set(bearer(outsider.token)).expect(404);

    const [a, b] = await Promise.all([
      t.http().post(`/api/notifications/${id}/retry`).set(bearer(coordinator.token)),
      t.http().post(`/api/notifications/${id}/retry`).set(bearer(coordinator.token)),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await waitFor(
      async () => (await detail(coordinator.token, id)).status === NotificationStatus.Sent,
      'the retried mail sent',
    );
    const sent = await detail(owner.token, id);
    expect(mailsTo(owner.user.email)).toHaveLength(1);
    expect(sent.bodyText).toBe(mailsTo(owner.user.email)[0].text);
    expect(sent.bodyHtml).toBe(mailsTo(owner.user.email)[0].html);
    expect(sent.lastError).toBeNull();
    expect(sent.attempts).toBe(2);

    // Retrying a sent mail changes nothing and sends nothing.
    const again = await t.http().post(`/api/notifications/${id}/retry`).set(bearer(coordinator.token)).expect(200);
    expect(again.body).toMatchObject({ id, status: 'sent', attempts: 2 });
    await settle();
    expect(mailsTo(owner.user.email)).toHaveLength(1);

    const audit = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entity: 'notification', entityId: id }) })
      .set(bearer(coordinator.token))
      .expect(200);
    expect(audit.body).toEqual([
      expect.objectContaining({
        actorId: coordinator.user.id,
        action: 'update',
        before: { status: 'failed' },
        after: { status: 'queued' },
      }),
    ]);
  });

  it("sends a paused owner's reminders to the department head during the pause, and to the owner after", async () => {
    const { municipality, department, coordinator, departmentHead: head } = await createTenant(t);
    const owner = await createUser(t, Role.DepartmentHead, {
      municipalityId: municipality.id,
      departmentId: department.id,
    });
    const plan = await insertPlan(t, coordinator.token, municipality.id);
    const action = await insertDueAction(t, plan, owner.user.id, '2027-03-26', { title: 'Under ledigheten' });
    const pause = (token: string, userId: number, body: object) =>
      t.http().put(`/api/users/${userId}/digest-pause`).set(bearer(token)).send(body);

    // Validation: both days or neither, and in order; others pause only as coordinator or admin.
    const reversed = await pause(owner.token, owner.user.id, { pausedFrom: '2027-03-17', pausedUntil: '2027-03-15' });
    expect(reversed.status).toBe(422);
    expect(reversed.body.code).toBe('pause_ends_before_start');
    const half = await pause(owner.token, owner.user.id, { pausedFrom: '2027-03-15', pausedUntil: null });
    expect(half.status).toBe(422);
    expect(half.body.code).toBe('pause_dates_incomplete');
    expect((await pause(owner.token, owner.user.id, { pausedFrom: '15 mars', pausedUntil: '2027-03-17' })).status).toBe(
      400,
    );
    expect(
      (await pause(head.token, owner.user.id, { pausedFrom: '2027-03-15', pausedUntil: '2027-03-17' })).status,
    ).toBe(404);
    expect((await pause(coordinator.token, owner.user.id, { pausedFrom: null, pausedUntil: null })).status).toBe(200);

    const paused = await pause(owner.token, owner.user.id, { pausedFrom: '2027-03-15', pausedUntil: '2027-03-17' });
    expect(paused.status).toBe(200);
    expect(paused.body as UserRecord).toMatchObject({
      id: owner.user.id,
      pausedFrom: '2027-03-15',
      pausedUntil: '2027-03-17',
    });

    // During the pause: the head gets it, saying for whom.
    const during = await preview(coordinator.token, TUESDAY);
    expect(during.digests).toEqual([
      expect.objectContaining({
        recipient: expect.objectContaining({ userId: head.user.id }),
        kind: 'deadline',
        actions: [
          expect.objectContaining({ actionId: action.id, onBehalfOf: { name: owner.user.name, until: '2027-03-17' } }),
        ],
      }),
    ]);
    expect((await run(coordinator.token, TUESDAY)).queued.map((q) => q.recipient.userId)).toEqual([head.user.id]);
    await waitFor(() => mailsTo(head.user.email).length === 1, 'the stand-in digest');
    const standIn = mailsTo(head.user.email)[0];
    expect(standIn.text).toContain('• Under ledigheten');
    expect(standIn.text).toContain(`till dig i stället för ${owner.user.name}, som är ledig till och med 17 mars 2027`);
    expect(mailsTo(owner.user.email)).toHaveLength(0);

    // After the pause (Thursday): the owner again, for the same deadline.
    expect((await run(coordinator.token, '2027-03-18')).queued.map((q) => [q.recipient.userId, q.kind])).toEqual([
      [owner.user.id, 'deadline'],
    ]);
    await waitFor(() => mailsTo(owner.user.email).length === 1, "the owner's digest");
    expect(mailsTo(owner.user.email)[0].text).not.toContain('i stället för');
    await settle();
    expect(mailsTo(head.user.email)).toHaveLength(1);

    const own = (await t.http().get('/api/notifications').set(bearer(owner.token)).expect(200))
      .body as NotificationRecord[];
    expect(own.map((n) => n.date)).toEqual(['2027-03-18']);
  });
});

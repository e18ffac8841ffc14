import { In } from 'typeorm';
import {
  NOTIFICATION_KINDS,
  NotificationKind,
  NotificationStatus,
  Role,
  type ReminderRunResponse,
} from '@kompass/shared';
import { Notification } from '../../backend/src/mail/notification.entity';
import { QueueDriver } from '../../backend/src/queue/queue-driver';
import { createTenant, createUser } from '../factories';
import { insertDueAction, insertPlan } from '../factories/plans';
import { startRedis, TestRedis } from '../support/redis-server';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/**
 * The sweep writes a municipality's digests in one batch and queues them with one bulk add. With WORKER=off the
 * jobs stay on Redis, so what a sweep queued can be counted.
 */
describe('reminder sweep: batched outbox writes and queueing', () => {
  let redis: TestRedis;
  let t: TestApp;
  const TUESDAY = '2027-03-16';
  const WEDNESDAY = '2027-03-17';

  beforeAll(async () => {
    redis = await startRedis();
    t = await startTestApp({ REDIS_URL: redis.url, WORKER: 'off' });
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  const run = async (token: string, date: string): Promise<Required<ReminderRunResponse>> =>
    (await t.http().post('/api/reminders/run?details=true').set(bearer(token)).send({ date }).expect(200)).body;
  const waitingMails = () => t.app.get(QueueDriver).pending('mail');
  const outbox = (userIds: number[]) =>
    t.dataSource.getRepository(Notification).find({ where: { userId: In(userIds) }, order: { id: 'ASC' } });

  it('writes and queues the digests of many municipalities in one run, each once however often it runs', async () => {
    const owners: number[] = [];
    for (let i = 0; i < 3; i++) {
      const tenant = await createTenant(t);
      const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
      const owner = tenant.departmentHead.user.id;
      await insertDueAction(t, plan, owner, '2027-03-19');
      await insertDueAction(t, plan, owner, '2027-03-12');
      owners.push(owner);
    }
    const mine = (r: Required<ReminderRunResponse>) => r.queued.filter((q) => owners.includes(q.recipient.userId!));

    const first = mine(await run(t.adminToken, TUESDAY));
    expect(first.map((q) => `${q.recipient.userId} ${q.kind}`).sort()).toEqual(
      owners.flatMap((o) => [`${o} ${NotificationKind.Deadline}`, `${o} ${NotificationKind.Overdue}`]).sort(),
    );
    const rows = await outbox(owners);
    expect(rows.map((r) => r.id).sort()).toEqual(first.map((q) => q.notificationId).sort());
    expect(
      rows.every((r) => r.status === NotificationStatus.Queued && r.attempts === 0 && r.supersededById === null),
    ).toBe(true);
    expect(await waitingMails()).toBe(6);

    // Again the same day: nothing new is planned, today's unsent rows are queued again under the same job ids.
    const second = mine(await run(t.adminToken, TUESDAY));
    expect(second.map((q) => q.notificationId).sort()).toEqual(first.map((q) => q.notificationId).sort());
    expect(await outbox(owners)).toHaveLength(6);
    expect(await waitingMails()).toBe(6);
  });

  it('answers with counts, and lists the queued digests only with details=true', async () => {
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    const owner = tenant.departmentHead.user;
    const soon = await insertDueAction(t, plan, owner.id, '2027-03-19');
    const late = await insertDueAction(t, plan, owner.id, '2027-03-12');
    const sweep = (query: string) =>
      t.http().post(`/api/reminders/run${query}`).set(bearer(tenant.coordinator.token)).send({ date: TUESDAY });
    const byKind = { ...Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, 0])), deadline: 1, overdue: 1 };
    const counts = { municipalities: 1, queued: 2, byKind };

    expect((await sweep('').expect(200)).body).toEqual({ date: TUESDAY, workingDay: true, counts });
    const [deadline, overdue] = (await outbox([owner.id])).sort((a, b) => a.kind.localeCompare(b.kind));
    expect([deadline.kind, overdue.kind]).toEqual([NotificationKind.Deadline, NotificationKind.Overdue]);

    // Again the same day, with the digests: today's two unsent rows are queued again, and only they.
    const detailed = (await sweep('?details=true').expect(200)).body as Required<ReminderRunResponse>;
    expect(detailed.counts).toEqual(counts);
    const recipient = { userId: owner.id, email: owner.email };
    expect(detailed.queued.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { notificationId: deadline.id, recipient, kind: NotificationKind.Deadline, actionIds: [soon.id] },
      { notificationId: overdue.id, recipient, kind: NotificationKind.Overdue, actionIds: [late.id] },
    ]);
    expect(await outbox([owner.id])).toHaveLength(2);

    expect((await sweep('?details=false').expect(200)).body).toEqual({ date: TUESDAY, workingDay: true, counts });
    await sweep('?details=yes').expect(400);
  });

  it('supersedes an unsent digest of an earlier day by the new one, never a sent one', async () => {
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    const late = tenant.departmentHead.user.id;
    const punctual = (await createUser(t, Role.DepartmentHead, { municipalityId: tenant.municipality.id })).user.id;
    await insertDueAction(t, plan, late, '2027-03-12');
    await insertDueAction(t, plan, punctual, '2027-03-12');
    // Due on Tuesday, overdue from Wednesday: a new overdue digest for `punctual` then.
    await insertDueAction(t, plan, punctual, TUESDAY);

    await run(tenant.coordinator.token, TUESDAY);
    const [lateTuesday, punctualTuesday] = (await outbox([late, punctual])).filter(
      (r) => r.kind === NotificationKind.Overdue,
    );
    expect([lateTuesday.userId, punctualTuesday.userId]).toEqual([late, punctual]);
    await t.dataSource
      .getRepository(Notification)
      .update({ id: punctualTuesday.id }, { status: NotificationStatus.Sent, sentAt: new Date() });

    const wednesday = await run(tenant.coordinator.token, WEDNESDAY);
    const rows = new Map((await outbox([late, punctual])).map((r) => [r.id, r]));
    const lateWednesday = [...rows.values()].find(
      (r) => r.userId === late && r.date === WEDNESDAY && r.kind === NotificationKind.Overdue,
    )!;
    const punctualWednesday = [...rows.values()].find(
      (r) => r.userId === punctual && r.date === WEDNESDAY && r.kind === NotificationKind.Overdue,
    )!;
    expect(rows.get(lateTuesday.id)!.supersededById).toBe(lateWednesday.id);
    expect(rows.get(punctualTuesday.id)!.supersededById).toBeNull();
    expect(lateWednesday.supersededById).toBeNull();
    expect(punctualWednesday.actionIds).toHaveLength(1);
    const queuedIds = wednesday.queued.map((q) => q.notificationId);
    expect(queuedIds).toEqual(expect.arrayContaining([lateWednesday.id, punctualWednesday.id]));
    expect(queuedIds).not.toContain(lateTuesday.id);

    // A rerun of Wednesday writes nothing new and supersedes nothing more.
    await run(tenant.coordinator.token, WEDNESDAY);
    const after = await outbox([late, punctual]);
    expect(after).toHaveLength(rows.size);
    expect(after.filter((r) => r.supersededById !== null).map((r) => r.id)).toEqual([lateTuesday.id]);
  });
});

import { NotificationStatus, type ReminderRunResponse } from '@kompass/shared';
import { Queue } from 'bullmq';
import { In } from 'typeorm';
import { Notification } from '../../backend/src/mail/notification.entity';
import { BULLMQ_PREFIX } from '../../backend/src/queue/bullmq-queue.driver';
import { DAILY_SWEEP_SCHEDULER } from '../../backend/src/reminders/reminder-scheduler';
import { insertDueAction, tenantWithOwners } from '../factories/plans';
import { startWorkerProcess, type KompassProcess } from '../support/processes';
import { freePort, startRedis, TestRedis } from '../support/redis-server';
import { addressOf, smtpUrl, startSmtp, TestSmtp, waitFor } from '../support/smtp-server';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { TEST_DIALECT } from '../support/test-database';

/**
 * Redis holds only jobs and the schedule; the outbox in the database is the source of truth. Redis restarted
 * empty on its port loses every queued job and the daily schedule, and neither may lose a reminder.
 */
const TUESDAY = '2027-03-16';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reliability: Redis restarted empty', () => {
  let redis: TestRedis;
  let smtpPort: number;
  let smtp: TestSmtp | undefined;
  let t: TestApp;
  let worker: KompassProcess;
  const queues: Queue[] = [];
  const queue = (name: string) => {
    const q = new Queue(name, { connection: { url: redis.url, maxRetriesPerRequest: null }, prefix: BULLMQ_PREFIX });
    q.on('error', () => undefined);
    queues.push(q);
    return q;
  };

  beforeAll(async () => {
    redis = await startRedis();
    smtpPort = await freePort();
    smtp = await startSmtp(smtpPort);
    t = await startTestApp({ REDIS_URL: redis.url, SMTP_URL: smtpUrl(smtpPort), WORKER: 'off' });
    // A long retry delay: a mail that failed waits in Redis as a delayed job, which is what the restart loses.
    worker = await startWorkerProcess({
      DATABASE_URL: t.database.databaseUrl,
      DATA_DIR: t.database.dataDir,
      REDIS_URL: redis.url,
      SMTP_URL: smtpUrl(smtpPort),
      LOG_LEVEL: 'warn',
      MAIL_RETRY_DELAY_MS: '600000',
    });
  });
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
    await worker.stop();
    await t.close();
    await smtp?.stop();
    await redis.stop();
  });

  const sweep = async (token: string): Promise<Required<ReminderRunResponse>> =>
    (await t.http().post('/api/reminders/run?details=true').set(bearer(token)).send({ date: TUESDAY }).expect(200))
      .body;
  const tenantWithDueActions = async (count: number) => {
    const { tenant, plan, owners } = await tenantWithOwners(t, count);
    for (const owner of owners) await insertDueAction(t, plan, owner.user.id, '2027-03-19');
    return { tenant, owners };
  };

  it('loses the queued jobs but not the reminders: the next sweep sends every one still due, once, and the schedule comes back', async () => {
    const repo = t.dataSource.getRepository(Notification);
    // Municipality A's digest goes out before anything happens.
    const a = await tenantWithDueActions(1);
    await sweep(a.tenant.coordinator.token);
    await waitFor(() => smtp!.messages.length === 1, 'A’s digest');
    expect(await queue('reminders').getJobScheduler(DAILY_SWEEP_SCHEDULER)).toBeDefined();

    // SMTP goes down; B's three digests fail once and wait in Redis for a retry ten minutes away.
    await smtp!.stop();
    smtp = undefined;
    const b = await tenantWithDueActions(3);
    const queuedB = (await sweep(b.tenant.coordinator.token)).queued.map((q) => q.notificationId);
    expect(queuedB).toHaveLength(3);
    await waitFor(
      async () => (await repo.countBy({ id: In(queuedB), status: NotificationStatus.Failed })) === 3,
      'three failed sends',
    );
    const mail = queue('mail');
    await waitFor(async () => (await mail.getDelayedCount()) === 3, 'three retries waiting in Redis');

    // Redis restarts empty on the same port while the API and the worker keep running.
    await redis.stop();
    redis = await startRedis(redis.port);
    const restartedAt = Date.now();
    expect(await queue('mail').getJobCounts()).toEqual(expect.objectContaining({ waiting: 0, delayed: 0, active: 0 }));
    smtp = await startSmtp(smtpPort);
    // The worker puts the daily schedule back by itself once it has reconnected.
    await waitFor(
      async () => (await queue('reminders').getJobScheduler(DAILY_SWEEP_SCHEDULER)) !== undefined,
      'the daily schedule back in Redis',
    );
    const scheduleBackMs = Date.now() - restartedAt;
    await sleep(1000);
    expect(smtp.messages).toHaveLength(0);

    // The next sweep finds B's digests unsent in the outbox and queues them again; A's stays sent.
    const next = await sweep(t.adminToken);
    expect(next.queued.map((q) => q.notificationId).sort()).toEqual([...queuedB].sort());
    await waitFor(
      async () => (await repo.countBy({ id: In(queuedB), status: NotificationStatus.Sent })) === 3,
      'B’s digests sent',
      20_000,
    );
    const recoveredMs = Date.now() - restartedAt;
    await sleep(1500);
    expect(smtp.messages.map(addressOf).sort()).toEqual(b.owners.map((o) => o.user.email).sort());
    expect((await repo.find()).map((n) => `${n.email} ${n.status} ${n.attempts}`).sort()).toEqual(
      [`${a.owners[0].user.email} sent 1`, ...b.owners.map((o) => `${o.user.email} sent 2`)].sort(),
    );
    expect((await sweep(t.adminToken)).queued).toEqual([]);
    expect(worker.child.exitCode).toBeNull();
    await t.http().get('/api/health').expect(200);
    console.log(
      `[reliability] Redis restarted empty (${TEST_DIALECT}): 3 queued jobs lost, schedule back after ${scheduleBackMs} ms, ` +
        `the next sweep re-queued 3 and sent each once (${recoveredMs} ms after the restart), 0 duplicates`,
    );
  }, 60_000);
});

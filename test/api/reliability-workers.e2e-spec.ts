import { NotificationStatus, type ReminderRunResponse } from '@kompass/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { MAIL_CONCURRENCY } from '../../backend/src/mail/mail-concurrency';
import { Notification } from '../../backend/src/mail/notification.entity';
import { dataSourceOptions } from '../../backend/src/database/data-source-options';
import { insertDueAction, ONE_OVERDUE_TWO_SOON, overdueAndSoonDigests, tenantWithOwners } from '../factories/plans';
import { startApiProcess, startWorkerProcess, type KompassProcess } from '../support/processes';
import { freePort, startRedis, TestRedis } from '../support/redis-server';
import { addressOf, receivedMails, startSmtp, TestSmtp, waitFor } from '../support/smtp-server';
import { ADMIN_EMAIL, ADMIN_PASSWORD, bearer, startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/test-database';

/**
 * Faults on the reminder path with real processes: a worker killed mid-batch, and (on PostgreSQL) two API
 * processes and two workers sweeping at the same moment. The database is the source of truth throughout.
 */
const TUESDAY = '2027-03-16';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const countBy = (values: (string | undefined)[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [String(v)]: (acc[String(v)] ?? 0) + 1 }), {});

describe('reliability: a worker killed with SIGKILL mid-batch', () => {
  // Three accepted, a full set of concurrent sends in flight at the kill, three never started.
  const OWNERS = 3 + MAIL_CONCURRENCY + 3;
  let redis: TestRedis;
  let smtp: TestSmtp;
  let t: TestApp;
  const workers: KompassProcess[] = [];
  // Short lease and job lock so that recovery takes seconds here; production keeps 5 min and 30 s.
  const workerEnv = () => ({
    DATABASE_URL: t.database.databaseUrl,
    DATA_DIR: t.database.dataDir,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    LOG_LEVEL: 'warn',
    MAIL_LEASE_MS: '2000',
    JOB_LOCK_MS: '2000',
    MAIL_RETRY_DELAY_MS: '200',
  });

  beforeAll(async () => {
    redis = await startRedis();
    smtp = await startSmtp();
    // The API process only queues; the spawned workers send.
    t = await startTestApp({ REDIS_URL: redis.url, SMTP_URL: smtp.url, WORKER: 'off' });
  });
  afterAll(async () => {
    smtp.holdAfter(null);
    await Promise.all(workers.map((w) => w.stop()));
    await t.close();
    await smtp.stop();
    await redis.stop();
  });

  it('sends every due digest exactly once after the restart: none twice, none lost', async () => {
    const { tenant, plan, owners } = await tenantWithOwners(t, OWNERS);
    for (const owner of owners) await insertDueAction(t, plan, owner.user.id, '2027-03-19');
    const rows = () => t.dataSource.getRepository(Notification).find({ order: { id: 'ASC' } });

    // The server accepts three mails, then answers none: the worker (MAIL_CONCURRENCY sends at a time) ends up with that many in flight.
    smtp.holdAfter(3);
    const first = await startWorkerProcess(workerEnv());
    workers.push(first);
    const swept: ReminderRunResponse = (
      await t
        .http()
        .post('/api/reminders/run')
        .set(bearer(tenant.coordinator.token))
        .send({ date: TUESDAY })
        .expect(200)
    ).body;
    expect(swept.counts.queued).toBe(OWNERS);
    await waitFor(
      () => smtp.messages.length === 3 && smtp.held === MAIL_CONCURRENCY,
      'three mails accepted and the rest of a full set in flight',
    );

    await first.stop('SIGKILL');
    await waitFor(() => smtp.held === 0, 'the killed worker’s connections to close');
    expect(smtp.dropped).toBe(MAIL_CONCURRENCY);
    expect(smtp.messages).toHaveLength(3);
    const atKill = await rows();
    expect(countBy(atKill.map((n) => `${n.status}/${n.attempts}/${n.lockedUntil ? 'leased' : 'free'}`))).toEqual({
      'sent/1/free': 3,
      // claimed by the dead worker: its lease has to run out before anyone sends them
      'queued/1/leased': MAIL_CONCURRENCY,
      'queued/0/free': OWNERS - 3 - MAIL_CONCURRENCY,
    });

    smtp.holdAfter(null);
    const restartedAt = Date.now();
    workers.push(await startWorkerProcess(workerEnv()));
    await waitFor(
      async () => (await rows()).every((n) => n.status === NotificationStatus.Sent),
      'every digest sent after the restart',
      40_000,
    );
    const recoveryMs = Date.now() - restartedAt;
    // Late retries (BullMQ's stalled-job check, backoff) must find the rows sent and send nothing more.
    await sleep(2500);

    expect(smtp.messages).toHaveLength(OWNERS);
    expect(smtp.messages.map(addressOf).sort()).toEqual(owners.map((o) => o.user.email).sort());
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(OWNERS);
    const after = await rows();
    // Those cut short were claimed once by each worker; the others once in all.
    expect(countBy(after.map((n) => `${n.status}/${n.attempts}`))).toEqual({
      'sent/1': OWNERS - MAIL_CONCURRENCY,
      'sent/2': MAIL_CONCURRENCY,
    });
    expect(after.filter((n) => n.attempts === 2).map((n) => n.id)).toEqual(
      atKill.filter((n) => n.lockedUntil).map((n) => n.id),
    );
    console.log(
      `[reliability] SIGKILL mid-batch (${TEST_DIALECT}): ${OWNERS} digests, 3 sent + ${MAIL_CONCURRENCY} in flight at the kill, all ${OWNERS} sent once ${recoveryMs} ms after the restart`,
    );
  }, 90_000);
});

/** Only PostgreSQL serves several processes at once; on SQLite this block has no cases (and runs no hooks). */
const multiProcessCases = TEST_DIALECT === 'postgres' ? [{ apis: 2, workers: 2, owners: 5 }] : [];

describe('reliability: two API processes and two workers on one PostgreSQL and one Redis', () => {
  for (const shape of multiProcessCases)
    it(`start together and sweep at the same moment: one digest per recipient and kind (${shape.apis} APIs, ${shape.workers} workers)`, async () => {
      const processes: KompassProcess[] = [];
      let db: TestDatabase | undefined;
      let redis: TestRedis | undefined;
      let smtp: TestSmtp | undefined;
      let dataSource: DataSource | undefined;
      try {
        db = await createTestDatabase();
        redis = await startRedis();
        smtp = await startSmtp();
        const common = {
          DATABASE_URL: db.databaseUrl,
          DATA_DIR: db.dataDir,
          REDIS_URL: redis.url,
          SMTP_URL: smtp.url,
          // Every process reads the same configuration (README, Production).
          JWT_SECRET: 'reliability-suite-shared-secret-0123456789',
          ADMIN_EMAIL,
          ADMIN_PASSWORD,
          LOG_LEVEL: 'warn',
          LOGIN_THROTTLE_LIMIT: '1000',
        };
        // Every process at once on the same empty database: the APIs migrate and seed one after the other, the
        // workers wait for the schema.
        const ports = await Promise.all(Array.from({ length: shape.apis }, () => freePort()));
        const startedAt = Date.now();
        const starting = [
          ...ports.map((port) => startApiProcess({ ...common, PORT: String(port), WORKER: 'off' })),
          ...Array.from({ length: shape.workers }, () => startWorkerProcess(common)),
        ];
        const started = await Promise.allSettled(starting);
        for (const result of started) if (result.status === 'fulfilled') processes.push(result.value);
        for (const result of started) if (result.status === 'rejected') throw result.reason;
        const bootMs = Date.now() - startedAt;

        dataSource = await new DataSource(dataSourceOptions({ type: 'postgres', url: db.databaseUrl })).initialize();
        const bases = ports.map((port) => `http://127.0.0.1:${port}`);
        const login = await request(bases[1])
          .post('/api/auth/login')
          .send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
          .expect(200);
        // The factories need only HTTP, the admin's token and the data source.
        const t = {
          http: () => request(bases[0]),
          adminToken: login.body.accessToken,
          dataSource,
          database: db,
        } as unknown as TestApp;
        const { tenant, plan, owners } = await tenantWithOwners(t, shape.owners);
        for (const owner of owners)
          for (const deadline of ONE_OVERDUE_TWO_SOON) await insertDueAction(t, plan, owner.user.id, deadline);

        // Two sweeps on each API, all at the same moment.
        const sweep = (base: string, token: string) =>
          request(base).post('/api/reminders/run').set(bearer(token)).send({ date: TUESDAY });
        const responses = await Promise.all(
          bases.flatMap((base) => [sweep(base, t.adminToken), sweep(base, tenant.coordinator.token)]),
        );
        expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));

        const expected = shape.owners * 2; // a deadline and an overdue digest per owner
        const repo = dataSource.getRepository(Notification);
        const allSent = async () =>
          (await repo.count()) >= expected &&
          (await repo.countBy({ status: NotificationStatus.Sent })) === (await repo.count());
        await waitFor(allSent, `${expected} sent digests`, 30_000);
        await sleep(2000);
        const rows = await repo.find();
        expect(rows).toHaveLength(expected);
        expect(rows.every((n) => n.status === NotificationStatus.Sent && n.attempts === 1)).toBe(true);
        expect(receivedMails(smtp)).toEqual(overdueAndSoonDigests(owners));
        expect(processes.every((p) => p.child.exitCode === null)).toBe(true);
        console.log(
          `[reliability] ${shape.apis} APIs + ${shape.workers} workers on PostgreSQL: started together in ${bootMs} ms, ` +
            `${responses.length} simultaneous sweeps, ${rows.length} digests, ${smtp.messages.length} mails, every one once`,
        );
      } finally {
        await Promise.all(processes.map((p) => p.stop()));
        await dataSource?.destroy();
        await smtp?.stop();
        await redis?.stop();
        await db?.drop();
      }
    }, 120_000);
});

import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Locale,
  NotificationKind,
  NotificationStatus,
  type NotificationRecord,
  type ReminderRunResponse,
} from '@kompass/shared';
import { SendNotificationJob } from '../../backend/src/mail/jobs/send-notification.job';
import { Notification } from '../../backend/src/mail/notification.entity';
import { ReminderSweepJob } from '../../backend/src/reminders/jobs/reminder-sweep.job';
import { JobsService } from '../../backend/src/queue/jobs.service';
import { createTenant, createUser } from '../factories';
import {
  insertAction,
  insertDueAction,
  insertPlan,
  ONE_OVERDUE_TWO_SOON,
  overdueAndSoonDigests,
} from '../factories/plans';
import { freePort, startRedis, TestRedis } from '../support/redis-server';
import { addressOf, receivedMails, smtpUrl, startSmtp, TestSmtp, waitFor } from '../support/smtp-server';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { Role } from '@kompass/shared';
import { addDays, todayIn } from '../../backend/src/common/dates';
import { isWorkingDay } from '../../backend/src/reminders/working-days';

/** Delivery guarantees: retries against a refusing SMTP server, several worker processes, the .eml outbox, Bull Board. */
const TUESDAY = '2027-03-16';
const run = async (t: TestApp, token: string, date = TUESDAY): Promise<Required<ReminderRunResponse>> =>
  (await t.http().post('/api/reminders/run?details=true').set(bearer(token)).send({ date }).expect(200)).body;
const notifications = async (t: TestApp): Promise<NotificationRecord[]> =>
  (await t.http().get('/api/notifications').query({ range: '[0,999]' }).set(bearer(t.adminToken)).expect(200)).body;

describe('reminder delivery: SMTP refusing connections, then Bull Board', () => {
  let redis: TestRedis;
  let smtp: TestSmtp | undefined;
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    redis = await startRedis();
    port = await freePort();
    t = await startTestApp({
      REDIS_URL: redis.url,
      SMTP_URL: smtpUrl(port),
      WORKER: 'on',
      MAIL_RETRY_DELAY_MS: '300',
      MAIL_RETRY_ATTEMPTS: '10',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp?.stop();
    await redis.stop();
  });

  it('records failed attempts while SMTP refuses, then delivers exactly once when it accepts', async () => {
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    await insertDueAction(t, plan, tenant.departmentHead.user.id, '2027-03-19', { title: 'Leverans trots avbrott' });
    const { queued } = await run(t, tenant.coordinator.token);
    expect(queued).toHaveLength(1);
    const id = queued[0].notificationId;
    const read = async () =>
      (
        await t
          .http()
          .get('/api/notifications')
          .query({ filter: JSON.stringify({ id }) })
          .set(bearer(t.adminToken))
          .expect(200)
      ).body[0] as NotificationRecord;

    await waitFor(async () => (await read()).attempts >= 2, 'two failed attempts');
    const failing = await read();
    expect(failing.status).toBe(NotificationStatus.Failed);
    expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failing.sentAt).toBeNull();
    // Unsent, the row holds the digest's content, not rendered bodies: they are rendered when the mail goes out.
    const unsent = await t.dataSource.getRepository(Notification).findOneByOrFail({ id });
    expect(unsent.bodyText).toBeNull();
    expect(unsent.bodyHtml).toBeNull();
    expect(unsent.content?.items.map((line) => line.title)).toEqual(['Leverans trots avbrott']);

    smtp = await startSmtp(port);
    await waitFor(() => smtp!.messages.length === 1, 'the mail once SMTP accepts', 20_000);
    await waitFor(async () => (await read()).status === NotificationStatus.Sent, 'status sent');
    const sent = await read();
    const sentRow = await t.dataSource.getRepository(Notification).findOneByOrFail({ id });
    expect(sentRow.bodyText).toBe(smtp.messages[0].text);
    expect(sentRow.bodyHtml).toBe(smtp.messages[0].html);
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.lastError).toBeNull();
    // A sweep after delivery queues nothing, and no retry sends a second copy.
    expect((await run(t, tenant.coordinator.token)).queued).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.messages).toHaveLength(1);
    expect(addressOf(smtp.messages[0])).toBe(tenant.departmentHead.user.email);
    expect(smtp.messages[0].messageId).toBe(
      `<notification-${id}.deadline.user-${tenant.departmentHead.user.id}.${TUESDAY}@localhost>`,
    );
  });

  it('opens Bull Board to admins only, through a short-lived HttpOnly cookie that is no API token', async () => {
    const coordinator = await createUser(t, Role.Coordinator, {
      municipalityId: (await createTenant(t)).municipality.id,
    });
    await t.http().get('/admin/queues/').expect(401);
    await t.http().get('/admin/queues/').set(bearer(coordinator.token)).expect(403);
    await t.http().post('/api/reminders/board-session').set(bearer(coordinator.token)).expect(403);

    const session = await t.http().post('/api/reminders/board-session').set(bearer(t.adminToken)).expect(200);
    expect(session.body.url).toBe('/admin/queues/');
    const cookie: string = session.headers['set-cookie'][0];
    expect(cookie).toMatch(
      /^kompass_board=[\w-]+\.[\w-]+\.[\w-]+; Path=\/admin\/queues; Max-Age=1800; HttpOnly; SameSite=Strict$/,
    );
    const pair = cookie.split(';')[0];

    const page = await t.http().get('/admin/queues/').set('Cookie', pair).expect(200);
    expect(page.text).toContain('__UI_CONFIG__');
    const api = await t.http().get('/admin/queues/api/queues').set('Cookie', pair).expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['mail', 'reminders']);
    await t.http().get('/admin/queues/api/queues').set(bearer(t.adminToken)).expect(200);

    await t
      .http()
      .get('/api/users')
      .set(bearer(pair.split('=')[1]))
      .expect(401);
    await t.http().get('/admin/queues/').set('Cookie', `${pair}x`).expect(401);
  });
});

describe('reminder delivery: two worker processes, sweeps at once', () => {
  const WORKER_JS = join(__dirname, '../../backend/dist/worker.js');
  let redis: TestRedis;
  let smtp: TestSmtp;
  let t: TestApp;
  const workers: ChildProcess[] = [];

  const startWorker = (): Promise<ChildProcess> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [WORKER_JS], {
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: t.database.databaseUrl,
          DATA_DIR: t.database.dataDir,
          REDIS_URL: redis.url,
          SMTP_URL: smtp.url,
          LOG_LEVEL: 'warn',
          MAIL_RETRY_DELAY_MS: '200',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const timer = setTimeout(() => reject(new Error(`worker did not start: ${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Kompass worker is running')) {
          clearTimeout(timer);
          resolve(child);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${output}`)));
      workers.push(child);
    });

  beforeAll(async () => {
    if (!existsSync(WORKER_JS))
      throw new Error('backend/dist/worker.js is missing: run `npm run build` before the API suite');
    redis = await startRedis();
    smtp = await startSmtp();
    // The API process only queues; the two spawned workers send.
    t = await startTestApp({ REDIS_URL: redis.url, SMTP_URL: smtp.url, WORKER: 'off' });
  });
  afterAll(async () => {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) =>
            w.exitCode !== null ? resolve() : (w.once('exit', () => resolve()), w.kill('SIGTERM')),
          ),
      ),
    );
    await t.close();
    await smtp.stop();
    await redis.stop();
  });

  it('still sends one mail per recipient and kind', async () => {
    await Promise.all([startWorker(), startWorker()]);
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    const owners = [
      tenant.departmentHead,
      await createUser(t, Role.DepartmentHead, { municipalityId: tenant.municipality.id }),
      tenant.coordinator,
    ];
    for (const owner of owners)
      for (const deadline of ONE_OVERDUE_TWO_SOON) await insertDueAction(t, plan, owner.user.id, deadline);

    // Two sweeps through the API and two as jobs on the workers, all at once.
    const jobs = t.app.get(JobsService);
    const sweepJob = t.app.get(ReminderSweepJob);
    const [first, second] = await Promise.all([
      run(t, tenant.coordinator.token),
      run(t, t.adminToken),
      jobs.enqueue(sweepJob, { date: TUESDAY }, { jobId: 'concurrent-sweep-a' }),
      jobs.enqueue(sweepJob, { date: TUESDAY }, { jobId: 'concurrent-sweep-b' }),
    ]);
    expect(first.queued.length + second.queued.length).toBeGreaterThanOrEqual(6);

    // 3 owners × (deadline + overdue) digests
    await waitFor(
      async () => (await notifications(t)).filter((n) => n.status === NotificationStatus.Sent).length === 6,
      'six sent digests',
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const rows = await t.dataSource.getRepository(Notification).find();
    expect(rows).toHaveLength(6);
    expect(rows.every((n) => n.attempts === 1 && n.status === NotificationStatus.Sent)).toBe(true);
    expect(receivedMails(smtp)).toEqual(overdueAndSoonDigests(owners));
  });
});

describe('embedded default: inline queue, mails to the outbox as .eml', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WORKER: 'on' });
  });
  afterAll(() => t.close());

  it('writes the digest to DATA_DIR/outbox and marks it sent, without Redis or SMTP', async () => {
    const health = await t.http().get('/api/health').expect(200);
    expect(health.body.info.queue).toEqual({ status: 'up', driver: 'inline' });
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    await t
      .http()
      .put(`/api/users/${tenant.departmentHead.user.id}`)
      .set(bearer(t.adminToken))
      .send({ locale: 'en' })
      .expect(200);
    const action = await insertDueAction(t, plan, tenant.departmentHead.user.id, '2027-03-19', {
      title: 'Embedded <b>action</b>',
    });
    const { queued } = await run(t, tenant.coordinator.token);
    expect(queued).toHaveLength(1);

    const outbox = join(t.config.dataDir, 'outbox');
    await waitFor(() => existsSync(outbox) && readdirSync(outbox).some((f) => f.endsWith('.eml')), 'an .eml file');
    const files = readdirSync(outbox);
    expect(files).toEqual([`${TUESDAY}-deadline-${queued[0].notificationId}.eml`]);
    const eml = readFileSync(join(outbox, files[0]), 'utf8');
    expect(eml).toMatch(/^Subject: Kompass: 1 action due soon\r$/m);
    expect(eml).toContain(`To: ${tenant.departmentHead.user.email}`);
    expect(eml).toContain('Embedded &lt;b&gt;action&lt;/b&gt;');
    expect(eml).toContain(`/#/actions/${action.id}/show`);
    await waitFor(async () => (await notifications(t))[0]?.status === NotificationStatus.Sent, 'status sent');
    expect((await run(t, tenant.coordinator.token)).queued).toEqual([]);
  });

  it('sends a row written before rendering moved to send time (bodies, no content) with its stored bodies', async () => {
    const tenant = await createTenant(t);
    const repo = t.dataSource.getRepository(Notification);
    const legacy = await repo.save(
      repo.create({
        idempotencyKey: `deadline:user-${tenant.departmentHead.user.id}:2027-03-09`,
        userId: tenant.departmentHead.user.id,
        email: tenant.departmentHead.user.email,
        municipalityId: tenant.municipality.id,
        kind: NotificationKind.Deadline,
        date: '2027-03-09',
        planId: null,
        locale: Locale.Sv,
        subject: 'Kompass: legacy digest',
        content: null,
        bodyText: 'Hej!\n\nlegacy-text-marker\n',
        bodyHtml: '<!DOCTYPE html><html lang="sv"><body><p>legacy-html-marker</p></body></html>',
        actionIds: [],
        items: [],
      }),
    );
    await t.app.get(SendNotificationJob).enqueue(legacy.id, 0);
    const file = join(t.config.dataDir, 'outbox', `2027-03-09-deadline-${legacy.id}.eml`);
    await waitFor(() => existsSync(file), 'the .eml of the old row');
    const eml = readFileSync(file, 'utf8');
    expect(eml).toMatch(/^Subject: Kompass: legacy digest\r$/m);
    expect(eml).toContain('legacy-text-marker');
    expect(eml).toContain('<p>legacy-html-marker</p>');
    await waitFor(
      async () => (await repo.findOneByOrFail({ id: legacy.id })).status === NotificationStatus.Sent,
      'status sent',
    );
    const row = await repo.findOneByOrFail({ id: legacy.id });
    expect(row.bodyText).toBe(legacy.bodyText);
    expect(row.bodyHtml).toBe(legacy.bodyHtml);
    expect(row.content).toBeNull();
  });

  it('reads reasons stored as code strings (rows written before reasons were typed): renders and counts them', async () => {
    const tenant = await createTenant(t);
    const owner = tenant.departmentHead.user;
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    const action = await insertDueAction(t, plan, owner.id, '2027-03-19');
    const repo = t.dataSource.getRepository(Notification);
    const line = { actionId: action.id, title: 'Gammal rad', deadline: '2027-03-19', status: action.status };
    const old = await repo.save(
      repo.create({
        idempotencyKey: `deadline:user-${owner.id}:2027-03-15`,
        userId: owner.id,
        email: owner.email,
        municipalityId: tenant.municipality.id,
        kind: NotificationKind.Deadline,
        date: '2027-03-15',
        planId: null,
        locale: Locale.Sv,
        subject: 'Kompass: 1 åtgärd med slutdatum snart',
        // The old form: a reason code with the days beside it, as JSON written by an earlier version.
        content: {
          kind: NotificationKind.Deadline,
          locale: Locale.Sv,
          recipientName: owner.name,
          municipalityName: tenant.municipality.name,
          date: '2027-03-15',
          items: [{ ...line, reason: 'deadline-3', days: 4 }],
          plans: [],
          escalationDays: 14,
        },
        actionIds: [action.id],
        items: [{ actionId: action.id, reason: 'deadline-3', deadline: '2027-03-19' }],
      }),
    );
    await t.app.get(SendNotificationJob).enqueue(old.id, 0);
    const file = join(t.config.dataDir, 'outbox', `2027-03-15-deadline-${old.id}.eml`);
    await waitFor(() => existsSync(file), 'the .eml of the old row');
    expect(readFileSync(file, 'utf8')).toContain('slutdatum om 4 dagar');
    await waitFor(
      async () => (await repo.findOneByOrFail({ id: old.id })).status === NotificationStatus.Sent,
      'status sent',
    );
    // The ledger reads the old code: the 3-day reminder of that deadline went out, so it is not due again.
    const queued = (await run(t, tenant.coordinator.token)).queued.filter((q) => q.recipient.userId === owner.id);
    expect(queued).toEqual([]);
  });

  it('says the queue board needs Redis', async () => {
    await t.http().get('/admin/queues/').set(bearer(t.adminToken)).expect(404);
  });
});

describe('the daily schedule fires the sweep by itself', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Every second instead of 07:00, so the test sees the scheduler (inline timer) start a real sweep.
    t = await startTestApp({ WORKER: 'on', REMINDER_CRON: '* * * * * *' });
  });
  afterAll(() => t.close());

  it('sweeps as of today in TZ, on working days only', async () => {
    const today = todayIn(t.config.timeZone);
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    await insertAction(t, plan, {
      deadline: addDays(today, 3),
      ownerId: tenant.departmentHead.user.id,
      lastProgressAt: new Date(),
    });
    if (!isWorkingDay(today)) {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await notifications(t)).toEqual([]);
      return;
    }
    const deadlineDigests = async () => (await notifications(t)).filter((n) => n.kind === 'deadline');
    await waitFor(
      async () => (await deadlineDigests()).some((n) => n.status === NotificationStatus.Sent),
      'a scheduled digest',
    );
    // (In the first week of a month leadership's summary may go out too; it is not what this test is about.)
    expect(await deadlineDigests()).toEqual([
      expect.objectContaining({ date: today, userId: tenant.departmentHead.user.id, status: 'sent' }),
    ]);
  });
});

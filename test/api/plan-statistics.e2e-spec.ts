import {
  ActionStatus,
  NotificationKind,
  type ActionRecord,
  type PlanSummary,
  type ReminderRunResponse,
} from '@kompass/shared';
import { Notification } from '../../backend/src/mail/notification.entity';
import { todayIn } from '../../backend/src/common/dates';
import { firstWorkingDayOfMonth } from '../../backend/src/reminders/working-days';
import { createTenant } from '../factories';
import { insertAction, insertPlan } from '../factories/plans';
import { startMailApp, type MailApp } from '../support/mail-app';
import { waitFor } from '../support/smtp-server';
import { bearer, TestApp } from '../support/test-app';

/**
 * The plan statistics exist once (planStatistics in @kompass/shared): the coordinator's dashboard summary and
 * leadership's monthly mail, sent through the real queue and SMTP path, give the same figures for one plan.
 */
describe('plan statistics: the dashboard summary and the leadership mail agree', () => {
  let mail: MailApp;
  let t: TestApp;

  beforeAll(async () => {
    mail = await startMailApp();
    t = mail.t;
  });
  afterAll(() => mail.close());

  it('counts overdue, done and cancelled actions alike in both', async () => {
    const tenant = await createTenant(t);
    const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
    // Deadlines far from today, so that the dashboard (as of today) and the sweep (next month's first working
    // day, when the monthly summary is due) see the same actions as overdue.
    const late = await insertAction(t, plan, {
      title: 'Försenad',
      deadline: '2020-03-31',
      status: ActionStatus.InProgress,
      progress: 40,
    });
    const blocked = await insertAction(t, plan, {
      title: 'Försenad och blockerad',
      deadline: '2021-06-30',
      status: ActionStatus.Blocked,
      progress: 10,
    });
    await insertAction(t, plan, {
      title: 'Klar efter slutdatum',
      deadline: '2020-03-31',
      status: ActionStatus.Done,
      progress: 100,
      doneAt: new Date(),
    });
    await insertAction(t, plan, {
      title: 'Avbruten',
      deadline: '2020-03-31',
      status: ActionStatus.Cancelled,
      progress: 30,
    });
    await insertAction(t, plan, {
      title: 'Kommande',
      deadline: '2030-06-30',
      status: ActionStatus.NotStarted,
      progress: 0,
    });

    const summary: PlanSummary = (
      await t.http().get(`/api/action-plans/${plan.id}/summary`).set(bearer(tenant.coordinator.token)).expect(200)
    ).body;
    expect(summary.total).toMatchObject({ actions: 5, active: 4, done: 1, overdue: 2, meanProgress: 38 });

    // The list filter's SQL fragment picks the same overdue actions as the predicate.
    const listed = await t
      .http()
      .get('/api/actions')
      .query({ filter: JSON.stringify({ planId: plan.id, overdue: true }) })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect((listed.body as ActionRecord[]).map((a) => a.id).sort()).toEqual([late.id, blocked.id].sort());

    const nextMonth = new Date(`${todayIn('Europe/Stockholm')}T00:00:00Z`);
    nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1, 1);
    const date = firstWorkingDayOfMonth(nextMonth.toISOString().slice(0, 10));
    const run: Required<ReminderRunResponse> = (
      await t
        .http()
        .post('/api/reminders/run?details=true')
        .set(bearer(tenant.coordinator.token))
        .send({ date })
        .expect(200)
    ).body;
    const queued = run.queued.find(
      (q) => q.kind === NotificationKind.Summary && q.recipient.userId === tenant.leadership.user.id,
    );
    expect(queued?.actionIds.sort()).toEqual([late.id, blocked.id].sort());

    const row = await t.dataSource.getRepository(Notification).findOneByOrFail({ id: queued!.notificationId });
    const { total, done, overdue, meanProgress } = row.content!.plans[0];
    expect({ total, done, overdue, meanProgress }).toEqual({
      total: summary.total.active,
      done: summary.total.done,
      overdue: summary.total.overdue,
      meanProgress: summary.total.meanProgress,
    });

    const email = tenant.leadership.user.email;
    const mails = () => mail.mailsTo(email);
    await waitFor(() => mails().length === 1, 'the leadership summary');
    expect(mails()[0].text).toContain('4 åtgärder, 1 klar, 2 försenade');
  });
});

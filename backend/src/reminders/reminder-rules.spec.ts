import { NotificationKind, NotificationStatus, Role, type ReminderReason } from '@kompass/shared';
import {
  DEFAULT_REMINDER_SETTINGS,
  dueDigests,
  monthlySummaryDue,
  OpenAction,
  Recipient,
  ReminderLedger,
  SentRecord,
} from './reminder-rules';

const OWNER = 1;
const COORDINATOR = 2;
const HEAD = 3;
const people = new Map<number, Recipient>([
  [OWNER, { id: OWNER, role: Role.DepartmentHead, departmentId: 9 }],
  [COORDINATOR, { id: COORDINATOR, role: Role.Coordinator, departmentId: null }],
  [HEAD, { id: HEAD, role: Role.DepartmentHead, departmentId: 7 }],
]);
const action = (id: number, deadline: string, extra: Partial<OpenAction> = {}): OpenAction => ({
  id,
  deadline,
  ownerId: OWNER,
  departmentId: 7,
  lastProgressDate: '2027-03-10',
  ...extra,
});
const sent = (
  userId: number,
  kind: NotificationKind,
  date: string,
  items: [number, ReminderReason | string, string][],
  status = NotificationStatus.Sent,
): SentRecord => ({
  userId,
  kind,
  date,
  status,
  items: items.map(([actionId, reason, deadline]) => ({ actionId, reason, deadline })),
});
const run = (today: string, actions: OpenAction[], records: SentRecord[] = [], rules = DEFAULT_REMINDER_SETTINGS) =>
  dueDigests(today, actions, people, rules, new ReminderLedger(records, today));

describe('dueDigests', () => {
  it('puts every due deadline of one owner into one digest, with the threshold reached', () => {
    const digests = run('2027-03-16', [
      action(10, '2027-03-19'),
      action(11, '2027-03-30'),
      action(12, '2027-03-17'),
      action(13, '2027-04-30'),
    ]);
    expect(digests).toEqual([
      {
        userId: OWNER,
        kind: NotificationKind.Deadline,
        items: [
          { actionId: 12, reason: { kind: 'deadline', threshold: 3, daysLeft: 1 }, deadline: '2027-03-17' },
          { actionId: 10, reason: { kind: 'deadline', threshold: 3, daysLeft: 3 }, deadline: '2027-03-19' },
          { actionId: 11, reason: { kind: 'deadline', threshold: 14, daysLeft: 14 }, deadline: '2027-03-30' },
        ],
      },
    ]);
  });

  it('reminds each threshold once per deadline, catching up after a weekend, and again after a moved deadline', () => {
    const records = [sent(OWNER, NotificationKind.Deadline, '2027-03-05', [[10, 'deadline-14', '2027-03-19']])];
    // 4 days left: still the 14-day threshold, which was sent already
    expect(run('2027-03-15', [action(10, '2027-03-19')], records)).toEqual([]);
    // deadline on a Monday: 3 days before is a Friday; a Friday without a sweep is caught up on Monday with 0 days left
    expect(run('2027-03-22', [action(10, '2027-03-22')], records)[0].items).toEqual([
      { actionId: 10, reason: { kind: 'deadline', threshold: 3, daysLeft: 0 }, deadline: '2027-03-22' },
    ]);
    expect(run('2027-03-16', [action(10, '2027-03-26')], records)[0].items[0]).toMatchObject({
      reason: { kind: 'deadline', threshold: 14 },
      deadline: '2027-03-26',
    });
  });

  it('reads typed reasons and the code strings of older outbox rows alike', () => {
    const typed = [
      sent(OWNER, NotificationKind.Deadline, '2027-03-05', [
        [10, { kind: 'deadline', threshold: 14, daysLeft: 14 }, '2027-03-19'],
      ]),
      sent(OWNER, NotificationKind.Stale, '2027-03-10', [[10, { kind: 'stale', silentDays: 30 }, '2027-01-01']]),
    ];
    // The stale reminder does not depend on the deadline; both were sent, in the new form, and count.
    expect(run('2027-03-15', [action(10, '2027-03-19', { lastProgressDate: '2027-01-01' })], typed)).toEqual([]);
  });

  it('does not count an unsent digest of an earlier day, but counts today’s in any state', () => {
    const failed = [
      sent(
        OWNER,
        NotificationKind.Deadline,
        '2027-03-15',
        [[10, 'deadline-3', '2027-03-18']],
        NotificationStatus.Failed,
      ),
    ];
    expect(run('2027-03-16', [action(10, '2027-03-18')], failed)).toHaveLength(1);
    const queuedToday = [
      sent(
        OWNER,
        NotificationKind.Deadline,
        '2027-03-16',
        [[10, 'deadline-3', '2027-03-18']],
        NotificationStatus.Queued,
      ),
    ];
    expect(run('2027-03-16', [action(10, '2027-03-18')], queuedToday)).toEqual([]);
  });

  it('reminds overdue actions on the first working day after the deadline and then weekly', () => {
    const overdue = action(10, '2027-03-12');
    expect(run('2027-03-15', [overdue])).toEqual([
      {
        userId: OWNER,
        kind: NotificationKind.Overdue,
        items: [{ actionId: 10, reason: { kind: 'overdue', daysLate: 3 }, deadline: '2027-03-12' }],
      },
    ]);
    const records = [sent(OWNER, NotificationKind.Overdue, '2027-03-15', [[10, 'overdue', '2027-03-12']])];
    expect(run('2027-03-19', [overdue], records)).toEqual([]);
    expect(run('2027-03-22', [overdue], records)[0].kind).toBe(NotificationKind.Overdue);
  });

  it('escalates actions overdue by more than 14 days to the coordinators and the head of the action’s department', () => {
    const digests = run('2027-03-16', [action(10, '2027-03-01')]);
    expect(digests.map((d) => [d.userId, d.kind])).toEqual([
      [OWNER, NotificationKind.Overdue],
      [COORDINATOR, NotificationKind.Escalation],
      [HEAD, NotificationKind.Escalation],
    ]);
    expect(run('2027-03-15', [action(10, '2027-03-01')]).map((d) => d.kind)).toEqual([NotificationKind.Overdue]);
  });

  it('asks for a status update after 30 days without a report, but not for overdue actions', () => {
    const digests = run('2027-04-12', [
      action(10, '2027-06-01', { lastProgressDate: '2027-03-13' }),
      action(11, '2027-06-01', { lastProgressDate: '2027-03-14' }),
    ]);
    expect(digests).toEqual([
      {
        userId: OWNER,
        kind: NotificationKind.Stale,
        items: [{ actionId: 10, reason: { kind: 'stale', silentDays: 30 }, deadline: '2027-06-01' }],
      },
    ]);
    expect(
      run('2027-04-12', [action(10, '2027-04-01', { lastProgressDate: '2027-01-01' })]).map((d) => d.kind),
    ).toEqual([NotificationKind.Overdue]);
  });

  it('sends ownerless actions to the department head, and follows per-municipality thresholds', () => {
    const digests = run('2027-03-16', [action(10, '2027-03-21', { ownerId: null })], [], {
      ...DEFAULT_REMINDER_SETTINGS,
      deadlineDays: [5],
    });
    expect(digests).toEqual([
      {
        userId: HEAD,
        kind: NotificationKind.Deadline,
        items: [{ actionId: 10, reason: { kind: 'deadline', threshold: 5, daysLeft: 5 }, deadline: '2027-03-21' }],
      },
    ]);
  });
  it("stands the heads of the owner's department in for a paused owner, and skips the paused in escalations", () => {
    const paused = new Map(people);
    paused.set(OWNER, {
      id: OWNER,
      role: Role.DepartmentHead,
      departmentId: 7,
      pausedFrom: '2027-03-15',
      pausedUntil: '2027-03-17',
    });
    paused.set(COORDINATOR, {
      id: COORDINATOR,
      role: Role.Coordinator,
      departmentId: null,
      pausedFrom: '2027-03-16',
      pausedUntil: '2027-03-16',
    });
    const due = (today: string) =>
      dueDigests(
        today,
        [action(10, '2027-03-19'), action(11, '2027-02-01', { ownerId: HEAD })],
        paused,
        DEFAULT_REMINDER_SETTINGS,
        new ReminderLedger([], today),
      );
    expect(due('2027-03-16')).toEqual([
      {
        userId: HEAD,
        kind: NotificationKind.Deadline,
        items: [
          {
            actionId: 10,
            reason: { kind: 'deadline', threshold: 3, daysLeft: 3 },
            deadline: '2027-03-19',
            onBehalfOf: OWNER,
          },
        ],
      },
      // The paused coordinator gets no escalation; the head (also the owner here) does.
      { userId: HEAD, kind: NotificationKind.Escalation, items: [expect.objectContaining({ actionId: 11 })] },
      { userId: HEAD, kind: NotificationKind.Overdue, items: [expect.objectContaining({ actionId: 11 })] },
    ]);
    // The day after the owner's last day of leave, the owner again.
    expect(due('2027-03-18').filter((d) => d.kind === NotificationKind.Deadline)).toEqual([
      {
        userId: OWNER,
        kind: NotificationKind.Deadline,
        items: [{ actionId: 10, reason: { kind: 'deadline', threshold: 3, daysLeft: 1 }, deadline: '2027-03-19' }],
      },
    ]);
  });
});

describe('monthlySummaryDue', () => {
  it('is due on the first working day of the month, caught up in the first week, once a month', () => {
    expect(monthlySummaryDue('2027-03-01', null)).toBe(true);
    expect(monthlySummaryDue('2027-03-03', null)).toBe(true);
    expect(monthlySummaryDue('2027-03-03', '2027-03-01')).toBe(false);
    expect(monthlySummaryDue('2027-03-16', null)).toBe(false);
    expect(monthlySummaryDue('2027-01-04', '2026-12-01')).toBe(true);
  });
});

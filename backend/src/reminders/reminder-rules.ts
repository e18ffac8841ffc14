import { NotificationKind, NotificationStatus, Role } from '@kompass/shared';
import { daysBetween } from '../common/dates';
import { firstWorkingDayOfMonth } from './working-days';

export interface ReminderRules {
  enabled: boolean;
  /** Days before the deadline that remind the owner */
  deadlineDays: number[];
  /** Overdue, stale and escalation reminders repeat after this many days */
  repeatDays: number;
  staleDays: number;
  escalationDays: number;
  leadershipSummary: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderRules = {
  enabled: true,
  deadlineDays: [14, 3],
  repeatDays: 7,
  staleDays: 30,
  escalationDays: 14,
  leadershipSummary: true,
};

/** An open action (not done, not cancelled) of an active plan, as the rules need it. */
export interface OpenAction {
  id: number;
  deadline: string;
  ownerId: number | null;
  departmentId: number | null;
  /** Day of the last progress report (or creation), in TZ */
  lastProgressDate: string;
}

export interface Recipient {
  id: number;
  role: Role;
  departmentId: number | null;
  /** A leave of absence, both days inclusive (null when none) */
  pausedFrom?: string | null;
  pausedUntil?: string | null;
}

/** Whether the person's digests are paused on the day (a leave of absence). */
export function pausedOn(person: Pick<Recipient, 'pausedFrom' | 'pausedUntil'>, today: string): boolean {
  return !!person.pausedFrom && !!person.pausedUntil && person.pausedFrom <= today && today <= person.pausedUntil;
}

export interface DueItem {
  actionId: number;
  reason: string;
  deadline: string;
  /** days left (deadline), days overdue (overdue, escalation), days without a report (stale) */
  days: number;
  /** The paused owner this reminder stands in for (it went to their department head instead) */
  onBehalfOf?: number;
}

export interface DueDigest {
  userId: number;
  kind: NotificationKind;
  items: DueItem[];
}

/** A past notification as the ledger needs it. */
export interface SentRecord {
  userId: number | null;
  kind: NotificationKind;
  date: string;
  status: NotificationStatus;
  items: { actionId: number; reason: string; deadline: string }[];
}

/**
 * What was already sent, read from the outbox itself. Only sent digests count, and today's digests whatever
 * their state (today's key exists, so a retry of it is the way they go out). An unsent digest of an earlier
 * day does not count: its items are due again and go into today's digest ("a later sweep picks it up").
 */
export class ReminderLedger {
  private readonly last = new Map<string, string>();

  constructor(records: SentRecord[], today: string) {
    for (const r of records) {
      if (r.userId === null || r.date > today) continue;
      if (r.status !== NotificationStatus.Sent && r.date !== today) continue;
      for (const item of r.items)
        this.note(ReminderLedger.key(r.userId, r.kind, item.actionId, item.reason, item.deadline), r.date);
      this.note(`${r.userId}|${r.kind}`, r.date);
    }
  }

  /** Stale reminders do not depend on the deadline; the others are about one particular deadline. */
  static key(userId: number, kind: NotificationKind, actionId: number, reason: string, deadline: string): string {
    return `${userId}|${kind}|${actionId}|${reason}|${reason === 'stale' ? '' : deadline}`;
  }

  lastSent(userId: number, kind: NotificationKind, actionId: number, reason: string, deadline: string): string | null {
    return this.last.get(ReminderLedger.key(userId, kind, actionId, reason, deadline)) ?? null;
  }

  /** The latest digest of a kind to a user, whatever it listed (for the monthly summary). */
  lastOfKind(userId: number, kind: NotificationKind): string | null {
    return this.last.get(`${userId}|${kind}`) ?? null;
  }

  private note(key: string, date: string): void {
    const seen = this.last.get(key);
    if (!seen || seen < date) this.last.set(key, date);
  }
}

/**
 * Who hears about an action: its owner; without an (active) owner the heads of its department; without those
 * the coordinators. So no open action is reminded to nobody. An owner on leave (paused) is stood in for by
 * the heads of their own department (else the action's), and the reminder says for whom. `people` holds only
 * those not paused; `everyone` also the paused.
 */
function ownersOf(
  action: OpenAction,
  people: Map<number, Recipient>,
  everyone: Map<number, Recipient>,
): { ids: number[]; onBehalfOf?: number } {
  if (action.ownerId !== null && people.has(action.ownerId)) return { ids: [action.ownerId] };
  const paused = action.ownerId !== null ? everyone.get(action.ownerId) : undefined;
  const onBehalfOf = paused?.id;
  const heads = headsOf(paused?.departmentId ?? action.departmentId, people);
  if (heads.length) return { ids: heads, onBehalfOf };
  const actionHeads = headsOf(action.departmentId, people);
  if (actionHeads.length) return { ids: actionHeads, onBehalfOf };
  return { ids: [...people.values()].filter((p) => p.role === Role.Coordinator).map((p) => p.id), onBehalfOf };
}

function headsOf(departmentId: number | null, people: Map<number, Recipient>): number[] {
  if (departmentId === null) return [];
  return [...people.values()]
    .filter((p) => p.role === Role.DepartmentHead && p.departmentId === departmentId)
    .map((p) => p.id);
}

/**
 * The reminder rules for one municipality on one working day, as digests: one per recipient and kind, listing
 * every due item. Stateless apart from the ledger, so a missed day (weekend, holiday, outage) is caught up
 * on the next working day instead of being lost.
 *  - deadline: the smallest configured threshold N with daysLeft ≤ N, once per threshold and deadline;
 *  - overdue: from the first working day after the deadline, again every repeatDays;
 *  - stale: not yet overdue and no progress report for staleDays, again every repeatDays;
 *  - escalation: overdue by more than escalationDays → coordinators and the department's heads, every repeatDays.
 * Nobody paused on the day gets a digest (see ownersOf for who stands in).
 */
export function dueDigests(
  today: string,
  actions: OpenAction[],
  everyone: Map<number, Recipient>,
  rules: ReminderRules,
  ledger: ReminderLedger,
): DueDigest[] {
  const people = new Map([...everyone].filter(([, p]) => !pausedOn(p, today)));
  const digests = new Map<string, DueDigest>();
  const add = (userId: number, kind: NotificationKind, item: DueItem) => {
    const key = `${userId}|${kind}`;
    let digest = digests.get(key);
    if (!digest) digests.set(key, (digest = { userId, kind, items: [] }));
    if (!digest.items.some((i) => i.actionId === item.actionId)) digest.items.push(item);
  };
  const repeatDue = (last: string | null) => last === null || daysBetween(last, today) >= rules.repeatDays;
  const thresholds = [...new Set(rules.deadlineDays)].sort((a, b) => a - b);
  const coordinators = [...people.values()].filter((p) => p.role === Role.Coordinator).map((p) => p.id);

  for (const action of actions) {
    const daysLeft = daysBetween(today, action.deadline);
    const { ids: owners, onBehalfOf } = ownersOf(action, people, everyone);
    const standIn = onBehalfOf !== undefined ? { onBehalfOf } : {};
    if (daysLeft >= 0) {
      const threshold = thresholds.find((n) => daysLeft <= n);
      if (threshold !== undefined) {
        const reason = `deadline-${threshold}`;
        for (const userId of owners)
          if (!ledger.lastSent(userId, NotificationKind.Deadline, action.id, reason, action.deadline))
            add(userId, NotificationKind.Deadline, {
              actionId: action.id,
              reason,
              deadline: action.deadline,
              days: daysLeft,
              ...standIn,
            });
      }
      const silentDays = daysBetween(action.lastProgressDate, today);
      if (silentDays >= rules.staleDays)
        for (const userId of owners)
          if (repeatDue(ledger.lastSent(userId, NotificationKind.Stale, action.id, 'stale', action.deadline)))
            add(userId, NotificationKind.Stale, {
              actionId: action.id,
              reason: 'stale',
              deadline: action.deadline,
              days: silentDays,
              ...standIn,
            });
      continue;
    }
    const overdueDays = -daysLeft;
    for (const userId of owners)
      if (repeatDue(ledger.lastSent(userId, NotificationKind.Overdue, action.id, 'overdue', action.deadline)))
        add(userId, NotificationKind.Overdue, {
          actionId: action.id,
          reason: 'overdue',
          deadline: action.deadline,
          days: overdueDays,
          ...standIn,
        });
    if (overdueDays > rules.escalationDays)
      for (const userId of new Set([...coordinators, ...headsOf(action.departmentId, people)]))
        if (repeatDue(ledger.lastSent(userId, NotificationKind.Escalation, action.id, 'escalation', action.deadline)))
          add(userId, NotificationKind.Escalation, {
            actionId: action.id,
            reason: 'escalation',
            deadline: action.deadline,
            days: overdueDays,
          });
  }
  for (const digest of digests.values())
    digest.items.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.actionId - b.actionId);
  return [...digests.values()].sort((a, b) => a.userId - b.userId || a.kind.localeCompare(b.kind));
}

/**
 * Leadership's monthly summary is due on the first working day of the month; if that day's sweep did not
 * run (outage), on the following working days of the first week, unless one went out this month already.
 */
export function monthlySummaryDue(today: string, lastSummary: string | null): boolean {
  const first = firstWorkingDayOfMonth(today);
  if (today < first || daysBetween(first, today) > 7) return false;
  return !(lastSummary && lastSummary.slice(0, 7) === today.slice(0, 7));
}

import {
  NotificationKind,
  NotificationStatus,
  readReason,
  reasonCode,
  Role,
  type ReminderReason,
  type ReminderRules,
} from '@kompass/shared';
import { daysBetween } from '../common/dates';
import { ACTION_KINDS, REMINDER_KINDS } from './reminder-kinds';

export { monthlySummaryDue } from './reminder-kinds';

export type { ReminderRules };

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
  reason: ReminderReason;
  deadline: string;
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
  /** Reasons typed, or as code strings in rows written before reasons were typed */
  items: { actionId: number; reason: ReminderReason | string; deadline: string }[];
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
        this.note(ReminderLedger.key(r.userId, r.kind, item.actionId, readReason(item.reason), item.deadline), r.date);
      this.note(`${r.userId}|${r.kind}`, r.date);
    }
  }

  /**
   * Keyed on the reason's code (its days left out), so rows of either form match; most kinds are about one
   * particular deadline, those that ignore it (stale) are not.
   */
  static key(
    userId: number,
    kind: NotificationKind,
    actionId: number,
    reason: ReminderReason,
    deadline: string,
  ): string {
    const entry = REMINDER_KINDS[kind];
    const ignoresDeadline = entry.scope === 'action' && entry.ignoresDeadline;
    return `${userId}|${kind}|${actionId}|${reasonCode(reason)}|${ignoresDeadline ? '' : deadline}`;
  }

  lastSent(
    userId: number,
    kind: NotificationKind,
    actionId: number,
    reason: ReminderReason,
    deadline: string,
  ): string | null {
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
 * every due item. Each action-level kind of the registry (reminder-kinds.ts) says whether an open action is due
 * and why; a kind that repeats is due again after repeatDays, one that does not once per reason and deadline.
 * Stateless apart from the ledger, so a missed day (weekend, holiday, outage) is caught up on the next working
 * day instead of being lost. Nobody paused on the day gets a digest (see ownersOf for who stands in).
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
  const thresholds = [...new Set(rules.deadlineDays)].sort((a, b) => a - b);
  const coordinators = [...people.values()].filter((p) => p.role === Role.Coordinator).map((p) => p.id);

  for (const action of actions) {
    const day = {
      action,
      daysLeft: daysBetween(today, action.deadline),
      silentDays: daysBetween(action.lastProgressDate, today),
      rules,
      thresholds,
    };
    let owners: { ids: number[]; onBehalfOf?: number } | undefined;
    for (const [kind, entry] of ACTION_KINDS) {
      const reason = entry.due(day);
      if (!reason) continue;
      let ids: Iterable<number>;
      let standIn = {};
      if (entry.recipients === 'owners') {
        owners ??= ownersOf(action, people, everyone);
        ids = owners.ids;
        if (owners.onBehalfOf !== undefined) standIn = { onBehalfOf: owners.onBehalfOf };
      } else ids = new Set([...coordinators, ...headsOf(action.departmentId, people)]);
      for (const userId of ids) {
        const last = ledger.lastSent(userId, kind, action.id, reason, action.deadline);
        const due = entry.repeats ? last === null || daysBetween(last, today) >= rules.repeatDays : !last;
        if (due) add(userId, kind, { actionId: action.id, reason, deadline: action.deadline, ...standIn });
      }
    }
  }
  for (const digest of digests.values())
    digest.items.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.actionId - b.actionId);
  return [...digests.values()].sort((a, b) => a.userId - b.userId || a.kind.localeCompare(b.kind));
}

import { Locale, NotificationKind, Role, type ReminderReason } from '@kompass/shared';
import { daysBetween } from '../common/dates';
import { DIGEST_WORDING, type KindWording } from '../mail/templates/digest-wording';
import type { OpenAction, ReminderRules } from './reminder-rules';
import { firstWorkingDayOfMonth } from './working-days';

/** What an action-level kind's rule sees of one open action on the sweep's day. */
export interface ActionDay {
  action: OpenAction;
  /** Days until the deadline, negative once it passed */
  daysLeft: number;
  /** Days since the last progress report (or creation) */
  silentDays: number;
  rules: ReminderRules;
  /** rules.deadlineDays without repeats, ascending (sorted once per sweep, not per action) */
  thresholds: number[];
}

/** A kind decided per open action: the sweep asks each entry in turn (reminder-rules.ts, dueDigests). */
interface ActionKind {
  scope: 'action';
  /**
   * Who receives it: the action's owner (the department's heads stand in for a paused or missing one, else the
   * coordinators), or the escalation circle (coordinators and the action's department heads).
   */
  recipients: 'owners' | 'escalation';
  /** Why the action is due today under this kind, or null when it is not. */
  due: (day: ActionDay) => ReminderReason | null;
  /** Sent again every repeatDays while due; otherwise once per reason and deadline. */
  repeats: boolean;
  /** The ledger forgets the deadline: a moved deadline does not make it due again. */
  ignoresDeadline: boolean;
}

/** A kind about whole plans, planned by reminder-digests.ts: summaries (monthly) and closings (once per plan). */
interface PlanKind {
  scope: 'plan';
  /** Everyone active, not on leave, with this role */
  recipients: Role;
}

export type ReminderKind = (ActionKind | PlanKind) & {
  /** The outbox row's unique key: one digest per recipient and kind a day, unless the kind says otherwise. */
  idempotencyKey: (userId: number, date: string, planId: number | null) => string;
  /** A new digest replaces the recipient's unsent ones of this kind from earlier days (their items are in it). */
  supersedesUnsent: boolean;
  /** Subject, intro and heading per language (mail/templates/digest-wording.ts) */
  wording: Record<Locale, KindWording>;
};

const perDay = (kind: NotificationKind) => (userId: number, date: string) => `${kind}:user-${userId}:${date}`;

/**
 * Every kind of digest, in the order the sweep asks them. Adding a kind: its NotificationKind, an entry here,
 * its wording (and a reason with its note if it lists actions for a new reason), its setting if it has one.
 */
export const REMINDER_KINDS: Record<NotificationKind, ReminderKind> = {
  /** The smallest configured threshold N with daysLeft ≤ N, once per threshold and deadline. */
  [NotificationKind.Deadline]: {
    scope: 'action',
    recipients: 'owners',
    due: ({ daysLeft, thresholds }) => {
      if (daysLeft < 0) return null;
      const threshold = thresholds.find((n) => daysLeft <= n);
      return threshold === undefined ? null : { kind: 'deadline', threshold, daysLeft };
    },
    repeats: false,
    ignoresDeadline: false,
    idempotencyKey: perDay(NotificationKind.Deadline),
    supersedesUnsent: true,
    wording: DIGEST_WORDING[NotificationKind.Deadline],
  },
  /** Not yet overdue and no progress report for staleDays, again every repeatDays. */
  [NotificationKind.Stale]: {
    scope: 'action',
    recipients: 'owners',
    due: ({ daysLeft, silentDays, rules }) =>
      daysLeft >= 0 && silentDays >= rules.staleDays ? { kind: 'stale', silentDays } : null,
    repeats: true,
    ignoresDeadline: true,
    idempotencyKey: perDay(NotificationKind.Stale),
    supersedesUnsent: true,
    wording: DIGEST_WORDING[NotificationKind.Stale],
  },
  /** From the first working day after the deadline, again every repeatDays. */
  [NotificationKind.Overdue]: {
    scope: 'action',
    recipients: 'owners',
    due: ({ daysLeft }) => (daysLeft < 0 ? { kind: 'overdue', daysLate: -daysLeft } : null),
    repeats: true,
    ignoresDeadline: false,
    idempotencyKey: perDay(NotificationKind.Overdue),
    supersedesUnsent: true,
    wording: DIGEST_WORDING[NotificationKind.Overdue],
  },
  /** Overdue by more than escalationDays, to coordinators and the department's heads, every repeatDays. */
  [NotificationKind.Escalation]: {
    scope: 'action',
    recipients: 'escalation',
    due: ({ daysLeft, rules }) =>
      -daysLeft > rules.escalationDays ? { kind: 'escalation', daysLate: -daysLeft } : null,
    repeats: true,
    ignoresDeadline: false,
    idempotencyKey: perDay(NotificationKind.Escalation),
    supersedesUnsent: true,
    wording: DIGEST_WORDING[NotificationKind.Escalation],
  },
  /** Leadership, monthly (monthlySummaryDue), when the municipality's leadershipSummary setting is on. */
  [NotificationKind.Summary]: {
    scope: 'plan',
    recipients: Role.Leadership,
    idempotencyKey: perDay(NotificationKind.Summary),
    supersedesUnsent: true,
    wording: DIGEST_WORDING[NotificationKind.Summary],
  },
  /** Coordinators, once per ended plan: the key names the plan, not the day. */
  [NotificationKind.Closing]: {
    scope: 'plan',
    recipients: Role.Coordinator,
    idempotencyKey: (userId, _date, planId) => `closing:user-${userId}:plan-${planId}`,
    supersedesUnsent: false,
    wording: DIGEST_WORDING[NotificationKind.Closing],
  },
};

/** The action-level kinds with their rules, in the registry's order. */
export const ACTION_KINDS = (Object.entries(REMINDER_KINDS) as [NotificationKind, ReminderKind][]).filter(
  (entry): entry is [NotificationKind, ReminderKind & ActionKind] => entry[1].scope === 'action',
);

/**
 * Leadership's monthly summary is due on the first working day of the month; if that day's sweep did not
 * run (outage), on the following working days of the first week, unless one went out this month already.
 */
export function monthlySummaryDue(today: string, lastSummary: string | null): boolean {
  const first = firstWorkingDayOfMonth(today);
  if (today < first || daysBetween(first, today) > 7) return false;
  return !(lastSummary && lastSummary.slice(0, 7) === today.slice(0, 7));
}

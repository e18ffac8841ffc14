/** What a digest is about. One recipient gets at most one digest per kind per day. */
export enum NotificationKind {
  /** deadlines coming up (by default in 14 and in 3 days) */
  Deadline = 'deadline',
  /** deadline passed: first working day after it, then weekly */
  Overdue = 'overdue',
  /** no progress report for a while: a request for a status update */
  Stale = 'stale',
  /** overdue for long: to the coordinators and the department head */
  Escalation = 'escalation',
  /** monthly progress summary for leadership */
  Summary = 'summary',
  /** once per plan when it ends: to the coordinators */
  Closing = 'closing',
}
export const NOTIFICATION_KINDS = Object.values(NotificationKind);

/**
 * Why an action is in a digest, with the days it is about. Summaries list overdue actions with an overdue
 * reason; closings list the unfinished ones with a closing reason.
 */
export type ReminderReason =
  /** The smallest configured threshold the days left fell under (once per threshold and deadline) */
  | { kind: 'deadline'; threshold: number; daysLeft: number }
  | { kind: 'overdue'; daysLate: number }
  /** Days without a progress report */
  | { kind: 'stale'; silentDays: number }
  | { kind: 'escalation'; daysLate: number }
  | { kind: 'closing' };
export type ReminderReasonKind = ReminderReason['kind'];

/** The number of days a reason is about: left, late or silent (0 for a closing). */
export function reasonDays(reason: ReminderReason): number {
  switch (reason.kind) {
    case 'deadline':
      return reason.daysLeft;
    case 'overdue':
    case 'escalation':
      return reason.daysLate;
    case 'stale':
      return reason.silentDays;
    case 'closing':
      return 0;
  }
}

/**
 * A reason without its day count ('deadline-14', 'overdue', …): what the sweep's ledger keys on. It is also the
 * form outbox rows stored before reasons were typed, so old and new rows key alike.
 */
export function reasonCode(reason: ReminderReason): string {
  return reason.kind === 'deadline' ? `deadline-${reason.threshold}` : reason.kind;
}

/**
 * A reason as an outbox row holds it: typed, or a code string with the line's days beside it (rows written
 * before reasons were typed, still in production databases). An unknown code reads as a closing (no note).
 */
export function readReason(stored: ReminderReason | string, days = 0): ReminderReason {
  if (typeof stored !== 'string') return stored;
  const deadline = /^deadline-(\d+)$/.exec(stored);
  if (deadline) return { kind: 'deadline', threshold: Number(deadline[1]), daysLeft: days };
  switch (stored) {
    case 'overdue':
    case 'escalation':
      return { kind: stored, daysLate: days };
    case 'stale':
      return { kind: 'stale', silentDays: days };
    default:
      return { kind: 'closing' };
  }
}

export enum NotificationStatus {
  Queued = 'queued',
  Sent = 'sent',
  Failed = 'failed',
}
export const NOTIFICATION_STATUSES = Object.values(NotificationStatus);

export interface NotificationRecord {
  id: number;
  userId: number | null;
  email: string;
  municipalityId: number;
  kind: NotificationKind;
  /** The sweep's day, YYYY-MM-DD */
  date: string;
  subject: string;
  actionIds: number[];
  planId: number | null;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  /** Set when a later digest took over this unsent one; it is then never sent. */
  supersededById: number | null;
  idempotencyKey: string;
  createdAt: string;
  updatedAt: string;
}

/** A municipality's reminder rules, as the sweep applies them. */
export interface ReminderRules {
  enabled: boolean;
  /** Days before the deadline that remind the owner, e.g. [14, 3] */
  deadlineDays: number[];
  /** Overdue, stale and escalation reminders repeat after this many days */
  repeatDays: number;
  /** No progress report for this many days makes an action stale */
  staleDays: number;
  /** Overdue by more than this many days escalates to coordinators and the department head */
  escalationDays: number;
  /** Leadership gets a progress summary on the first working day of each month */
  leadershipSummary: boolean;
}

/** Per-municipality reminder rules; `id` equals `municipalityId` so react-admin can edit it as a record. */
export interface ReminderSettingsRecord extends ReminderRules {
  id: number;
  municipalityId: number;
  updatedAt: string | null;
}

/** One digest a run queued; listed only with `POST /api/reminders/run?details=true`. */
export interface ReminderRunDigest {
  notificationId: number;
  recipient: { userId: number | null; email: string };
  kind: NotificationKind;
  actionIds: number[];
}

/**
 * `POST /api/reminders/run`: what the sweep did, as counts. The digests themselves come only on request
 * (`?details=true`): a national sweep queues tens of thousands, and the daily job's result is kept on Redis.
 */
export interface ReminderRunResponse {
  date: string;
  workingDay: boolean;
  counts: {
    /** Municipalities the run covered (0 on a day off) */
    municipalities: number;
    /** Digests queued: new ones, and today's unsent ones queued again */
    queued: number;
    /** `queued` by kind; every kind is present */
    byKind: Record<NotificationKind, number>;
  };
  /** The queued digests, only with `?details=true` */
  queued?: ReminderRunDigest[];
}

/** One digest a sweep would send: `POST /api/reminders/preview` (a dry run: nothing is written or sent). */
export interface ReminderPreviewDigest {
  recipient: { userId: number; email: string; name: string };
  kind: NotificationKind;
  municipalityId: number;
  /** The plans a summary or closing is about */
  plans: { planId: number; title: string }[];
  actions: {
    actionId: number;
    title: string;
    deadline: string;
    reason: ReminderReason;
    /** The reason's days (reasonDays), for clients that only show a number */
    days: number;
    /** The paused owner this reminder goes to the department head for */
    onBehalfOf: { name: string; until: string } | null;
  }[];
}

export interface ReminderPreviewResponse {
  date: string;
  workingDay: boolean;
  digests: ReminderPreviewDigest[];
}

/** A notification with the bodies as sent (null until sent): `GET /api/notifications/:id`. */
export interface NotificationDetail extends NotificationRecord {
  bodyText: string | null;
  bodyHtml: string | null;
}

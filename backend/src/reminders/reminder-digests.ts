import {
  actionJudgement,
  isOpenStatus,
  isOverdue,
  NotificationKind,
  NotificationStatus,
  planStatistics,
  PlanStatus,
  rollUpJudgements,
  type Judgement,
} from '@kompass/shared';
import { derivedOf } from '../actions/action-progress';
import { daysBetween, todayIn } from '../common/dates';
import type { DigestLine, PlanLine } from '../mail/templates/digest.template';
import type { PlannedDigest } from './digest-writer.service';
import { monthlySummaryDue, REMINDER_KINDS } from './reminder-kinds';
import { dueDigests, OpenAction, pausedOn, ReminderLedger, ReminderRules } from './reminder-rules';
import type { Closer, LedgerRow, Person, SweepAction, SweepMunicipality, SweepPlan } from './reminder-sweep.reader';

/** A plan that ended longer ago than this gets no closing summary (e.g. when reminders are first switched on). */
const CLOSING_WINDOW_DAYS = 30;

/** The day and place a sweep plans for. */
export interface SweepDay {
  municipality: SweepMunicipality;
  rules: ReminderRules;
  today: string;
  /** The municipality's zone, where an action's days are counted */
  timeZone: string;
}

/** What the sweep read of one municipality (reminder-sweep.reader.ts). */
export interface SweepData {
  active: SweepPlan[];
  ended: SweepPlan[];
  /** The actions of the active and ended plans, by deadline */
  actions: SweepAction[];
  /** Its active users, those on leave included */
  everyone: Person[];
  /** The outbox ledger */
  sent: LedgerRow[];
  /** The follow-up evaluations that closed ended plans, by id */
  closers: Map<number, Closer>;
}

type DigestBase = Pick<PlannedDigest, 'municipalityId' | 'municipalityName' | 'escalationDays'>;

/** A plan is reminded about until its follow-up evaluation is linked, it is closed, or its re-evaluation day passed. */
export function isActivePlan(
  plan: Pick<SweepPlan, 'status' | 'followUpEvaluationId' | 'plannedReEvaluationDate'>,
  today: string,
): boolean {
  return (
    plan.status === PlanStatus.Active && plan.followUpEvaluationId === null && plan.plannedReEvaluationDate >= today
  );
}

/** The plans reminded about, and those that ended recently enough for a closing summary. */
export function splitPlans(
  plans: SweepPlan[],
  today: string,
  timeZone: string,
): { active: SweepPlan[]; ended: SweepPlan[] } {
  return {
    active: plans.filter((p) => isActivePlan(p, today)),
    ended: plans.filter(
      (p) => !isActivePlan(p, today) && daysBetween(endDate(p, today, timeZone), today) <= CLOSING_WINDOW_DAYS,
    ),
  };
}

/** When a plan stopped being reminded: closed (or linked) at, else its re-evaluation day. */
function endDate(plan: SweepPlan, today: string, timeZone: string): string {
  if (plan.closedAt) return todayIn(timeZone, plan.closedAt);
  if (plan.followUpEvaluationId !== null || plan.status !== PlanStatus.Active) return todayIn(timeZone, plan.updatedAt);
  return plan.plannedReEvaluationDate < today ? plan.plannedReEvaluationDate : today;
}

/** The owner's judgement and Kompass's on the sweep's day, for the digest's action lines. */
function judgementsOf(
  a: SweepAction,
  today: string,
  timeZone: string,
): { judgement: Judgement | null; derivedJudgement: Judgement | null } {
  return { judgement: a.judgement, derivedJudgement: derivedOf(a, today, timeZone) };
}

/**
 * Every digest due in one municipality on the day: the action-level kinds of the registry (dueDigests, for the
 * open actions of active plans), leadership's summaries and coordinators' closings. Pure: nothing is read here.
 */
export function planDigests(day: SweepDay, data: SweepData): PlannedDigest[] {
  const { municipality, rules, today, timeZone } = day;
  const { active, actions, everyone, sent } = data;
  const ledger = new ReminderLedger(sent, today);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const personById = new Map(everyone.map((p) => [p.id, p]));
  // Nobody on leave gets a digest; dueDigests decides who stands in for a paused owner.
  const people = everyone.filter((p) => !pausedOn(p, today));
  const activeIds = new Set(active.map((p) => p.id));
  const open: OpenAction[] = actions
    .filter((a) => activeIds.has(a.planId) && isOpenStatus(a.status))
    .map((a) => ({
      id: a.id,
      deadline: a.deadline,
      ownerId: a.ownerId,
      departmentId: a.departmentId,
      lastProgressDate: todayIn(timeZone, a.lastProgressAt),
    }));

  const base: DigestBase = {
    municipalityId: municipality.id,
    municipalityName: municipality.name,
    escalationDays: rules.escalationDays,
  };
  const planned: PlannedDigest[] = [];
  for (const due of dueDigests(today, open, personById, rules, ledger)) {
    const lines = due.items.map((item): DigestLine => {
      const action = byId.get(item.actionId)!;
      const absent = item.onBehalfOf !== undefined ? personById.get(item.onBehalfOf) : undefined;
      return {
        actionId: item.actionId,
        title: action.title,
        deadline: item.deadline,
        status: action.status,
        reason: item.reason,
        ...judgementsOf(action, today, timeZone),
        ...(absent ? { onBehalfOf: { name: absent.name, until: absent.pausedUntil! } } : {}),
      };
    });
    planned.push({ ...base, recipient: personById.get(due.userId)!, kind: due.kind, lines, plans: [], planId: null });
  }
  planned.push(...summaries(day, data, people, ledger, base));
  planned.push(...closings(day, data, people, base));
  return planned;
}

/** Leadership: once a month, every active plan with its numbers and the overdue actions. */
function summaries(
  { rules, today, timeZone }: SweepDay,
  { active, actions }: SweepData,
  people: Person[],
  ledger: ReminderLedger,
  base: DigestBase,
): PlannedDigest[] {
  if (!rules.leadershipSummary || !active.length) return [];
  const activeIds = new Set(active.map((p) => p.id));
  const overdue: DigestLine[] = actions
    .filter((a) => activeIds.has(a.planId) && isOverdue(a, today))
    .map((a) => ({
      actionId: a.id,
      title: a.title,
      deadline: a.deadline,
      status: a.status,
      reason: { kind: 'overdue', daysLate: daysBetween(a.deadline, today) },
      ...judgementsOf(a, today, timeZone),
    }));
  const plans = active.map((p) => planLine(p, actions, today, timeZone));
  const kind = NotificationKind.Summary;
  return people
    .filter(
      (p) => p.role === REMINDER_KINDS[kind].recipients && monthlySummaryDue(today, ledger.lastOfKind(p.id, kind)),
    )
    .map((recipient) => ({ ...base, recipient, kind, lines: overdue, plans, planId: null }));
}

/** Coordinators: one closing summary per ended plan, never repeated (the key names the plan). */
function closings(
  { today, timeZone }: SweepDay,
  { ended, actions, sent, closers }: SweepData,
  people: Person[],
  base: DigestBase,
): PlannedDigest[] {
  const kind = NotificationKind.Closing;
  const out: PlannedDigest[] = [];
  for (const plan of ended) {
    const unfinished: DigestLine[] = actions
      .filter((a) => a.planId === plan.id && isOpenStatus(a.status))
      .map((a) => ({
        actionId: a.id,
        title: a.title,
        deadline: a.deadline,
        status: a.status,
        reason: { kind: 'closing' },
        ...judgementsOf(a, today, timeZone),
      }));
    for (const recipient of people.filter((p) => p.role === REMINDER_KINDS[kind].recipients)) {
      // An unsent one is handed to the writer again, which finds it by its key and queues it once more.
      const already = sent.some(
        (n) =>
          n.kind === kind && n.planId === plan.id && n.userId === recipient.id && n.status === NotificationStatus.Sent,
      );
      if (!already)
        out.push({
          ...base,
          recipient,
          kind,
          lines: unfinished,
          plans: [closingLine(plan, actions, today, timeZone, closers)],
          planId: plan.id,
        });
    }
  }
  return out;
}

/** A closing names the evaluation that closed the plan instead of the re-evaluation date it planned. */
function closingLine(
  plan: SweepPlan,
  actions: SweepAction[],
  today: string,
  timeZone: string,
  closers: Map<number, Closer>,
): PlanLine {
  const closer = plan.followUpEvaluationId !== null ? closers.get(plan.followUpEvaluationId) : undefined;
  const closedBy = closer
    ? { label: closer.label, evaluatedAt: closer.evaluatedAt, precision: closer.evaluatedAtPrecision }
    : null;
  return { ...planLine(plan, actions, today, timeZone), closedBy };
}

/** The plan's figures from planStatistics, the dashboard's function: the mail and the dashboard agree. */
function planLine(plan: SweepPlan, actions: SweepAction[], today: string, timeZone: string): PlanLine {
  const mine = actions.filter((a) => a.planId === plan.id);
  const stats = planStatistics(mine, today);
  return {
    planId: plan.id,
    title: plan.title,
    plannedReEvaluationDate: plan.plannedReEvaluationDate,
    total: stats.active,
    done: stats.done,
    overdue: stats.overdue,
    meanProgress: stats.meanProgress,
    judgements: rollUpJudgements(mine.map((a) => actionJudgement(judgementsOf(a, today, timeZone)))),
  };
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, IsNull, Repository } from 'typeorm';
import {
  actionJudgement,
  isOpenStatus,
  isOverdue,
  NotificationKind,
  NotificationStatus,
  planStatistics,
  PlanStatus,
  reasonDays,
  rollUpJudgements,
  Role,
  type Judgement,
  type ReminderPreviewDigest,
  type ReminderPreviewResponse,
  type ReminderRunResponse,
} from '@kompass/shared';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { derivedOf } from '../actions/action-progress';
import { Action } from '../actions/action.entity';
import { AppConfig } from '../config/app-config';
import { addDays, daysBetween, todayIn } from '../common/dates';
import { Evaluation } from '../evaluations/evaluation.entity';
import { Notification } from '../mail/notification.entity';
import type { DigestLine, PlanLine } from '../mail/templates/digest.template';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';
import { DigestWriter, PlannedDigest, QueuedDigest, QueueRow } from './digest-writer.service';
import { monthlySummaryDue } from './reminder-kinds';
import { dueDigests, OpenAction, pausedOn, ReminderLedger, ReminderRules } from './reminder-rules';
import { ReminderSettingsService } from './reminder-settings.service';
import { isWorkingDay } from './working-days';

/** A plan that ended longer ago than this gets no closing summary (e.g. when reminders are first switched on). */
const CLOSING_WINDOW_DAYS = 30;
/** How far back the outbox is read to know what was sent: beyond every repeat and threshold. */
const LEDGER_DAYS = 62;

/** Only the columns the sweep reads: whole entities (descriptions, texts) cost memory and hydration time. */
const PLAN_COLUMNS = {
  id: true,
  title: true,
  status: true,
  followUpEvaluationId: true,
  plannedReEvaluationDate: true,
  closedAt: true,
  updatedAt: true,
} as const;
const ACTION_COLUMNS = [
  'id',
  'planId',
  'title',
  'deadline',
  'status',
  'progress',
  'ownerId',
  'departmentId',
  'lastProgressAt',
  'judgement',
  'startDate',
  'createdAt',
] as const;
const PERSON_COLUMNS = {
  id: true,
  email: true,
  name: true,
  locale: true,
  role: true,
  departmentId: true,
  pausedFrom: true,
  pausedUntil: true,
} as const;
type SweepPlan = Pick<ActionPlan, keyof typeof PLAN_COLUMNS>;
type SweepAction = Pick<Action, (typeof ACTION_COLUMNS)[number]>;
type Person = Pick<User, keyof typeof PERSON_COLUMNS>;

/** The owner's judgement and Kompass's on the sweep's day, for the digest's action lines. */
function judgementsOf(
  a: SweepAction,
  today: string,
  timeZone: string,
): { judgement: Judgement | null; derivedJudgement: Judgement | null } {
  return { judgement: a.judgement, derivedJudgement: derivedOf(a, today, timeZone) };
}

/** What the sweep decided for one municipality, before anything is written: shared by run and preview. */
interface Selection {
  planned: PlannedDigest[];
  /** The outbox ledger it read (run queues today's unsent rows of it again) */
  sent: Notification[];
}

/** A plan is reminded about until its follow-up evaluation is linked, it is closed, or its re-evaluation day passed. */
export function isActivePlan(
  plan: Pick<ActionPlan, 'status' | 'followUpEvaluationId' | 'plannedReEvaluationDate'>,
  today: string,
): boolean {
  return (
    plan.status === PlanStatus.Active && plan.followUpEvaluationId === null && plan.plannedReEvaluationDate >= today
  );
}

/**
 * The daily sweep: on Swedish working days only, for every municipality with reminders on, decide the due
 * digests from the open actions of active plans and the outbox, and queue them. Idempotent per day.
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);

  constructor(
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
    private readonly settings: ReminderSettingsService,
    private readonly writer: DigestWriter,
    private readonly config: AppConfig,
  ) {}

  /** Runs the sweep: decides the due digests, writes them to the outbox and queues their mails. */
  async run(date?: string, municipalityId?: number): Promise<ReminderRunResponse> {
    const today = date ?? todayIn(this.config.timeZone);
    if (!isWorkingDay(today)) return { date: today, workingDay: false, queued: [] };
    const municipalities = await this.municipalitiesOf(municipalityId);
    const rules = await this.settings.rulesForMany(municipalities.map((m) => m.id));
    const queued: QueuedDigest[] = [];
    // One municipality at a time: only its rows are held, besides the response. Its jobs go to the queue while
    // the next one is computed, so the sweep does not wait for Redis (queue() never rejects).
    let queueing: Promise<QueuedDigest[]> = Promise.resolve([]);
    for (const municipality of municipalities) {
      const rows = await this.write(today, await this.select(municipality, rules.get(municipality.id)!, today));
      for (const entry of await queueing) queued.push(entry);
      queueing = this.writer.queue(rows);
    }
    for (const entry of await queueing) queued.push(entry);
    this.logger.log(
      `Reminder sweep of ${today}: ${queued.length} digest(s) queued in ${municipalities.length} municipality(ies)`,
    );
    return { date: today, workingDay: true, queued };
  }

  /**
   * A dry run of the sweep on a day: the same selection as run(), so the same rules and the same outbox ledger,
   * but nothing is written and nothing is queued.
   */
  async preview(date?: string, municipalityId?: number): Promise<ReminderPreviewResponse> {
    const today = date ?? todayIn(this.config.timeZone);
    if (!isWorkingDay(today)) return { date: today, workingDay: false, digests: [] };
    const municipalities = await this.municipalitiesOf(municipalityId);
    const rules = await this.settings.rulesForMany(municipalities.map((m) => m.id));
    const digests: ReminderPreviewDigest[] = [];
    for (const municipality of municipalities)
      for (const digest of (await this.select(municipality, rules.get(municipality.id)!, today)).planned)
        digests.push({
          recipient: { userId: digest.recipient.id, email: digest.recipient.email, name: digest.recipient.name },
          kind: digest.kind,
          municipalityId: digest.municipalityId,
          plans: digest.plans.map((p) => ({ planId: p.planId, title: p.title })),
          actions: digest.lines.map((l) => ({
            actionId: l.actionId,
            title: l.title,
            deadline: l.deadline,
            reason: l.reason,
            days: reasonDays(l.reason),
            onBehalfOf: l.onBehalfOf ?? null,
          })),
        });
    return { date: today, workingDay: true, digests };
  }

  private municipalitiesOf(municipalityId?: number): Promise<Pick<Municipality, 'id' | 'name'>[]> {
    return this.municipalities.find({
      select: { id: true, name: true },
      where: municipalityId ? { id: municipalityId } : {},
      order: { id: 'ASC' },
    });
  }

  /** Writing a selection: the outbox rows of its digests to queue, new ones, and today's unsent ones again. */
  private async write(today: string, { planned, sent }: Selection): Promise<QueueRow[]> {
    if (!planned.length && !sent.length) return [];
    const rows: QueueRow[] = await this.writer.persist(today, planned);
    // The ledger counts today's digests whatever their state, so they are not planned again; but one still unsent
    // may have lost its job (Redis restarted empty, or every retry failed). The outbox is the source of truth:
    // queue those again, unless a worker holds the row right now (its lease says it is sending it).
    const now = new Date();
    const handled = new Set(rows.map((r) => r.id));
    for (const row of sent)
      if (
        row.date === today &&
        row.status !== NotificationStatus.Sent &&
        !handled.has(row.id) &&
        !(row.lockedUntil && row.lockedUntil > now)
      )
        rows.push(row);
    return rows;
  }

  /** The selection of one municipality on a day: the digests the rules make due, and the outbox ledger read. Reads only. */
  private async select(
    municipality: Pick<Municipality, 'id' | 'name'>,
    rules: ReminderRules,
    today: string,
  ): Promise<Selection> {
    const none: Selection = { planned: [], sent: [] };
    if (!rules.enabled) return none;
    const plans: SweepPlan[] = await this.plans.find({
      select: PLAN_COLUMNS,
      where: { municipalityId: municipality.id },
      order: { id: 'ASC' },
    });
    const active = plans.filter((p) => isActivePlan(p, today));
    const ended = plans.filter(
      (p) => !isActivePlan(p, today) && daysBetween(this.endDate(p, today), today) <= CLOSING_WINDOW_DAYS,
    );
    if (!active.length && !ended.length) return none;

    const actions = await this.readActions([...active, ...ended].map((p) => p.id));
    const everyone: Person[] = await this.users.find({
      select: PERSON_COLUMNS,
      where: { municipalityId: municipality.id, active: true },
      order: { id: 'ASC' },
    });
    // Nobody on leave gets a digest; dueDigests decides who stands in for a paused owner.
    const people = everyone.filter((p) => !pausedOn(p, today));
    const sent = await this.notifications.find({
      where: {
        municipalityId: municipality.id,
        date: Between(addDays(today, -LEDGER_DAYS), today),
        supersededById: IsNull(),
      },
      // The last five are for queueing today's unsent digests again (write).
      select: {
        id: true,
        userId: true,
        kind: true,
        date: true,
        status: true,
        items: true,
        planId: true,
        email: true,
        actionIds: true,
        attempts: true,
        lockedUntil: true,
        supersededById: true,
      },
    });
    const ledger = new ReminderLedger(sent, today);
    const byId = new Map(actions.map((a) => [a.id, a]));
    const personById = new Map(everyone.map((p) => [p.id, p]));
    const activeIds = new Set(active.map((p) => p.id));
    const open: OpenAction[] = actions
      .filter((a) => activeIds.has(a.planId) && isOpenStatus(a.status))
      .map((a) => ({
        id: a.id,
        deadline: a.deadline,
        ownerId: a.ownerId,
        departmentId: a.departmentId,
        lastProgressDate: todayIn(this.config.timeZone, a.lastProgressAt),
      }));

    const planned: PlannedDigest[] = [];
    const base = {
      municipalityId: municipality.id,
      municipalityName: municipality.name,
      escalationDays: rules.escalationDays,
    };
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
          ...judgementsOf(action, today, this.config.timeZone),
          ...(absent ? { onBehalfOf: { name: absent.name, until: absent.pausedUntil! } } : {}),
        };
      });
      planned.push({ ...base, recipient: personById.get(due.userId)!, kind: due.kind, lines, plans: [], planId: null });
    }
    planned.push(...this.summaries(today, active, actions, people, rules, ledger, base));
    planned.push(...this.closings(ended, actions, people, sent, today, base, await this.closers(ended)));
    return { planned, sent };
  }

  /**
   * The plans' actions by deadline, as plain rows of the needed columns: building ~87,000 entities was a large
   * part of a national sweep. Values still go through the driver's conversion, so both dialects agree.
   */
  private async readActions(planIds: number[]): Promise<SweepAction[]> {
    const columns = ACTION_COLUMNS.map((name) => this.actions.metadata.findColumnWithPropertyName(name)!);
    const qb = this.actions.createQueryBuilder('a').select([]);
    for (const column of columns) qb.addSelect(`a.${column.propertyName}`, column.propertyName);
    const rows = await qb
      .where('a.planId IN (:...planIds)', { planIds })
      .orderBy('a.deadline', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    const driver = this.actions.manager.connection.driver;
    return rows.map((row) => {
      const action: Record<string, unknown> = {};
      for (const column of columns) {
        const value = row[column.propertyName];
        action[column.propertyName] = value === null ? null : driver.prepareHydratedValue(value, column);
      }
      return action as unknown as SweepAction;
    });
  }

  /** Leadership: once a month, every active plan with its numbers and the overdue actions. */
  private summaries(
    today: string,
    active: SweepPlan[],
    actions: SweepAction[],
    people: Person[],
    rules: ReminderRules,
    ledger: ReminderLedger,
    base: Pick<PlannedDigest, 'municipalityId' | 'municipalityName' | 'escalationDays'>,
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
        ...judgementsOf(a, today, this.config.timeZone),
      }));
    const plans = active.map((p) => this.planLine(p, actions, today));
    return people
      .filter(
        (p) =>
          p.role === Role.Leadership && monthlySummaryDue(today, ledger.lastOfKind(p.id, NotificationKind.Summary)),
      )
      .map((recipient) => ({
        ...base,
        recipient,
        kind: NotificationKind.Summary,
        lines: overdue,
        plans,
        planId: null,
      }));
  }

  /** Coordinators: one closing summary per ended plan, never repeated (the key names the plan). */
  private closings(
    ended: SweepPlan[],
    actions: SweepAction[],
    people: Person[],
    sent: Notification[],
    today: string,
    base: Pick<PlannedDigest, 'municipalityId' | 'municipalityName' | 'escalationDays'>,
    closers: Map<number, Pick<Evaluation, 'label' | 'evaluatedAt' | 'evaluatedAtPrecision'>>,
  ): PlannedDigest[] {
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
          ...judgementsOf(a, today, this.config.timeZone),
        }));
      for (const recipient of people.filter((p) => p.role === Role.Coordinator)) {
        // An unsent one is handed to the writer again, which finds it by its key and queues it once more.
        const already = sent.some(
          (n) =>
            n.kind === NotificationKind.Closing &&
            n.planId === plan.id &&
            n.userId === recipient.id &&
            n.status === NotificationStatus.Sent,
        );
        if (!already)
          out.push({
            ...base,
            recipient,
            kind: NotificationKind.Closing,
            lines: unfinished,
            plans: [this.closingLine(plan, actions, today, closers)],
            planId: plan.id,
          });
      }
    }
    return out;
  }

  /** The follow-up evaluations that closed the ended plans, by id. */
  private async closers(
    ended: SweepPlan[],
  ): Promise<Map<number, Pick<Evaluation, 'id' | 'label' | 'evaluatedAt' | 'evaluatedAtPrecision'>>> {
    const ids = ended.map((p) => p.followUpEvaluationId).filter((id): id is number => id !== null);
    if (!ids.length) return new Map();
    const rows = await this.evaluations.find({
      select: { id: true, label: true, evaluatedAt: true, evaluatedAtPrecision: true },
      where: { id: In(ids) },
    });
    return new Map(rows.map((e) => [e.id, e]));
  }

  /** A closing names the evaluation that closed the plan instead of the re-evaluation date it planned. */
  private closingLine(
    plan: SweepPlan,
    actions: SweepAction[],
    today: string,
    closers: Map<number, Pick<Evaluation, 'label' | 'evaluatedAt' | 'evaluatedAtPrecision'>>,
  ): PlanLine {
    const closer = plan.followUpEvaluationId !== null ? closers.get(plan.followUpEvaluationId) : undefined;
    const closedBy = closer
      ? { label: closer.label, evaluatedAt: closer.evaluatedAt, precision: closer.evaluatedAtPrecision }
      : null;
    return { ...this.planLine(plan, actions, today), closedBy };
  }

  /** The plan's figures from planStatistics, the dashboard's function: the mail and the dashboard agree. */
  private planLine(plan: SweepPlan, actions: SweepAction[], today: string): PlanLine {
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
      judgements: rollUpJudgements(mine.map((a) => actionJudgement(judgementsOf(a, today, this.config.timeZone)))),
    };
  }

  /** When a plan stopped being reminded: closed (or linked) at, else its re-evaluation day. */
  private endDate(plan: SweepPlan, today: string): string {
    if (plan.closedAt) return todayIn(this.config.timeZone, plan.closedAt);
    if (plan.followUpEvaluationId !== null || plan.status !== PlanStatus.Active)
      return todayIn(this.config.timeZone, plan.updatedAt);
    return plan.plannedReEvaluationDate < today ? plan.plannedReEvaluationDate : today;
  }
}

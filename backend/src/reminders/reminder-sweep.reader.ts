import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, IsNull, Repository } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Action } from '../actions/action.entity';
import { addDays } from '../common/dates';
import { Evaluation } from '../evaluations/evaluation.entity';
import { Notification } from '../mail/notification.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';

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
/** The ledger's columns; the last five are for queueing today's unsent digests again. */
const LEDGER_COLUMNS = {
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
} as const;

export type SweepMunicipality = Pick<Municipality, 'id' | 'name'>;
export type SweepPlan = Pick<ActionPlan, keyof typeof PLAN_COLUMNS>;
export type SweepAction = Pick<Action, (typeof ACTION_COLUMNS)[number]>;
export type Person = Pick<User, keyof typeof PERSON_COLUMNS>;
export type LedgerRow = Pick<Notification, keyof typeof LEDGER_COLUMNS>;
export type Closer = Pick<Evaluation, 'id' | 'label' | 'evaluatedAt' | 'evaluatedAtPrecision'>;

/** The sweep's reads, one municipality at a time: the only place in reminders/ that queries its tables. */
@Injectable()
export class ReminderSweepReader {
  constructor(
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
  ) {}

  /** One municipality, or all of them, by id. */
  municipalitiesOf(municipalityId?: number): Promise<SweepMunicipality[]> {
    return this.municipalities.find({
      select: { id: true, name: true },
      where: municipalityId ? { id: municipalityId } : {},
      order: { id: 'ASC' },
    });
  }

  plansOf(municipalityId: number): Promise<SweepPlan[]> {
    return this.plans.find({ select: PLAN_COLUMNS, where: { municipalityId }, order: { id: 'ASC' } });
  }

  /** Its active users, on leave or not (a paused owner is named in the stand-in's digest). */
  peopleOf(municipalityId: number): Promise<Person[]> {
    return this.users.find({ select: PERSON_COLUMNS, where: { municipalityId, active: true }, order: { id: 'ASC' } });
  }

  /** The outbox of the last LEDGER_DAYS up to the day, without superseded rows: the record of what was sent. */
  ledgerOf(municipalityId: number, today: string): Promise<LedgerRow[]> {
    return this.notifications.find({
      where: { municipalityId, date: Between(addDays(today, -LEDGER_DAYS), today), supersededById: IsNull() },
      select: LEDGER_COLUMNS,
    });
  }

  /**
   * The plans' actions by deadline, as plain rows of the needed columns: building whole entities was a large
   * part of a national sweep. Values still go through the driver's conversion, so both dialects agree.
   */
  async actionsOf(planIds: number[]): Promise<SweepAction[]> {
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

  /** The follow-up evaluations that closed the ended plans, by id. */
  async closersOf(plans: SweepPlan[]): Promise<Map<number, Closer>> {
    const ids = plans.map((p) => p.followUpEvaluationId).filter((id): id is number => id !== null);
    if (!ids.length) return new Map();
    const rows = await this.evaluations.find({
      select: { id: true, label: true, evaluatedAt: true, evaluatedAtPrecision: true },
      where: { id: In(ids) },
    });
    return new Map(rows.map((e) => [e.id, e]));
  }
}

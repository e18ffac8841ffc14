import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Action } from '../actions/action.entity';
import { addDays } from '../common/dates';
import { Evaluation } from '../evaluations/evaluation.entity';
import { hydrator, selectColumns } from '../database/sql-toolkit';
import { type LedgerRow, OutboxRepository } from '../mail/outbox.repository';
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

export type SweepMunicipality = Pick<Municipality, 'id' | 'name'>;
export type SweepPlan = Pick<ActionPlan, keyof typeof PLAN_COLUMNS>;
export type SweepAction = Pick<Action, (typeof ACTION_COLUMNS)[number]>;
export type Person = Pick<User, keyof typeof PERSON_COLUMNS>;
export type { LedgerRow };
export type Closer = Pick<Evaluation, 'id' | 'label' | 'evaluatedAt' | 'evaluatedAtPrecision'>;

/** The sweep's reads, one municipality at a time: the only place in reminders/ that queries its tables. */
@Injectable()
export class ReminderSweepReader {
  constructor(
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    private readonly outbox: OutboxRepository,
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
    return this.outbox.ledger(municipalityId, addDays(today, -LEDGER_DAYS), today);
  }

  /**
   * The plans' actions by deadline, as plain rows of the needed columns: building whole entities was a large
   * part of a national sweep. Values still go through the driver's conversion, so both dialects agree.
   */
  async actionsOf(planIds: number[]): Promise<SweepAction[]> {
    const rows = await selectColumns(this.actions, 'a', ACTION_COLUMNS)
      .where('a.planId IN (:...planIds)', { planIds })
      .orderBy('a.deadline', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    return rows.map(hydrator(this.actions, ACTION_COLUMNS));
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

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager, type ObjectLiteral } from 'typeorm';
import { ActionStatus, FindingKind } from '@kompass/shared';
import { applyListQuery, type ListQuery, type ListSpec } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import { hydrator, PreparedRead, selectColumns } from '../database/prepared-read';
import { Finding } from '../evaluations/finding.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { Action } from './action.entity';
import { ActionFinding } from './action-finding.entity';
import { ActionUpdate } from './action-update.entity';
import { COUNTED, type Counted } from './action-progress';
import { openActionStatus } from './action-status';

export const REPORT_COLUMNS = [
  'id',
  'title',
  'status',
  'progress',
  'deadline',
  'doneAt',
  'questionCodes',
  'areas',
  'judgement',
  'startDate',
  'createdAt',
  'lastProgressAt',
] as const;
/** An action as the reports read it. */
export type ReportRow = Pick<Action, (typeof REPORT_COLUMNS)[number]>;

const ROLLED = [...COUNTED, 'departmentId', 'planId'] as const;
/** An action as the roll-ups and the burn-up read it. */
export type Rolled = Pick<Action, (typeof ROLLED)[number]>;

const IMPROVEMENT = ['id', 'area', 'questionCodes'] as const;
export type ImprovementRow = Pick<Finding, (typeof IMPROVEMENT)[number]>;

/** A link of an action to an improvement item, with the item's raw columns for `improvementOf`. */
export interface FindingLinkRow {
  actionId: number;
  findingId: number;
  raw: ObjectLiteral;
}

/**
 * Every query on `action`, `action_finding` and `action_update`: the services decide, this reads and writes.
 * Methods that take an EntityManager run in the caller's transaction (TransactionRunner); the others read outside one.
 * Reads on a hot path (the summary, every report) are PreparedReads: written once per dialect, ids bound.
 */
@Injectable()
export class ActionsRepository {
  private readonly countedRows: PreparedRead<Counted>;
  private readonly improvementRows: PreparedRead<ImprovementRow>;
  private readonly answeredRows: PreparedRead<number>;
  private readonly reportRows: PreparedRead<ReportRow>;
  private readonly linkRows: PreparedRead<FindingLinkRow>;
  /** An improvement item's columns from a row of `findingLinks`, through the driver's conversion. */
  readonly improvementOf: (raw: ObjectLiteral) => Pick<Finding, 'area' | 'questionCodes'>;

  constructor(
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionFinding) private readonly links: Repository<ActionFinding>,
    @InjectRepository(ActionUpdate) private readonly updates: Repository<ActionUpdate>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    @InjectRepository(AuditEvent) private readonly audit: Repository<AuditEvent>,
  ) {
    // Plain rows, not entities: a plan has hundreds of actions, and building entities cost more than the query.
    this.countedRows = new PreparedRead(
      actions,
      (p) =>
        selectColumns(actions, 'a', COUNTED)
          .where(`a.planId = ${p(0)}`)
          .orderBy('a.deadline', 'ASC')
          .addOrderBy('a.id', 'ASC'),
      hydrator(actions, COUNTED),
    );
    this.improvementRows = new PreparedRead(
      findings,
      (p) =>
        selectColumns(findings, 'f', IMPROVEMENT)
          .where(`f.evaluationId = ${p(0)}`)
          .andWhere(`f.kind = ${p(1)}`)
          .orderBy('f.id', 'ASC'),
      hydrator(findings, IMPROVEMENT),
    );
    // Improvement items answered by an action of the plan: a join, rather than a parameter per action.
    this.answeredRows = new PreparedRead(
      links,
      (p) =>
        links
          .createQueryBuilder('af')
          .select('af.findingId', 'findingId')
          .distinct(true)
          .innerJoin(Action, 'a', 'a.id = af.actionId')
          .where(`a.planId = ${p(0)}`),
      (raw) => Number(raw.findingId),
    );
    this.reportRows = new PreparedRead(
      actions,
      (p) =>
        selectColumns(actions, 'a', REPORT_COLUMNS)
          .where(`a.planId = ${p(0)}`)
          .orderBy('a.deadline', 'ASC')
          .addOrderBy('a.id', 'ASC'),
      hydrator(actions, REPORT_COLUMNS),
    );
    this.improvementOf = hydrator(findings, ['area', 'questionCodes'] as const);
    // The links joined to the findings on `planId`, not a few hundred ids as parameters.
    this.linkRows = new PreparedRead(
      links,
      (p) =>
        links
          .createQueryBuilder('af')
          .select('af.actionId', 'actionId')
          .addSelect('af.findingId', 'findingId')
          .addSelect('f.area', 'area')
          .addSelect('f.questionCodes', 'questionCodes')
          .innerJoin(Action, 'a', 'a.id = af.actionId')
          .innerJoin(Finding, 'f', 'f.id = af.findingId')
          .where(`a.planId = ${p(0)}`)
          .orderBy('af.actionId', 'ASC')
          .addOrderBy('af.findingId', 'ASC'),
      // Integer keys come back as strings from some drivers; the ids are plain integers on both.
      (raw) => ({ actionId: Number(raw.actionId), findingId: Number(raw.findingId), raw }),
    );
  }

  // ── Actions ──────────────────────────────────────────────────────────────────────────────────────────────

  /** One page of the actor's actions (filters, sort, range of `spec`) and the count of all that match. */
  page(actor: AuthUser, query: ListQuery, spec: ListSpec): Promise<[Action[], number]> {
    const qb = scopeToTenant(this.actions.createQueryBuilder('a'), 'a', actor);
    return applyListQuery(qb, 'a', query, spec).getManyAndCount();
  }

  byId(id: number, em: EntityManager = this.actions.manager): Promise<Action | null> {
    return em.findOneBy(Action, { id });
  }

  /** The action, which the caller knows exists (it holds its version). */
  byIdOrFail(em: EntityManager, id: number): Promise<Action> {
    return em.findOneByOrFail(Action, { id });
  }

  byIds(em: EntityManager, ids: number[]): Promise<Action[]> {
    return em.findBy(Action, { id: In(ids) });
  }

  /** Those of the actions whose codes follow their improvement items (not overridden). */
  followingFindings(em: EntityManager, ids: number[]): Promise<Action[]> {
    return em.findBy(Action, { id: In(ids), questionCodesOverridden: false });
  }

  /** Those of `ids` in the actor's municipality (all of them for an admin). */
  inTenant(actor: AuthUser, ids: number[]): Promise<Action[]> {
    return scopeToTenant(this.actions.createQueryBuilder('a'), 'a', actor)
      .andWhere('a.id IN (:...ids)', { ids })
      .getMany();
  }

  /** Every action of a plan, as entities, by deadline. */
  ofPlan(planId: number): Promise<Action[]> {
    return this.actions.find({ where: { planId }, order: { deadline: 'ASC', id: 'ASC' } });
  }

  /** The plan's open actions, by deadline, to move them in the caller's transaction. */
  openOfPlan(em: EntityManager, planId: number): Promise<Action[]> {
    return em.find(Action, { where: { planId, status: openActionStatus() }, order: { deadline: 'ASC', id: 'ASC' } });
  }

  /** A user's actions that still count (not cancelled), in `municipalityId` when given, by deadline. */
  ownedBy(ownerId: number, municipalityId: number | null): Promise<Action[]> {
    return this.actions.find({
      where: {
        ownerId,
        status: Not(ActionStatus.Cancelled),
        ...(municipalityId === null ? {} : { municipalityId }),
      },
      order: { deadline: 'ASC' },
    });
  }

  save(em: EntityManager, action: Action): Promise<Action> {
    return em.save(action);
  }

  update(em: EntityManager, id: number, fields: Partial<Pick<Action, 'questionCodes' | 'areas'>>): Promise<unknown> {
    return em.update(Action, { id }, fields);
  }

  remove(action: Action): Promise<Action> {
    return this.actions.remove(action);
  }

  /** Takes `version` for this write with a conditional UPDATE; false when someone else wrote it first. */
  async tryClaim(em: EntityManager, id: number, version: number): Promise<boolean> {
    const claimed = await em
      .createQueryBuilder()
      .update(Action)
      .set({ version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return !!claimed.affected;
  }

  /** Who saved the action last, from its audit trail (null when unknown). */
  async lastEditor(em: EntityManager, id: number): Promise<{ id: number; name: string } | null> {
    const event = await em.findOne(AuditEvent, { where: { entity: 'action', entityId: id }, order: { id: 'DESC' } });
    const user = event?.actorId ? await em.findOneBy(User, { id: event.actorId }) : null;
    return user ? { id: user.id, name: user.name } : null;
  }

  /** The names of the actions' owners and departments, by id, for the export. */
  async namesFor(actions: Action[]): Promise<{ owners: Map<number, string>; departments: Map<number, string> }> {
    const ids = (pick: (a: Action) => number | null) =>
      In([...new Set(actions.map(pick).filter((v): v is number => v !== null))]);
    const em = this.actions.manager;
    const [users, departments] = await Promise.all([
      em.findBy(User, { id: ids((a) => a.ownerId) }),
      em.findBy(Department, { id: ids((a) => a.departmentId) }),
    ]);
    return {
      owners: new Map(users.map((u) => [u.id, u.name])),
      departments: new Map(departments.map((d) => [d.id, d.name])),
    };
  }

  /** The audit trail of the plan's actions: their updates, oldest first (a progress report is one of them). */
  async auditedUpdatesOfPlan(planId: number): Promise<Pick<AuditEvent, 'entityId' | 'before' | 'createdAt'>[]> {
    const columns = ['entityId', 'before', 'createdAt'] as const;
    const raw = await selectColumns(this.audit, 'ae', columns)
      .innerJoin(Action, 'a', 'a.id = ae.entityId')
      .where('ae.entity = :entity', { entity: 'action' })
      .andWhere('ae.action = :kind', { kind: 'update' })
      .andWhere('a.planId = :planId', { planId })
      .orderBy('ae.id', 'ASC')
      .getRawMany();
    return raw.map(hydrator(this.audit, columns));
  }

  // ── Links to improvement items ───────────────────────────────────────────────────────────────────────────

  /** Finding ids per action for a whole page, in one query of two integer columns (no entities to build). */
  async findingIdsOf(em: EntityManager, actionIds: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>(actionIds.map((id) => [id, []]));
    if (!actionIds.length) return map;
    const links = await em
      .createQueryBuilder(ActionFinding, 'af')
      .select('af.actionId', 'actionId')
      .addSelect('af.findingId', 'findingId')
      .where('af.actionId IN (:...actionIds)', { actionIds })
      .orderBy('af.findingId', 'ASC')
      .getRawMany<{ actionId: number | string; findingId: number | string }>();
    for (const link of links) map.get(Number(link.actionId))!.push(Number(link.findingId));
    return map;
  }

  /** The ids of the action's improvement items. */
  async linkedFindingIds(em: EntityManager, actionId: number): Promise<number[]> {
    return (await em.findBy(ActionFinding, { actionId })).map((l) => l.findingId);
  }

  /** The actions answering an improvement item. */
  async actionIdsOfFinding(em: EntityManager, findingId: number): Promise<number[]> {
    return (await em.findBy(ActionFinding, { findingId })).map((l) => l.actionId);
  }

  /** Those of `findingIds` that an action of the plan already answers. */
  async answeredInPlan(em: EntityManager, planId: number, findingIds: number[]): Promise<number[]> {
    if (!findingIds.length) return [];
    const rows = await em
      .createQueryBuilder(ActionFinding, 'af')
      .innerJoin(Action, 'a', 'a.id = af.actionId')
      .where('a.planId = :planId', { planId })
      .andWhere('af.findingId IN (:...ids)', { ids: findingIds })
      .select('af.findingId', 'findingId')
      .getRawMany<{ findingId: number }>();
    return rows.map((r) => Number(r.findingId));
  }

  async link(em: EntityManager, actionId: number, findingIds: number[]): Promise<void> {
    if (findingIds.length)
      await em.insert(
        ActionFinding,
        findingIds.map((findingId) => ({ actionId, findingId })),
      );
  }

  async unlinkAll(em: EntityManager, actionIds: number[]): Promise<void> {
    if (actionIds.length) await em.delete(ActionFinding, { actionId: In(actionIds) });
  }

  /** Findings by id, in id order. */
  findingsByIds(em: EntityManager, ids: number[]): Promise<Finding[]> {
    return ids.length ? em.find(Finding, { where: { id: In(ids) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }

  // ── Progress reports ─────────────────────────────────────────────────────────────────────────────────────

  /** One page of the actor's progress reports, with their authors, and the count of all that match. */
  updatesPage(actor: AuthUser, query: ListQuery, spec: ListSpec): Promise<[ActionUpdate[], number]> {
    const qb = scopeToTenant(this.updates.createQueryBuilder('u'), 'u', actor).leftJoinAndSelect('u.author', 'author');
    return applyListQuery(qb, 'u', query, spec).getManyAndCount();
  }

  updateById(id: number): Promise<ActionUpdate | null> {
    return this.updates.findOne({ where: { id }, relations: { author: true } });
  }

  /** The progress reports of the given actions, newest first. */
  updatesOf(actionIds: number[]): Promise<ActionUpdate[]> {
    if (!actionIds.length) return Promise.resolve([]);
    return this.updates.find({ where: { actionId: In(actionIds) }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** When each progress report of the plan's actions was made. */
  updateTimesOfPlan(planId: number): Promise<Pick<ActionUpdate, 'id' | 'actionId' | 'createdAt'>[]> {
    return this.updates
      .createQueryBuilder('u')
      .select(['u.id', 'u.actionId', 'u.createdAt'])
      .innerJoin(Action, 'a', 'a.id = u.actionId')
      .where('a.planId = :planId', { planId })
      .getMany();
  }

  // ── A plan's reads for summaries and reports ─────────────────────────────────────────────────────────────

  /** The plan's actions with the columns the summary counts, by deadline. */
  countedOfPlan(planId: number): Promise<Counted[]> {
    return this.countedRows.run([planId]);
  }

  /** The plan's actions with the columns the roll-ups read, by id. */
  async rolledOfPlan(planId: number): Promise<Rolled[]> {
    const raw = await selectColumns(this.actions, 'a', ROLLED)
      .where('a.planId = :planId', { planId })
      .orderBy('a.id', 'ASC')
      .getRawMany();
    return raw.map(hydrator(this.actions, ROLLED));
  }

  /** The plan's actions with the columns the reports read, by deadline. */
  reportRowsOfPlan(planId: number): Promise<ReportRow[]> {
    return this.reportRows.run([planId]);
  }

  /** The links of the plan's actions with their improvement items' area and codes (see `improvementOf`). */
  findingLinksOfPlan(planId: number): Promise<FindingLinkRow[]> {
    return this.linkRows.run([planId]);
  }

  /** The ids of the improvement items an action of the plan answers. */
  answeredOfPlan(planId: number): Promise<number[]> {
    return this.answeredRows.run([planId]);
  }

  /** The improvement items of an evaluation, by id. */
  improvementsById(evaluationId: number): Promise<ImprovementRow[]> {
    return this.improvementRows.run([evaluationId, FindingKind.Improvement]);
  }

  /** The improvement items (förbättringsmöjligheter) of an evaluation, in the report's order. */
  improvementsInOrder(evaluationId: number): Promise<ImprovementRow[]> {
    return this.findings.find({
      where: { evaluationId, kind: FindingKind.Improvement },
      select: { id: true, area: true, questionCodes: true },
      order: { area: 'ASC', order: 'ASC' },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityNotFoundError, In, Not, Repository, type EntityManager, type ObjectLiteral } from 'typeorm';
import { ActionStatus, Role } from '@kompass/shared';
import { applyListFilters, applyListQuery, sortKeys, type ListQuery, type ListSpec } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import { entityOf, PreparedRead, selectAll } from '../database/prepared-read';
import { boundSql, hydrator, placeholders, rowsOf, sqlNames, whereOf, type SqlExecutor } from '../database/sql-toolkit';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { Finding } from '../evaluations/finding.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { Action, type ActionRow } from './action.entity';
import { ActionFinding } from './action-finding.entity';
import { ActionUpdate } from './action-update.entity';
import { openActionStatus } from './action-status';

/**
 * Every query on `action`, `action_finding` and `action_update` but a plan's reads for summaries and reports
 * (PlanActionReads): the services decide, this reads and writes. Methods that take an EntityManager run in the
 * caller's transaction (TransactionRunner); the others read outside one.
 */
@Injectable()
export class ActionsRepository {
  /** Every read, edit and status change of one action reads it, and an edit claims its version: prepared once. */
  private readonly actionById: PreparedRead<Action>;
  private claimText?: string;
  private list?: ReturnType<ActionsRepository['listStatement']>;

  constructor(
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionUpdate) private readonly updates: Repository<ActionUpdate>,
  ) {
    this.actionById = new PreparedRead(
      actions,
      (p) => selectAll(actions, 'a').where(`a.id = ${p(0)}`),
      entityOf(actions),
    );
  }

  /** The prepared statements' texts, for the SQL snapshots. */
  statements(): Record<string, string> {
    return { actionById: this.actionById.sql(), claimVersion: this.claimSql() };
  }

  // ── Actions ──────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * One page of the actor's actions (filters, sort, range of `spec`) and the count of all that match, in one
   * statement with bound parameters. The filters are the query builder's (only its WHERE is taken); the columns
   * around them are written once. The count is a scalar subquery with the same conditions, which both databases
   * run once and from the index, while the page still stops after its rows (a window count would read every
   * match). A page past the end has no row to carry it, so only then is it counted apart. Rows are hydrated
   * column by column, without entities.
   */
  async page(actor: AuthUser, query: ListQuery, spec: ListSpec): Promise<[ActionRow[], number]> {
    const connection = this.actions.manager.connection;
    const { where, parameters } = whereOf(connection, Action, 'a', (qb) =>
      applyListFilters(scopeToTenant(qb, 'a', actor), 'a', query, spec),
    );
    const list = (this.list ??= this.listStatement());
    const order = sortKeys(query)
      .map(([field, direction]) => `"a".${list.names.column(field)} ${direction}`)
      .join(', ');
    const [sql, values] = boundSql(
      connection.driver,
      `SELECT ${list.columns}, (SELECT COUNT(*) FROM ${list.names.table} "a"${where}) AS "total"` +
        ` FROM ${list.names.table} "a"${where} ORDER BY ${order} LIMIT :listTake OFFSET :listSkip`,
      { ...parameters, listTake: query.take, listSkip: query.skip },
    );
    const rows = await this.actions.query<ObjectLiteral[]>(sql, values);
    if (rows.length) return [rows.map(list.hydrate), Number(rows[0].total)];
    if (!query.skip) return [[], 0];
    const [count, countValues] = boundSql(
      connection.driver,
      `SELECT COUNT(*) AS "total" FROM ${list.names.table} "a"${where}`,
      parameters,
    );
    return [[], Number((await this.actions.query<ObjectLiteral[]>(count, countValues))[0].total)];
  }

  /** What the list's statement is made of, the same on every request. */
  private listStatement() {
    const names = sqlNames(this.actions.manager.connection, Action);
    const properties = this.actions.metadata.columns.map((c) => c.propertyName as keyof ActionRow);
    return {
      names,
      columns: properties
        .map((p) => `"a".${names.column(p)} AS ${this.actions.manager.connection.driver.escape(p)}`)
        .join(', '),
      hydrate: hydrator(this.actions, properties),
    };
  }

  async byId(id: number, em: SqlExecutor = this.actions.manager): Promise<Action | null> {
    return (await this.actionById.run([id], em))[0] ?? null;
  }

  /** The action, which the caller knows exists (it holds its version). */
  async byIdOrFail(em: EntityManager, id: number): Promise<Action> {
    const action = await this.byId(id, em);
    if (!action) throw new EntityNotFoundError(Action, { id });
    return action;
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

  /** A user's open actions in a municipality, by id, to hand them over in the caller's transaction. */
  openOwnedIn(em: EntityManager, ownerId: number, municipalityId: number): Promise<Action[]> {
    return em.find(Action, {
      where: { ownerId, municipalityId, status: openActionStatus() },
      order: { id: 'ASC' },
    });
  }

  /** The first active head of a department other than `exceptUserId`, the owner an action is handed to. */
  async departmentHead(
    em: EntityManager,
    municipalityId: number,
    departmentId: number,
    exceptUserId: number,
  ): Promise<number | null> {
    const head = await em.findOne(User, {
      where: { role: Role.DepartmentHead, departmentId, municipalityId, active: true, id: Not(exceptUserId) },
      order: { id: 'ASC' },
      select: { id: true },
    });
    return head?.id ?? null;
  }

  /** What an import of the plan's export is checked against: its actions and the municipality's people and departments. */
  async importLookup(
    planId: number,
    municipalityId: number,
  ): Promise<{ actions: Action[]; users: User[]; departments: Department[] }> {
    const em = this.actions.manager;
    const [actions, users, departments] = await Promise.all([
      em.findBy(Action, { planId }),
      em.findBy(User, { municipalityId }),
      em.findBy(Department, { municipalityId }),
    ]);
    return { actions, users, departments };
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
    return rowsOf(await em.query(this.claimSql(), [id, version])).length > 0;
  }

  /** TypeORM's UPDATE (it adds updatedAt) with bound placeholders; RETURNING counts the claim on both dialects. */
  private claimSql(): string {
    if (this.claimText) return this.claimText;
    const p = placeholders(this.actions.manager.connection.driver);
    const names = sqlNames(this.actions.manager.connection, Action);
    const [sql] = this.actions
      .createQueryBuilder()
      .update(Action)
      .set({ version: () => `${names.column('version')} + 1` })
      .where(`${names.column('id')} = ${p(0)} AND ${names.column('version')} = ${p(1)}`)
      .getQueryAndParameters();
    this.claimText = `${sql} RETURNING ${names.column('id')}`;
    return this.claimText;
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

  // ── Links to improvement items ───────────────────────────────────────────────────────────────────────────

  /** Finding ids per action for a whole page, in one query of two integer columns (no entities to build). */
  async findingIdsOf(actionIds: number[], em: EntityManager = this.actions.manager): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>(actionIds.map((id) => [id, []]));
    if (!actionIds.length) return map;
    const [sql, parameters] = em.connection.driver.escapeQueryWithParameters(
      'SELECT "actionId", "findingId" FROM "action_finding" WHERE "actionId" IN (:...actionIds) ORDER BY "findingId" ASC',
      { actionIds },
    );
    const links = await em.query<{ actionId: number | string; findingId: number | string }[]>(sql, parameters);
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

  /** Findings by id, as stored (no order). */
  findingsIn(em: EntityManager, ids: number[]): Promise<Finding[]> {
    return em.findBy(Finding, { id: In(ids) });
  }

  // ── What a change is checked against, in the caller's transaction ───────────────────────────────────────

  planOf(em: EntityManager, action: Pick<Action, 'planId'>): Promise<ActionPlan> {
    return em.findOneByOrFail(ActionPlan, { id: action.planId });
  }

  async frameworkIdOf(em: EntityManager, evaluationId: number): Promise<number> {
    return (await em.findOneByOrFail(Evaluation, { id: evaluationId })).frameworkId;
  }

  userById(em: EntityManager, id: number): Promise<User | null> {
    return em.findOneBy(User, { id });
  }

  departmentById(em: EntityManager, id: number): Promise<Department | null> {
    return em.findOneBy(Department, { id });
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
}

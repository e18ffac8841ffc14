import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  ActionPriority,
  ActionStatus,
  ACTION_STATUSES,
  FindingKind,
  isPlanClosed,
  JUDGEMENTS,
  type ActionRecord,
} from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  UnprocessableException,
} from '../common/errors/domain.exception';
import { addDays, todayIn } from '../common/dates';
import {
  applyListQuery,
  enumFilter,
  FilterHandler,
  intFilter,
  jsonArrayContainsFilter,
  ListPage,
  ListSpec,
  parseListQuery,
  RawListQuery,
  textSearchFilter,
} from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { assertInTenant, scopeToTenant } from '../auth/tenant';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Department } from '../departments/department.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Finding } from '../evaluations/finding.entity';
import { User } from '../users/user.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Action } from './action.entity';
import { ActionFinding } from './action-finding.entity';
import { recordProgress } from './progress-report';
import { newAction } from './new-action';
import { areasOf, findingCodesOf, findingIdsOf, resolveQuestionCodes, toActionRecord } from './action-record';
import { applyStatusChange, assertMayEditFields, assertMayReport } from './action-rules';
import { dueWithinActionSql, overdueActionSql, staleActionSql } from './action-status';
import { CreateActionDto } from './dto/create-action.dto';
import { UpdateActionDto } from './dto/update-action.dto';
import { BulkUpdateActionsDto } from './dto/bulk-update-actions.dto';
import { TransactionRunner } from '../database/transaction-runner';
import { derivedJudgementFilter } from './derived-judgement.filter';

const BULK_FIELDS = ['ownerId', 'departmentId', 'deadline', 'priority', 'status'] as const;

/** What a batch may change on one action (null clears owner or department). */
export type BulkChange = Partial<Pick<UpdateActionDto, (typeof BULK_FIELDS)[number]>>;
/** One action of a batch: the version read and its own change. */
export interface BatchItem {
  id: number;
  version: number;
  change: BulkChange;
}

@Injectable()
export class ActionsService {
  private readonly spec: ListSpec;

  constructor(
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: ActionPlansService,
    private readonly frameworks: FrameworksService,
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    this.spec = {
      filters: {
        id: intFilter(),
        planId: intFilter(),
        municipalityId: intFilter(),
        ownerId: intFilter(),
        departmentId: intFilter(),
        status: enumFilter(ACTION_STATUSES),
        priority: enumFilter(Object.values(ActionPriority)),
        area: jsonArrayContainsFilter('number', 'areas'),
        questionCode: jsonArrayContainsFilter('code', 'questionCodes'),
        findingId: this.findingFilter(),
        overdue: this.overdueFilter(),
        dueWithinDays: this.dueWithinFilter(),
        judgement: enumFilter(JUDGEMENTS),
        derivedJudgement: derivedJudgementFilter(() => this.today(), this.config.timeZone),
        silentForDays: this.silentFilter(),
        q: textSearchFilter('title', 'description'),
      },
      sortable: [
        'id',
        'title',
        'deadline',
        'status',
        'progress',
        'priority',
        'ownerId',
        'departmentId',
        'lastProgressAt',
        'createdAt',
        'updatedAt',
      ],
      defaultSort: ['deadline', 'ASC'],
    };
  }

  today(): string {
    return todayIn(this.config.timeZone);
  }

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<ActionRecord>> {
    const query = parseListQuery(raw, this.spec);
    const qb = scopeToTenant(this.actions.createQueryBuilder('a'), 'a', actor);
    const [rows, total] = await applyListQuery(qb, 'a', query, this.spec).getManyAndCount();
    return new ListPage(await this.toRecords(this.dataSource.manager, rows), total, query.skip);
  }

  async get(actor: AuthUser, id: number): Promise<ActionRecord> {
    return (await this.toRecords(this.dataSource.manager, [await this.find(actor, id)]))[0];
  }

  async find(actor: AuthUser, id: number): Promise<Action> {
    const action = await this.actions.findOneBy({ id });
    if (!action) throw new NotFoundException('Action', id);
    assertInTenant(actor, action.municipalityId, 'Action', id);
    return action;
  }

  async toRecords(manager: EntityManager, rows: Action[]): Promise<ActionRecord[]> {
    const findingIds = await findingIdsOf(
      manager,
      rows.map((a) => a.id),
    );
    const today = this.today();
    return rows.map((a) => toActionRecord(a, findingIds.get(a.id) ?? [], today, this.config.timeZone));
  }

  async create(actor: AuthUser, dto: CreateActionDto): Promise<ActionRecord> {
    const plan = await this.plans.find(actor, dto.planId);
    assertPlanOpen(plan);
    return this.tx.transaction(async (em) => {
      const findings = await this.improvementItems(em, plan, dto.findingIds ?? []);
      await this.assertPlacement(em, plan.municipalityId, dto.ownerId ?? null, dto.departmentId ?? null);
      await this.assertKnownCodes(em, plan, dto.questionCodes);
      const codes = resolveQuestionCodes(dto.questionCodes, findings);
      const action = newAction(em, {
        municipalityId: plan.municipalityId,
        planId: plan.id,
        title: dto.title,
        description: dto.description ?? null,
        ...codes,
        areas: areasOf(
          codes.questionCodes,
          findings.map((f) => f.area),
        ),
        ownerId: dto.ownerId ?? null,
        departmentId: dto.departmentId ?? null,
        startDate: dto.startDate ?? null,
        deadline: dto.deadline,
        progress: dto.progress ?? 0,
        priority: dto.priority ?? ActionPriority.Normal,
        expectedEffect: dto.expectedEffect ?? null,
      });
      if (dto.status && dto.status !== ActionStatus.NotStarted)
        applyStatusChange(actor, action, dto.status, dto.description ?? undefined);
      const saved = await em.save(action);
      if (findings.length)
        await em.insert(
          ActionFinding,
          findings.map((f) => ({ actionId: saved.id, findingId: f.id })),
        );
      return (await this.toRecords(em, [saved]))[0];
    });
  }

  /**
   * Optimistic locking: the version is claimed with a conditional UPDATE inside the transaction, so of two
   * concurrent saves of one version exactly one wins and the other gets 409 with the current record.
   */
  async update(actor: AuthUser, id: number, dto: UpdateActionDto): Promise<ActionRecord> {
    const current = await this.find(actor, id);
    assertMayReport(actor, current);
    await this.assertPlanOpenFor(actor, current);
    assertMayEditFields(
      actor,
      Object.keys(dto).filter((k) => (dto as unknown as Record<string, unknown>)[k] !== undefined),
    );
    return this.tx.transaction(async (em) => {
      const action = await this.claimVersion(em, actor, id, dto.version);
      const saved = await this.applyChanges(em, actor, action, dto);
      return (await this.toRecords(em, [saved]))[0];
    });
  }

  /**
   * A closed plan is the record of its round (linked to the re-evaluation): its actions, open ones included,
   * stay as they were. Reopen the plan to change them; carrying them into a new plan copies them.
   */
  async assertPlanOpenFor(actor: AuthUser, action: Action): Promise<void> {
    const plan = await this.plans.find(actor, action.planId);
    if (isPlanClosed(plan))
      throw new UnprocessableException(
        'The plan is closed: its actions are read-only; reopen the plan to change them',
        [{ field: 'planId', message: 'plan is closed' }],
      ).withCode('plan_closed_action_read_only');
  }

  /** The same change on each selected action: one `updateEach` batch. */
  async bulkUpdate(actor: AuthUser, dto: BulkUpdateActionsDto): Promise<{ updated: ActionRecord[] }> {
    const fields = BULK_FIELDS.filter((f) => dto[f] !== undefined);
    if (!fields.length)
      throw new UnprocessableException(
        'Choose at least one of owner, department, deadline, priority or status to change',
        [{ field: BULK_FIELDS.join(', '), message: 'at least one is required' }],
      );
    const change: BulkChange = {};
    for (const f of fields) (change as Record<string, unknown>)[f] = dto[f];
    return {
      updated: await this.updateEach(
        actor,
        dto.actions.map((ref) => ({ ...ref, change })),
        dto.comment,
      ),
    };
  }

  /**
   * The one write path of batch edits (the bulk toolbar and the Excel import): each action gets its own change, in
   * one transaction. Every version is claimed first and a stale one refuses the whole batch with 409 naming the
   * stale ids. Each action is saved on its own, so each is audited.
   */
  async updateEach(actor: AuthUser, items: BatchItem[], comment?: string): Promise<ActionRecord[]> {
    const fields = [...new Set(items.flatMap((i) => Object.keys(i.change)))];
    assertMayEditFields(actor, comment !== undefined ? [...fields, 'comment'] : fields);
    const ids = items.map((a) => a.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length)
      throw new UnprocessableException(`Actions ${[...new Set(repeated)].join(', ')} are selected more than once`, [
        { field: 'actions', message: `repeated ids: ${[...new Set(repeated)].join(', ')}` },
      ]);
    const found = await scopeToTenant(this.actions.createQueryBuilder('a'), 'a', actor)
      .andWhere('a.id IN (:...ids)', { ids })
      .getMany();
    const missing = ids.filter((id) => !found.some((a) => a.id === id));
    if (missing.length) throw new NotFoundException('Actions', missing.join(', '));
    for (const action of found) assertMayReport(actor, action);
    for (const planId of new Set(found.map((a) => a.planId)))
      await this.assertPlanOpenFor(
        actor,
        found.find((a) => a.planId === planId)!,
      );
    return this.tx.transaction(async (em) => {
      const stale: number[] = [];
      for (const item of items) if (!(await this.tryClaim(em, item.id, item.version))) stale.push(item.id);
      if (stale.length) {
        const current = await this.toRecords(em, await em.findBy(Action, { id: In(stale) }));
        throw new ConflictException(
          `Actions ${stale.join(', ')} were changed by someone else since you read them; nothing was saved. Reload and apply the change again`,
          { staleIds: stale, current },
        );
      }
      const placements = new Map<string, [number, number | null, number | null]>();
      for (const item of items) {
        const { municipalityId } = found.find((a) => a.id === item.id)!;
        const placement: [number, number | null, number | null] = [
          municipalityId,
          item.change.ownerId ?? null,
          item.change.departmentId ?? null,
        ];
        placements.set(placement.join(':'), placement);
      }
      for (const [municipalityId, ownerId, departmentId] of placements.values())
        await this.assertPlacement(em, municipalityId, ownerId, departmentId);
      const saved: Action[] = [];
      for (const item of items)
        saved.push(
          await this.applyChanges(
            em,
            actor,
            await em.findOneByOrFail(Action, { id: item.id }),
            { version: 0, comment, ...item.change },
            false,
          ),
        );
      return this.toRecords(em, saved);
    });
  }

  /** Applies a change to an action whose version is claimed, recording a status/progress change as a progress report. */
  private async applyChanges(
    em: EntityManager,
    actor: AuthUser,
    action: Action,
    dto: UpdateActionDto,
    checkPlacement = true,
  ): Promise<Action> {
    if (dto.findingIds !== undefined || dto.questionCodes !== undefined) await this.relink(em, action, dto);
    if (checkPlacement && (dto.ownerId !== undefined || dto.departmentId !== undefined))
      await this.assertPlacement(
        em,
        action.municipalityId,
        dto.ownerId ?? action.ownerId,
        dto.departmentId ?? action.departmentId,
      );
    for (const field of [
      'title',
      'description',
      'ownerId',
      'departmentId',
      'startDate',
      'deadline',
      'priority',
      'expectedEffect',
    ] as const)
      if (dto[field] !== undefined) (action as unknown as Record<string, unknown>)[field] = dto[field];
    await recordProgress(
      em,
      actor,
      action,
      { status: dto.status, progress: dto.progress, comment: dto.comment },
      false,
    );
    return em.save(action);
  }

  /** Takes `version` for this write with a conditional UPDATE; false when someone else wrote it first. */
  private async tryClaim(em: EntityManager, id: number, version: number): Promise<boolean> {
    const claimed = await em
      .createQueryBuilder()
      .update(Action)
      .set({ version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return !!claimed.affected;
  }

  /** Claims `version` for this write or answers 409 with the record as it is now. Returns the action to change. */
  async claimVersion(em: EntityManager, actor: AuthUser, id: number, version: number): Promise<Action> {
    const claimed = await this.tryClaim(em, id, version);
    const action = await em.findOneByOrFail(Action, { id });
    if (!claimed) {
      const [current] = await this.toRecords(em, [action]);
      throw new ConflictException(
        `The action was changed by someone else (you read version ${version}, it is now version ${action.version}); reload and apply your change again`,
        { current, changedBy: await this.lastEditor(em, id) },
      ).withCode('edit_conflict');
    }
    assertMayReport(actor, action);
    return action;
  }

  /** Who saved the action last, from its audit trail: the name the edit-conflict dialog shows (null when unknown). */
  private async lastEditor(em: EntityManager, id: number): Promise<{ id: number; name: string } | null> {
    const event = await em.findOne(AuditEvent, { where: { entity: 'action', entityId: id }, order: { id: 'DESC' } });
    const user = event?.actorId ? await em.findOneBy(User, { id: event.actorId }) : null;
    return user ? { id: user.id, name: user.name } : null;
  }

  async remove(actor: AuthUser, id: number): Promise<ActionRecord> {
    const action = await this.find(actor, id);
    await this.assertPlanOpenFor(actor, action);
    const [record] = await this.toRecords(this.dataSource.manager, [action]);
    await this.tx.write(() => this.actions.remove(action));
    return record;
  }

  /** Drafts one action per improvement item not yet answered in this plan, titled after the item. */
  async bulkCreate(
    actor: AuthUser,
    planId: number,
    dto: { findingIds: number[]; ownerId?: number; departmentId?: number; deadline?: string },
  ): Promise<{ created: ActionRecord[]; skippedFindingIds: number[] }> {
    const plan = await this.plans.find(actor, planId);
    assertPlanOpen(plan);
    return this.tx.transaction(async (em) => {
      const findings = await this.improvementItems(em, plan, dto.findingIds);
      await this.assertPlacement(em, plan.municipalityId, dto.ownerId ?? null, dto.departmentId ?? null);
      const answered = new Set(
        (
          await em
            .createQueryBuilder(ActionFinding, 'af')
            .innerJoin(Action, 'a', 'a.id = af.actionId')
            .where('a.planId = :planId', { planId })
            .andWhere('af.findingId IN (:...ids)', { ids: findings.map((f) => f.id) })
            .select('af.findingId', 'findingId')
            .getRawMany<{ findingId: number }>()
        ).map((r) => Number(r.findingId)),
      );
      const deadline = dto.deadline ?? addDays(plan.plannedReEvaluationDate, -30);
      const created: Action[] = [];
      for (const finding of findings.filter((f) => !answered.has(f.id))) {
        const action = await em.save(
          newAction(em, {
            municipalityId: plan.municipalityId,
            planId: plan.id,
            title: finding.text.length > 300 ? `${finding.text.slice(0, 297)}…` : finding.text,
            questionCodes: finding.questionCodes,
            areas: areasOf(finding.questionCodes, [finding.area]),
            ownerId: dto.ownerId ?? null,
            departmentId: dto.departmentId ?? null,
            deadline,
          }),
        );
        await em.insert(ActionFinding, { actionId: action.id, findingId: finding.id });
        created.push(action);
      }
      return { created: await this.toRecords(em, created), skippedFindingIds: [...answered] };
    });
  }

  /** The given findings, each an improvement item of the plan's baseline evaluation (422 naming the others). */
  private async improvementItems(em: EntityManager, plan: ActionPlan, ids: number[]): Promise<Finding[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const findings = await em.findBy(Finding, { id: In(unique) });
    const valid = findings.filter(
      (f) => f.evaluationId === plan.baselineEvaluationId && f.kind === FindingKind.Improvement,
    );
    const invalid = unique.filter((id) => !valid.some((f) => f.id === id));
    if (invalid.length)
      throw new UnprocessableException(
        `Findings ${invalid.join(', ')} are not improvement items of the plan's baseline evaluation`,
        [
          {
            field: 'findingIds',
            message: `not improvement items of evaluation ${plan.baselineEvaluationId}: ${invalid.join(', ')}`,
          },
        ],
      ).withCode('findings_not_improvements');
    return unique.map((id) => valid.find((f) => f.id === id)!);
  }

  private async relink(em: EntityManager, action: Action, dto: UpdateActionDto): Promise<void> {
    const plan = await em.findOneByOrFail(ActionPlan, { id: action.planId });
    let findings: Finding[] | undefined;
    if (dto.findingIds !== undefined) {
      findings = await this.improvementItems(em, plan, dto.findingIds);
      await em.delete(ActionFinding, { actionId: action.id });
      if (findings.length)
        await em.insert(
          ActionFinding,
          findings.map((f) => ({ actionId: action.id, findingId: f.id })),
        );
    } else {
      const links = await em.findBy(ActionFinding, { actionId: action.id });
      findings = links.length ? await em.findBy(Finding, { id: In(links.map((l) => l.findingId)) }) : [];
    }
    await this.assertKnownCodes(em, plan, dto.questionCodes);
    // Relinking items alone keeps an override; new codes (or null to clear them) decide afresh.
    const codes =
      dto.questionCodes === undefined && action.questionCodesOverridden
        ? { questionCodes: action.questionCodes, questionCodesOverridden: true }
        : resolveQuestionCodes(dto.questionCodes, findings);
    Object.assign(action, codes);
    action.areas = areasOf(
      action.questionCodes,
      findings.map((f) => f.area),
    );
  }

  /** Codes chosen on an action must exist in the framework of the plan's baseline (422 naming them). */
  private async assertKnownCodes(
    em: EntityManager,
    plan: ActionPlan,
    codes: string[] | null | undefined,
  ): Promise<void> {
    if (!codes?.length) return;
    const { frameworkId } = await em.findOneByOrFail(Evaluation, { id: plan.baselineEvaluationId });
    const framework = await this.frameworks.definition(frameworkId);
    const known = new Set(framework.areas.flatMap((a) => a.questions.map((q) => q.code)));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length)
      throw new UnprocessableException(`${framework.code} has no sub-question ${unknown.join(', ')}`, [
        { field: 'questionCodes', message: `unknown: ${unknown.join(', ')}` },
      ]);
  }

  /**
   * After an improvement item's codes changed (or the item is going away), the actions that follow their
   * items get their items' codes again, in the same transaction; overridden actions keep theirs.
   */
  static async followFindings(em: EntityManager, actionIds: number[], exceptFindingId?: number): Promise<void> {
    if (!actionIds.length) return;
    const actions = await em.findBy(Action, { id: In(actionIds), questionCodesOverridden: false });
    for (const action of actions) {
      const links = await em.findBy(ActionFinding, { actionId: action.id });
      const ids = links.map((l) => l.findingId).filter((id) => id !== exceptFindingId);
      const findings = ids.length ? await em.find(Finding, { where: { id: In(ids) }, order: { id: 'ASC' } }) : [];
      const questionCodes = findingCodesOf(findings);
      const areas = areasOf(
        questionCodes,
        findings.map((f) => f.area),
      );
      if (JSON.stringify([questionCodes, areas]) !== JSON.stringify([action.questionCodes, action.areas]))
        await em.update(Action, { id: action.id }, { questionCodes, areas });
    }
  }

  private async assertPlacement(
    em: EntityManager,
    municipalityId: number,
    ownerId: number | null,
    departmentId: number | null,
  ): Promise<void> {
    const details: { field: string; message: string }[] = [];
    if (ownerId !== null) {
      const owner = await em.findOneBy(User, { id: ownerId });
      if (!owner || owner.municipalityId !== municipalityId || !owner.active)
        details.push({ field: 'ownerId', message: `user ${ownerId} is not an active user of this municipality` });
    }
    if (departmentId !== null) {
      const department = await em.findOneBy(Department, { id: departmentId });
      if (!department || department.municipalityId !== municipalityId)
        details.push({
          field: 'departmentId',
          message: `department ${departmentId} is not a department of this municipality`,
        });
    }
    if (details.length) throw new UnprocessableException(details.map((d) => d.message).join('; '), details);
  }

  private findingFilter(): FilterHandler {
    return (qb, alias, value, name) => {
      const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (!Number.isSafeInteger(id))
        throw new BadRequestException(`Filter "${name}" must be an integer`).withCode('invalid_query');
      const linked = qb
        .subQuery()
        .select('af.actionId')
        .from(ActionFinding, 'af')
        .where('af.findingId = :findingFilter')
        .getQuery();
      qb.andWhere(`${alias}.id IN ${linked}`, { findingFilter: id });
    };
  }

  private overdueFilter(): FilterHandler {
    return (qb, alias, value, name) => {
      if (typeof value !== 'boolean')
        throw new BadRequestException(`Filter "${name}" must be true or false`).withCode('invalid_query');
      const { sql, params } = overdueActionSql(alias, this.today());
      qb.andWhere(value ? sql : `NOT ${sql}`, params);
    };
  }

  /** Open actions with no progress report for at least N days (lastProgressAt before today minus N). */
  private silentFilter(): FilterHandler {
    return (qb, alias, value, name) => {
      const days = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 3660)
        throw new BadRequestException(`Filter "${name}" must be a number of days from 1 to 3660`);
      const { sql, params } = staleActionSql(alias, this.today(), days as number, this.config.timeZone);
      qb.andWhere(sql, params);
    };
  }

  private dueWithinFilter(): FilterHandler {
    return (qb, alias, value, name) => {
      const days = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (!Number.isInteger(days) || (days as number) < 0 || (days as number) > 3660)
        throw new BadRequestException(`Filter "${name}" must be a number of days from 0 to 3660`).withCode(
          'invalid_query',
        );
      const { sql, params } = dueWithinActionSql(alias, this.today(), days as number);
      qb.andWhere(sql, params);
    };
  }
}

function assertPlanOpen(plan: ActionPlan): void {
  if (isPlanClosed(plan))
    throw new UnprocessableException('The plan is closed; reopen it to add actions', [
      { field: 'planId', message: 'plan is closed' },
    ]).withCode('plan_closed');
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionPriority, ActionStatus, isPlanClosed, type ActionRecord } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { ConflictException, UnprocessableException } from '../common/errors/domain.exception';
import { todayIn } from '../common/dates';
import { ListPage, listPage, ListSpec, RawListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { foundInTenant } from '../auth/tenant';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { TransactionRunner } from '../database/transaction-runner';
import { Action, type ActionRow } from './action.entity';
import { ActionChanges, assertPlanOpen } from './action-changes';
import { actionListSpec } from './action-list-query';
import { areasOf, resolveQuestionCodes, toActionRecord } from './action-record';
import { applyStatusChange, assertMayEditFields, assertMayReport } from './action-rules';
import { ActionsRepository } from './actions.repository';
import { newAction } from './new-action';
import { CreateActionDto } from './dto/create-action.dto';
import { UpdateActionDto } from './dto/update-action.dto';

/** One action at a time: the list, reading, creating, editing and deleting. Batches are ActionBatchService's. */
@Injectable()
export class ActionsService {
  private readonly spec: ListSpec;

  constructor(
    private readonly repository: ActionsRepository,
    private readonly changes: ActionChanges,
    private readonly plans: ActionPlansService,
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    this.spec = actionListSpec(() => this.today(), this.config.timeZone);
  }

  today(): string {
    return todayIn(this.config.timeZone);
  }

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<ActionRecord>> {
    const page = await listPage(raw, this.spec, (query) => this.repository.page(actor, query, this.spec));
    return new ListPage(await this.toRecords(page.data), page.total, page.start);
  }

  async get(actor: AuthUser, id: number): Promise<ActionRecord> {
    return (await this.toRecords([await this.find(actor, id)]))[0];
  }

  async find(actor: AuthUser, id: number): Promise<Action> {
    return foundInTenant(actor, await this.repository.byId(id), 'Action', id);
  }

  /** The API's records of the actions; inside a transaction, pass its manager so the links read are its own. */
  async toRecords(rows: ActionRow[], em?: EntityManager): Promise<ActionRecord[]> {
    const findingIds = await this.repository.findingIdsOf(
      rows.map((a) => a.id),
      em,
    );
    const today = this.today();
    return rows.map((a) => toActionRecord(a, findingIds.get(a.id) ?? [], today, this.config.timeZone));
  }

  async create(actor: AuthUser, dto: CreateActionDto): Promise<ActionRecord> {
    const plan = await this.plans.find(actor, dto.planId);
    assertPlanOpen(plan);
    return this.tx.transaction(async (em) => {
      const findings = await this.changes.improvementItems(em, plan, dto.findingIds ?? []);
      await this.changes.assertPlacement(em, plan.municipalityId, dto.ownerId ?? null, dto.departmentId ?? null);
      await this.changes.assertKnownCodes(em, plan, dto.questionCodes);
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
      const saved = await this.repository.save(em, action);
      await this.repository.link(
        em,
        saved.id,
        findings.map((f) => f.id),
      );
      return (await this.toRecords([saved], em))[0];
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
      const saved = await this.changes.apply(em, actor, action, dto);
      return (await this.toRecords([saved], em))[0];
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

  /** Claims `version` for this write or answers 409 with the record as it is now. Returns the action to change. */
  async claimVersion(em: EntityManager, actor: AuthUser, id: number, version: number): Promise<Action> {
    const claimed = await this.repository.tryClaim(em, id, version);
    const action = await this.repository.byIdOrFail(em, id);
    if (!claimed) {
      const [current] = await this.toRecords([action], em);
      throw new ConflictException(
        `The action was changed by someone else (you read version ${version}, it is now version ${action.version}); reload and apply your change again`,
        // The name the edit-conflict dialog shows.
        { current, changedBy: await this.repository.lastEditor(em, id) },
      ).withCode('edit_conflict');
    }
    assertMayReport(actor, action);
    return action;
  }

  async remove(actor: AuthUser, id: number): Promise<ActionRecord> {
    const action = await this.find(actor, id);
    await this.assertPlanOpenFor(actor, action);
    const [record] = await this.toRecords([action]);
    await this.tx.write(() => this.repository.remove(action));
    return record;
  }
}

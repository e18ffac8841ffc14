import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '@kompass/shared';
import { ConflictException, NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { addDays } from '../common/dates';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { TransactionRunner } from '../database/transaction-runner';
import type { Action } from './action.entity';
import { ActionChanges, assertPlanOpen } from './action-changes';
import { areasOf } from './action-record';
import { assertMayEditFields, assertMayReport } from './action-rules';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { newAction } from './new-action';
import type { BulkUpdateActionsDto } from './dto/bulk-update-actions.dto';
import type { UpdateActionDto } from './dto/update-action.dto';

const BULK_FIELDS = ['ownerId', 'departmentId', 'deadline', 'priority', 'status'] as const;

/** What a batch may change on one action (null clears owner or department). */
export type BulkChange = Partial<Pick<UpdateActionDto, (typeof BULK_FIELDS)[number]>>;
/** One action of a batch: the version read and its own change. */
export interface BatchItem {
  id: number;
  version: number;
  change: BulkChange;
}

/** Changes to many actions at once: the bulk toolbar, the Excel import and drafting actions from improvement items. */
@Injectable()
export class ActionBatchService {
  constructor(
    private readonly actions: ActionsService,
    private readonly repository: ActionsRepository,
    private readonly changes: ActionChanges,
    private readonly plans: ActionPlansService,
    private readonly tx: TransactionRunner,
  ) {}

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
    const found = await this.repository.inTenant(actor, ids);
    const missing = ids.filter((id) => !found.some((a) => a.id === id));
    if (missing.length) throw new NotFoundException('Actions', missing.join(', '));
    for (const action of found) assertMayReport(actor, action);
    for (const planId of new Set(found.map((a) => a.planId)))
      await this.actions.assertPlanOpenFor(
        actor,
        found.find((a) => a.planId === planId)!,
      );
    return this.tx.transaction(async (em) => {
      const stale: number[] = [];
      for (const item of items) if (!(await this.repository.tryClaim(em, item.id, item.version))) stale.push(item.id);
      if (stale.length) {
        const current = await this.actions.toRecords(await this.repository.byIds(em, stale), em);
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
        await this.changes.assertPlacement(em, municipalityId, ownerId, departmentId);
      const saved: Action[] = [];
      for (const item of items)
        saved.push(
          await this.changes.apply(
            em,
            actor,
            await this.repository.byIdOrFail(em, item.id),
            { version: 0, comment, ...item.change },
            false,
          ),
        );
      return this.actions.toRecords(saved, em);
    });
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
      const findings = await this.changes.improvementItems(em, plan, dto.findingIds);
      await this.changes.assertPlacement(em, plan.municipalityId, dto.ownerId ?? null, dto.departmentId ?? null);
      const answered = new Set(
        await this.repository.answeredInPlan(
          em,
          planId,
          findings.map((f) => f.id),
        ),
      );
      const deadline = dto.deadline ?? addDays(plan.plannedReEvaluationDate, -30);
      const created: Action[] = [];
      for (const finding of findings.filter((f) => !answered.has(f.id))) {
        const action = await this.repository.save(
          em,
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
        await this.repository.link(em, action.id, [finding.id]);
        created.push(action);
      }
      return { created: await this.actions.toRecords(created, em), skippedFindingIds: [...answered] };
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FindingKind, isPlanClosed } from '@kompass/shared';
import { UnprocessableException } from '../common/errors/domain.exception';
import type { AuthUser } from '../auth/auth-user';
import type { ActionPlan } from '../action-plans/action-plan.entity';
import type { Finding } from '../evaluations/finding.entity';
import { FrameworksService } from '../frameworks/frameworks.service';
import type { Action } from './action.entity';
import { areasOf, findingCodesOf, resolveQuestionCodes } from './action-record';
import { ActionsRepository } from './actions.repository';
import { recordProgress } from './progress-report';
import type { UpdateActionDto } from './dto/update-action.dto';

/**
 * The rules a change to an action passes, inside the caller's transaction: its improvement items and codes,
 * its owner and department, and the fields themselves. Shared by the single edit and the batch edits.
 */
@Injectable()
export class ActionChanges {
  constructor(
    private readonly repository: ActionsRepository,
    private readonly frameworks: FrameworksService,
  ) {}

  /** Applies a change to an action whose version is claimed, recording a status/progress change as a progress report. */
  async apply(
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
    return this.repository.save(em, action);
  }

  /** The given findings, each an improvement item of the plan's baseline evaluation (422 naming the others). */
  async improvementItems(em: EntityManager, plan: ActionPlan, ids: number[]): Promise<Finding[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const findings = await this.repository.findingsIn(em, unique);
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
    const plan = await this.repository.planOf(em, action);
    let findings: Finding[] | undefined;
    if (dto.findingIds !== undefined) {
      findings = await this.improvementItems(em, plan, dto.findingIds);
      await this.repository.unlinkAll(em, [action.id]);
      await this.repository.link(
        em,
        action.id,
        findings.map((f) => f.id),
      );
    } else {
      const ids = await this.repository.linkedFindingIds(em, action.id);
      findings = ids.length ? await this.repository.findingsIn(em, ids) : [];
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
  async assertKnownCodes(em: EntityManager, plan: ActionPlan, codes: string[] | null | undefined): Promise<void> {
    if (!codes?.length) return;
    const frameworkId = await this.repository.frameworkIdOf(em, plan.baselineEvaluationId);
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
  async followFindings(em: EntityManager, actionIds: number[], exceptFindingId?: number): Promise<void> {
    if (!actionIds.length) return;
    for (const action of await this.repository.followingFindings(em, actionIds)) {
      const ids = (await this.repository.linkedFindingIds(em, action.id)).filter((id) => id !== exceptFindingId);
      const findings = await this.repository.findingsByIds(em, ids);
      const questionCodes = findingCodesOf(findings);
      const areas = areasOf(
        questionCodes,
        findings.map((f) => f.area),
      );
      if (JSON.stringify([questionCodes, areas]) !== JSON.stringify([action.questionCodes, action.areas]))
        await this.repository.update(em, action.id, { questionCodes, areas });
    }
  }

  /** The owner must be an active user and the department a department of the action's municipality (422). */
  async assertPlacement(
    em: EntityManager,
    municipalityId: number,
    ownerId: number | null,
    departmentId: number | null,
  ): Promise<void> {
    const details: { field: string; message: string }[] = [];
    if (ownerId !== null) {
      const owner = await this.repository.userById(em, ownerId);
      if (!owner || owner.municipalityId !== municipalityId || !owner.active)
        details.push({ field: 'ownerId', message: `user ${ownerId} is not an active user of this municipality` });
    }
    if (departmentId !== null) {
      const department = await this.repository.departmentById(em, departmentId);
      if (!department || department.municipalityId !== municipalityId)
        details.push({
          field: 'departmentId',
          message: `department ${departmentId} is not a department of this municipality`,
        });
    }
    if (details.length) throw new UnprocessableException(details.map((d) => d.message).join('; '), details);
  }
}

/** New actions go only into an open plan (422 `plan_closed`). */
export function assertPlanOpen(plan: ActionPlan): void {
  if (isPlanClosed(plan))
    throw new UnprocessableException('The plan is closed; reopen it to add actions', [
      { field: 'planId', message: 'plan is closed' },
    ]).withCode('plan_closed');
}

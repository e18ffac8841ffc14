import { Injectable } from '@nestjs/common';
import { PlanStatus, type CarryOverResult, type CrosswalkDefinition } from '@kompass/shared';
import { UnprocessableException } from '../common/errors/domain.exception';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { CrosswalksService } from '../frameworks/crosswalks.service';
import { ActionsRepository } from './actions.repository';
import { TransactionRunner } from '../database/transaction-runner';

/**
 * Moves a closed plan's open actions into the plan made on its re-evaluation, in one transaction. The actions
 * keep their id, so their progress reports and audit trail come along; each move is audited. Their sub-questions
 * and areas are translated through the crosswalk when the new plan is on another revision (codes the crosswalk
 * does not map are dropped), and their links to the old evaluation's improvement items are removed, since those
 * items belong to the old round and would place the actions on the old revision's areas.
 */
@Injectable()
export class CarryOverService {
  constructor(
    private readonly plans: ActionPlansService,
    private readonly evaluations: EvaluationsService,
    private readonly crosswalks: CrosswalksService,
    private readonly repository: ActionsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async carryOver(actor: AuthUser, fromPlanId: number, toPlanId: number): Promise<CarryOverResult> {
    const from = await this.plans.find(actor, fromPlanId);
    const to = await this.plans.find(actor, toPlanId);
    const reasons: { field: string; message: string }[] = [];
    if (from.followUpEvaluationId === null)
      reasons.push({
        field: 'id',
        message: `plan ${from.id} has no linked re-evaluation; link it (which closes the plan) first`,
      });
    else if (to.baselineEvaluationId !== from.followUpEvaluationId)
      reasons.push({
        field: 'toPlanId',
        message: `plan ${to.id} is not made on plan ${from.id}'s re-evaluation (evaluation ${from.followUpEvaluationId})`,
      });
    if (to.id === from.id) reasons.push({ field: 'toPlanId', message: 'is the plan itself' });
    if (to.status !== PlanStatus.Active) reasons.push({ field: 'toPlanId', message: `plan ${to.id} is closed` });
    if (reasons.length)
      throw new UnprocessableException(
        `The open actions cannot be carried over: ${reasons.map((r) => r.message).join('; ')}`,
        reasons,
      );

    const [oldBaseline, newBaseline] = await Promise.all([
      this.evaluations.byId(from.baselineEvaluationId),
      this.evaluations.byId(to.baselineEvaluationId),
    ]);
    let crosswalk: CrosswalkDefinition | null = null;
    if (oldBaseline.frameworkId !== newBaseline.frameworkId) {
      crosswalk = await this.crosswalks.between(oldBaseline.frameworkId, newBaseline.frameworkId);
      if (!crosswalk)
        throw new UnprocessableException(
          'The new plan is on another revision of Kommunkompassen and no crosswalk maps the old one onto it',
          [{ field: 'toPlanId', message: 'no crosswalk from the old plan’s revision to the new plan’s' }],
        );
    }

    const actionIds = await this.tx.transaction(async (em) => {
      const open = await this.repository.openOfPlan(em, from.id);
      if (!open.length) return [];
      await this.repository.unlinkAll(
        em,
        open.map((a) => a.id),
      );
      for (const action of open) {
        action.planId = to.id;
        if (crosswalk) {
          action.questionCodes = translateCodes(action.questionCodes ?? [], crosswalk);
          action.areas = translateAreas(action.areas ?? [], crosswalk);
        }
        // A client holding the old version must reload: the action changed plan under it.
        action.version += 1;
        await this.repository.save(em, action);
      }
      return open.map((a) => a.id);
    });
    return { fromPlanId: from.id, toPlanId: to.id, actionIds };
  }
}

export function translateAreas(areas: number[], crosswalk: CrosswalkDefinition): number[] {
  const targetsOf = new Map(crosswalk.areas.map((link) => [link.from, link.to]));
  return [...new Set(areas.flatMap((n) => targetsOf.get(n) ?? []))].sort((a, b) => a - b);
}

export function translateCodes(codes: string[], crosswalk: CrosswalkDefinition): string[] {
  const targetsOf = new Map((crosswalk.questions ?? []).map((link) => [link.from, link.to]));
  return [...new Set(codes.flatMap((code) => targetsOf.get(code) ?? []))];
}

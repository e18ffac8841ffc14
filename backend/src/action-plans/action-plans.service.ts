import { Injectable } from '@nestjs/common';
import { PlanStatus, type ActionPlanRecord } from '@kompass/shared';
import { NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { ListPage, listPage, RawListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { foundInTenant } from '../auth/tenant';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { CrosswalksService } from '../frameworks/crosswalks.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import type { Evaluation } from '../evaluations/evaluation.entity';
import type { ActionPlan } from './action-plan.entity';
import { ActionPlansRepository, PLAN_LIST_SPEC } from './action-plans.repository';
import { CreateActionPlanDto } from './dto/create-action-plan.dto';
import { UpdateActionPlanDto } from './dto/update-action-plan.dto';
import { TransactionRunner } from '../database/transaction-runner';

export function toPlanRecord(p: ActionPlan): ActionPlanRecord {
  return {
    id: p.id,
    municipalityId: p.municipalityId,
    baselineEvaluationId: p.baselineEvaluationId,
    followUpEvaluationId: p.followUpEvaluationId,
    nextFrameworkId: p.nextFrameworkId ?? null,
    title: p.title,
    description: p.description,
    plannedReEvaluationDate: p.plannedReEvaluationDate,
    status: p.status,
    closedAt: p.closedAt ? p.closedAt.toISOString() : null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

@Injectable()
export class ActionPlansService {
  constructor(
    private readonly plans: ActionPlansRepository,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly crosswalks: CrosswalksService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<ActionPlanRecord>> {
    return (await listPage(raw, PLAN_LIST_SPEC, (query) => this.plans.page(actor, query))).map(toPlanRecord);
  }

  async get(actor: AuthUser, id: number): Promise<ActionPlanRecord> {
    return toPlanRecord(await this.find(actor, id));
  }

  /** The plan as stored; 404 when missing or in another municipality. */
  async find(actor: AuthUser, id: number): Promise<ActionPlan> {
    return foundInTenant(actor, await this.plans.byId(id), 'Action plan', id);
  }

  async create(actor: AuthUser, dto: CreateActionPlanDto): Promise<ActionPlanRecord> {
    const baseline = await this.evaluations.find(actor, dto.baselineEvaluationId);
    if (dto.plannedReEvaluationDate <= baseline.evaluatedAt)
      throw new UnprocessableException('The re-evaluation must be planned after the baseline evaluation', [
        { field: 'plannedReEvaluationDate', message: `must be after ${baseline.evaluatedAt}` },
      ]);
    const plan = await this.tx.write(() =>
      this.plans.save(
        this.plans.create({
          municipalityId: baseline.municipalityId,
          baselineEvaluationId: baseline.id,
          followUpEvaluationId: null,
          title: dto.title,
          description: dto.description ?? null,
          plannedReEvaluationDate: dto.plannedReEvaluationDate,
          status: PlanStatus.Active,
          closedAt: null,
        }),
      ),
    );
    return toPlanRecord(plan);
  }

  async update(actor: AuthUser, id: number, dto: UpdateActionPlanDto): Promise<ActionPlanRecord> {
    const plan = await this.find(actor, id);
    if (dto.followUpEvaluationId !== undefined && dto.followUpEvaluationId !== plan.followUpEvaluationId) {
      if (dto.followUpEvaluationId === null) {
        plan.followUpEvaluationId = null;
      } else {
        const followUp = await this.evaluations.find(actor, dto.followUpEvaluationId);
        await this.assertComparable(plan, followUp);
        plan.followUpEvaluationId = followUp.id;
        plan.status = PlanStatus.Closed;
        plan.closedAt = new Date();
      }
    }
    if (dto.status !== undefined && dto.status !== plan.status) {
      if (dto.status === PlanStatus.Active && plan.followUpEvaluationId !== null && dto.followUpEvaluationId !== null)
        throw new UnprocessableException(
          'A plan with a linked re-evaluation stays closed; unlink the re-evaluation first',
          [{ field: 'status', message: 'the re-evaluation is linked' }],
        ).withCode('plan_closed');
      plan.status = dto.status;
      plan.closedAt = dto.status === PlanStatus.Closed ? new Date() : null;
    }
    if (dto.nextFrameworkId !== undefined) {
      if (dto.nextFrameworkId !== null)
        await this.frameworks.get(dto.nextFrameworkId).catch((error: unknown) => {
          if (!(error instanceof NotFoundException)) throw error;
          throw new UnprocessableException(`Framework ${dto.nextFrameworkId} does not exist`, [
            { field: 'nextFrameworkId', message: 'is no framework' },
          ]);
        });
      plan.nextFrameworkId = dto.nextFrameworkId;
    }
    if (dto.title !== undefined) plan.title = dto.title;
    if (dto.description !== undefined) plan.description = dto.description ?? null;
    if (dto.plannedReEvaluationDate !== undefined) {
      const baseline = await this.evaluations.byId(plan.baselineEvaluationId);
      if (dto.plannedReEvaluationDate <= baseline.evaluatedAt)
        throw new UnprocessableException('The re-evaluation must be planned after the baseline evaluation', [
          { field: 'plannedReEvaluationDate', message: `must be after ${baseline.evaluatedAt}` },
        ]);
      plan.plannedReEvaluationDate = dto.plannedReEvaluationDate;
    }
    return toPlanRecord(await this.tx.write(() => this.plans.save(plan)));
  }

  async remove(actor: AuthUser, id: number): Promise<ActionPlanRecord> {
    const plan = await this.find(actor, id);
    const record = toPlanRecord(plan);
    await this.tx.write(() => this.plans.remove(plan));
    return record;
  }

  /**
   * SKR: only evaluations of one municipality on the same revision of the model compare, and time runs forward.
   * A re-evaluation on another revision links when a crosswalk maps the baseline's revision onto it; the report
   * then compares area by area with SKR's caveat.
   */
  private async assertComparable(plan: ActionPlan, followUp: Evaluation): Promise<void> {
    const baseline = await this.evaluations.byId(plan.baselineEvaluationId);
    const reasons: { field: string; message: string }[] = [];
    if (followUp.id === baseline.id)
      reasons.push({ field: 'followUpEvaluationId', message: 'is the baseline evaluation itself' });
    if (followUp.municipalityId !== plan.municipalityId)
      reasons.push({ field: 'followUpEvaluationId', message: 'belongs to another municipality' });
    if (
      followUp.frameworkId !== baseline.frameworkId &&
      !(await this.crosswalks.between(baseline.frameworkId, followUp.frameworkId))
    ) {
      const [from, to] = await Promise.all([
        this.frameworks.definition(baseline.frameworkId),
        this.frameworks.definition(followUp.frameworkId),
      ]);
      reasons.push({
        field: 'followUpEvaluationId',
        message: `was made on another version of Kommunkompassen (${to.code}, the baseline on ${from.code}) and there is no crosswalk from ${from.code} to ${to.code}; only evaluations on the same revision compare without one (an admin adds it under PUT /api/frameworks/${from.id}/crosswalks/${to.id})`,
      });
    }
    if (followUp.evaluatedAt <= baseline.evaluatedAt)
      reasons.push({
        field: 'followUpEvaluationId',
        message: `must be later than the baseline (${baseline.evaluatedAt})`,
      });
    if (reasons.length)
      throw new UnprocessableException(
        `The evaluation cannot be linked as the re-evaluation: ${reasons.map((r) => r.message).join('; ')}`,
        reasons,
      ).withCode('follow_up_cannot_link');
  }
}

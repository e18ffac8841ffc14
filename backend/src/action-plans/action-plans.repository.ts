import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PlanStatus } from '@kompass/shared';
import { applyListQuery, enumFilter, intFilter, ListSpec, textSearchFilter, type ListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import { entityOf, PreparedRead, selectAll } from '../database/prepared-read';
import { ActionPlan } from './action-plan.entity';

export const PLAN_LIST_SPEC: ListSpec = {
  filters: {
    id: intFilter(),
    municipalityId: intFilter(),
    baselineEvaluationId: intFilter(),
    followUpEvaluationId: intFilter(),
    status: enumFilter(Object.values(PlanStatus)),
    q: textSearchFilter('title'),
  },
  sortable: ['id', 'title', 'plannedReEvaluationDate', 'status', 'createdAt', 'updatedAt'],
  defaultSort: ['createdAt', 'DESC'],
};

/** Every query on `action_plan`: the service decides, this reads and writes. */
@Injectable()
export class ActionPlansRepository {
  /** Every write to an action reads its plan first: one statement, prepared once (see PreparedRead). */
  private readonly planById: PreparedRead<ActionPlan>;

  constructor(@InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>) {
    this.planById = new PreparedRead(plans, (p) => selectAll(plans, 'p').where(`p.id = ${p(0)}`), entityOf(plans));
  }

  /** The prepared statements' texts, for the SQL snapshots. */
  statements(): Record<string, string> {
    return { planById: this.planById.sql() };
  }

  /** One page of the actor's plans and the count of all that match. */
  page(actor: AuthUser, query: ListQuery): Promise<[ActionPlan[], number]> {
    const qb = scopeToTenant(this.plans.createQueryBuilder('p'), 'p', actor);
    return applyListQuery(qb, 'p', query, PLAN_LIST_SPEC).getManyAndCount();
  }

  async byId(id: number): Promise<ActionPlan | null> {
    return (await this.planById.run([id]))[0] ?? null;
  }

  create(fields: Partial<ActionPlan>): ActionPlan {
    return this.plans.create(fields);
  }

  save(plan: ActionPlan): Promise<ActionPlan> {
    return this.plans.save(plan);
  }

  remove(plan: ActionPlan): Promise<ActionPlan> {
    return this.plans.remove(plan);
  }
}

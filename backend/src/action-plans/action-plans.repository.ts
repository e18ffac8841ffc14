import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PlanStatus } from '@kompass/shared';
import { applyListQuery, enumFilter, intFilter, ListSpec, textSearchFilter, type ListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
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
  constructor(@InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>) {}

  /** One page of the actor's plans and the count of all that match. */
  page(actor: AuthUser, query: ListQuery): Promise<[ActionPlan[], number]> {
    const qb = scopeToTenant(this.plans.createQueryBuilder('p'), 'p', actor);
    return applyListQuery(qb, 'p', query, PLAN_LIST_SPEC).getManyAndCount();
  }

  byId(id: number): Promise<ActionPlan | null> {
    return this.plans.findOneBy({ id });
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

import { Injectable } from '@nestjs/common';
import type { PlanReadiness } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { daysBetween, todayIn } from '../common/dates';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { describeEvaluation } from './comparison';
import { PlanActionsLoader } from './plan-actions.loader';
import { buildReadiness } from './readiness';

@Injectable()
export class ReadinessService {
  constructor(
    private readonly plans: ActionPlansService,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly planActions: PlanActionsLoader,
    private readonly config: AppConfig,
  ) {}

  /** Days count in Swedish calendar days (the configured time zone), like deadlines do. */
  async readiness(actor: AuthUser, planId: number, now = new Date()): Promise<PlanReadiness> {
    const plan = await this.plans.find(actor, planId);
    const baseline = await this.evaluations.byId(plan.baselineEvaluationId);
    const framework = await this.frameworks.definition(baseline.frameworkId);
    const [sheets, { actions, findingIdsByAction }, improvementItems] = await Promise.all([
      this.evaluations.sheetsOf([baseline]),
      this.planActions.load(plan.id),
      this.planActions.improvementItems(baseline.id),
    ]);
    const sheet = sheets.get(baseline.id)!;
    const asOf = todayIn(this.config.timeZone, now);
    return buildReadiness({
      plan: { id: plan.id, title: plan.title, plannedReEvaluationDate: plan.plannedReEvaluationDate, followUpEvaluationId: plan.followUpEvaluationId },
      asOf,
      daysToReEvaluation: daysBetween(asOf, plan.plannedReEvaluationDate),
      baseline: describeEvaluation({ evaluation: baseline, frameworkCode: framework.code, sheet }),
      framework,
      sheet,
      actions,
      findingIdsByAction,
      improvementItems,
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { PlanReadiness } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { daysBetween, todayIn } from '../common/dates';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { CrosswalksService } from '../frameworks/crosswalks.service';
import { buildNextRevision } from './next-revision';
import { describeEvaluation } from './comparison';
import { PlanActionsLoader } from './plan-actions.loader';
import { buildReadiness } from './readiness';
import { PlanInsightsService } from './plan-insights.service';

@Injectable()
export class ReadinessService {
  constructor(
    private readonly plans: ActionPlansService,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly crosswalks: CrosswalksService,
    private readonly planActions: PlanActionsLoader,
    private readonly insights: PlanInsightsService,
    private readonly config: AppConfig,
  ) {}

  /** Days count in Swedish calendar days (the configured time zone), like deadlines do. */
  async readiness(actor: AuthUser, planId: number, now = new Date()): Promise<PlanReadiness> {
    const plan = await this.plans.find(actor, planId);
    const baseline = await this.evaluations.byId(plan.baselineEvaluationId);
    const framework = await this.frameworks.definition(baseline.frameworkId);
    const asOf = todayIn(this.config.timeZone, now);
    const [sheets, { actions, findingIdsByAction }, improvementItems, judgementOf] = await Promise.all([
      this.evaluations.sheetsOf([baseline]),
      this.planActions.load(plan.id),
      this.planActions.improvementItems(baseline.id),
      this.insights.judgements(plan.id, asOf),
    ]);
    const sheet = sheets.get(baseline.id)!;
    const readiness = buildReadiness({
      plan: {
        id: plan.id,
        title: plan.title,
        plannedReEvaluationDate: plan.plannedReEvaluationDate,
        followUpEvaluationId: plan.followUpEvaluationId,
      },
      asOf,
      daysToReEvaluation: daysBetween(asOf, plan.plannedReEvaluationDate),
      baseline: describeEvaluation({ evaluation: baseline, frameworkCode: framework.code, sheet }),
      framework,
      sheet,
      actions,
      findingIdsByAction,
      improvementItems,
      judgementOf,
    });
    // The next round on another revision: the same work grouped by that revision's areas, through the crosswalk.
    const nextId = plan.nextFrameworkId ?? (await this.crosswalks.newestFrameworkId());
    const crosswalk =
      nextId !== null && nextId !== baseline.frameworkId
        ? await this.crosswalks.between(baseline.frameworkId, nextId)
        : null;
    if (nextId === null || !crosswalk) return readiness;
    const next = await this.frameworks.definition(nextId);
    return {
      ...readiness,
      nextRevision: buildNextRevision({
        baselineFramework: framework,
        next,
        crosswalk,
        sheet,
        actions,
        findingIdsByAction,
        improvementItems,
      }),
    };
  }
}

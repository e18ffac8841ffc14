import { Injectable } from '@nestjs/common';
import { ACTION_STATUSES, isActiveStatus, isOpenStatus, type PlanSummary } from '@kompass/shared';
import { daysBetween } from '../common/dates';
import { AppConfig } from '../config/app-config';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { progressOf } from './action-progress';
import { PlanActionReads } from './plan-action-reads.repository';
import { ActionsService } from './actions.service';
import { PlanReadCache } from '../read-cache/plan-read-cache.service';

/** "1.10" after "1.9"; one collator, as building one per comparison is what localeCompare with options does. */
const CODE_ORDER = new Intl.Collator('sv', { numeric: true });

/** Where a plan stands: progress overall and per area, overdue work, next deadlines, and what has no action yet. */
@Injectable()
export class PlanSummaryService {
  constructor(
    private readonly reads: PlanActionReads,
    private readonly plans: ActionPlansService,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly actionsService: ActionsService,
    private readonly cache: PlanReadCache,
    private readonly config: AppConfig,
  ) {}

  /** The summary's JSON for the API, cached per plan and day (see PlanReadCache) after the actor's access check. */
  async summaryJson(actor: AuthUser, planId: number): Promise<string> {
    await this.plans.find(actor, planId);
    const today = this.actionsService.today();
    return this.cache.json('summary', planId, today, () => this.summary(actor, planId, today));
  }

  async summary(actor: AuthUser, planId: number, today = this.actionsService.today()): Promise<PlanSummary> {
    const plan = await this.plans.find(actor, planId);
    const [baseline, actions, improvements, answered] = await Promise.all([
      this.evaluations.byId(plan.baselineEvaluationId),
      this.reads.countedOfPlan(planId),
      this.reads.improvementsById(plan.baselineEvaluationId),
      this.reads.answeredOfPlan(planId).then((ids) => new Set(ids)),
    ]);
    const framework = await this.frameworks.definition(baseline.frameworkId);
    const coveredCodes = new Set(actions.filter((a) => isActiveStatus(a.status)).flatMap((a) => a.questionCodes));
    const questionText = new Map(framework.areas.flatMap((a) => a.questions.map((q) => [q.code, q.text] as const)));
    const uncovered = new Map<string, number[]>();
    for (const finding of improvements)
      for (const code of finding.questionCodes)
        if (!coveredCodes.has(code)) uncovered.set(code, [...(uncovered.get(code) ?? []), finding.id]);

    const byStatus = {} as PlanSummary['byStatus'];
    for (const status of ACTION_STATUSES) byStatus[status] = 0;
    for (const action of actions) byStatus[action.status] += 1;
    return {
      planId,
      asOf: today,
      daysToReEvaluation: daysBetween(today, plan.plannedReEvaluationDate),
      total: progressOf(actions, today, this.config.timeZone),
      byStatus,
      areas: framework.areas.map((area) => ({
        area: area.number,
        name: area.name,
        ...progressOf(
          actions.filter((a) => a.areas.includes(area.number)),
          today,
          this.config.timeZone,
        ),
      })),
      nextDeadlines: actions
        .filter((a) => isOpenStatus(a.status) && a.deadline >= today)
        .slice(0, 5)
        .map((a) => ({ id: a.id, title: a.title, deadline: a.deadline, status: a.status, ownerId: a.ownerId })),
      uncoveredQuestions: [...uncovered.entries()]
        .sort(([a], [b]) => CODE_ORDER.compare(a, b))
        .map(([code, findingIds]) => ({ code, text: questionText.get(code) ?? code, findingIds })),
      unansweredFindingIds: improvements.filter((f) => !answered.has(f.id)).map((f) => f.id),
    };
  }
}

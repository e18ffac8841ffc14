import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ACTION_STATUSES, ActionStatus, FindingKind, type AreaProgress, type PlanSummary } from '@kompass/shared';
import { daysBetween } from '../common/dates';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { Finding } from '../findings/finding.entity';
import { Action } from './action.entity';
import { ActionFinding } from './action-finding.entity';
import { isOverdue } from './action-record';
import { ActionsService } from './actions.service';

const COUNTED = ['id', 'title', 'status', 'progress', 'deadline', 'ownerId', 'areas', 'questionCodes'] as const;
type Counted = Pick<Action, (typeof COUNTED)[number]>;

function progressOf(actions: Counted[], today: string): Omit<AreaProgress, 'area' | 'name'> {
  const active = actions.filter((a) => a.status !== ActionStatus.Cancelled);
  const done = active.filter((a) => a.status === ActionStatus.Done).length;
  return {
    actions: actions.length,
    active: active.length,
    done,
    doneShare: active.length ? done / active.length : null,
    meanProgress: active.length ? Math.round(active.reduce((s, a) => s + a.progress, 0) / active.length) : null,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
  };
}

/** Where a plan stands: progress overall and per area, overdue work, next deadlines, and what has no action yet. */
@Injectable()
export class PlanSummaryService {
  constructor(
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    @InjectRepository(ActionFinding) private readonly links: Repository<ActionFinding>,
    private readonly plans: ActionPlansService,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly actionsService: ActionsService,
  ) {}

  async summary(actor: AuthUser, planId: number): Promise<PlanSummary> {
    const plan = await this.plans.find(actor, planId);
    const baseline = await this.evaluations.byId(plan.baselineEvaluationId);
    const framework = await this.frameworks.definition(baseline.frameworkId);
    const today = this.actionsService.today();
    const [actions, improvements, answered] = await Promise.all([
      this.planActions(planId),
      this.findings.find({ where: { evaluationId: baseline.id, kind: FindingKind.Improvement }, select: { id: true, area: true, questionCodes: true } }),
      this.answeredFindingIds(planId),
    ]);
    const coveredCodes = new Set(actions.filter((a) => a.status !== ActionStatus.Cancelled).flatMap((a) => a.questionCodes));
    const questionText = new Map(framework.areas.flatMap((a) => a.questions.map((q) => [q.code, q.text] as const)));
    const uncovered = new Map<string, number[]>();
    for (const finding of improvements)
      for (const code of finding.questionCodes)
        if (!coveredCodes.has(code)) uncovered.set(code, [...(uncovered.get(code) ?? []), finding.id]);

    const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, actions.filter((a) => a.status === s).length])) as PlanSummary['byStatus'];
    return {
      planId,
      asOf: today,
      daysToReEvaluation: daysBetween(today, plan.plannedReEvaluationDate),
      total: progressOf(actions, today),
      byStatus,
      areas: framework.areas.map((area) => ({
        area: area.number,
        name: area.name,
        ...progressOf(actions.filter((a) => a.areas.includes(area.number)), today),
      })),
      nextDeadlines: actions
        .filter((a) => a.status !== ActionStatus.Done && a.status !== ActionStatus.Cancelled && a.deadline >= today)
        .slice(0, 5)
        .map((a) => ({ id: a.id, title: a.title, deadline: a.deadline, status: a.status, ownerId: a.ownerId })),
      uncoveredQuestions: [...uncovered.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'sv', { numeric: true }))
        .map(([code, findingIds]) => ({ code, text: questionText.get(code) ?? code, findingIds })),
      unansweredFindingIds: improvements.filter((f) => !answered.has(f.id)).map((f) => f.id),
    };
  }

  /**
   * The plan's actions as plain rows: a plan has hundreds, and building entities for them cost more than the
   * query. Values still go through the driver's own conversion (dates, JSON), so both dialects read the same.
   */
  private async planActions(planId: number): Promise<Counted[]> {
    const columns = COUNTED.map((name) => this.actions.metadata.findColumnWithPropertyName(name)!);
    const qb = this.actions.createQueryBuilder('a').select([]);
    for (const column of columns) qb.addSelect(`a.${column.propertyName}`, column.propertyName);
    const rows = await qb.where('a.planId = :planId', { planId }).orderBy('a.deadline', 'ASC').addOrderBy('a.id', 'ASC').getRawMany<Record<string, unknown>>();
    const driver = this.actions.manager.connection.driver;
    return rows.map((row) => {
      const action = {} as Record<string, unknown>;
      for (const column of columns) action[column.propertyName] = row[column.propertyName] === null ? null : driver.prepareHydratedValue(row[column.propertyName], column);
      return action as unknown as Counted;
    });
  }

  /** Improvement items answered by an action of the plan: a join, rather than a parameter per action. */
  private async answeredFindingIds(planId: number): Promise<Set<number>> {
    const rows = await this.links
      .createQueryBuilder('af')
      .select('af.findingId', 'findingId')
      .distinct(true)
      .innerJoin(Action, 'a', 'a.id = af.actionId')
      .where('a.planId = :planId', { planId })
      .getRawMany<{ findingId: number | string }>();
    return new Set(rows.map((r) => Number(r.findingId)));
  }
}

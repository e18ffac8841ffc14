import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { DepartmentRollUp, Judgement, PlanDepartments, PlanTrends } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { todayIn } from '../common/dates';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { judgedOf, progressOf, type Counted } from '../actions/action-progress';
import { PlanActionReads, type Rolled } from '../actions/plan-action-reads.repository';
import type { AuditEvent } from '../audit/audit-event.entity';
import { Department } from '../departments/department.entity';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { buildTrends } from './trends';

const NAME_ORDER = new Intl.Collator('sv');

/**
 * Leadership's views of a plan over time and across the organisation: the weekly burn-up and the roll-up per
 * department (förvaltning). Both count with the plan summary's rules (`actions/action-progress.ts`).
 */
@Injectable()
export class PlanInsightsService {
  constructor(
    private readonly reads: PlanActionReads,
    @InjectRepository(Department) private readonly departmentRows: Repository<Department>,
    private readonly plans: ActionPlansService,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly config: AppConfig,
  ) {}

  today(now = new Date()): string {
    return todayIn(this.config.timeZone, now);
  }

  private rows(planId: number): Promise<Rolled[]> {
    return this.reads.rolledOfPlan(planId);
  }

  /** Each action's judgement for roll-ups (the worse of the owner's and Kompass's), by id. */
  async judgements(planId: number, today = this.today()): Promise<Map<number, Judgement | null>> {
    return new Map((await this.rows(planId)).map((a) => [a.id, judgedOf(a, today, this.config.timeZone)]));
  }

  async trends(actor: AuthUser, planId: number, now = new Date()): Promise<PlanTrends> {
    const plan = await this.plans.find(actor, planId);
    const baseline = await this.evaluations.byId(plan.baselineEvaluationId);
    const [framework, actions, events] = await Promise.all([
      this.frameworks.definition(baseline.frameworkId),
      this.rows(planId),
      this.auditedUpdates(planId),
    ]);
    const zone = this.config.timeZone;
    return buildTrends({
      planId,
      today: this.today(now),
      timeZone: zone,
      firstDay: todayIn(zone, plan.createdAt),
      areas: framework.areas.map((a) => ({ area: a.number, name: a.name })),
      actions: actions.map((a) => ({
        id: a.id,
        planId: a.planId,
        status: a.status,
        progress: a.progress,
        deadline: a.deadline,
        startDate: a.startDate,
        judgement: a.judgement,
        areas: a.areas ?? [],
        createdAt: a.createdAt.toISOString(),
        createdDay: todayIn(zone, a.createdAt),
        lastProgressAt: a.lastProgressAt.toISOString(),
      })),
      events: events.map((e) => ({
        actionId: e.entityId,
        day: todayIn(zone, e.createdAt),
        before: e.before ?? {},
      })),
    });
  }

  private auditedUpdates(planId: number): Promise<Pick<AuditEvent, 'entityId' | 'before' | 'createdAt'>[]> {
    return this.reads.auditedUpdatesOfPlan(planId);
  }

  /**
   * Per department: the summary's counts and judgements, and the latest progress report. The caller's own
   * department comes first, then the others by name, and the actions without a department last.
   */
  async departments(actor: AuthUser, planId: number, now = new Date()): Promise<PlanDepartments> {
    const plan = await this.plans.find(actor, planId);
    const today = this.today(now);
    const [actions, departments, reports] = await Promise.all([
      this.rows(planId),
      this.departmentRows.find({ where: { municipalityId: plan.municipalityId }, select: { id: true, name: true } }),
      this.reads.updateTimesOfPlan(planId),
    ]);
    const departmentOf = new Map(actions.map((a) => [a.id, a.departmentId]));
    const lastReport = new Map<number | null, Date>();
    for (const r of reports) {
      const key = departmentOf.get(r.actionId) ?? null;
      const seen = lastReport.get(key);
      if (!seen || r.createdAt > seen) lastReport.set(key, r.createdAt);
    }
    // Every department of the municipality, with or without actions in this plan.
    const groups = new Map<number | null, Counted[]>(departments.map((d) => [d.id, []]));
    for (const a of actions)
      (groups.get(a.departmentId) ?? groups.set(a.departmentId, []).get(a.departmentId)!).push(a);
    const nameOf = new Map(departments.map((d) => [d.id, d.name]));
    const rows: DepartmentRollUp[] = [...groups.entries()].map(([departmentId, group]) => ({
      departmentId,
      name: departmentId === null ? null : (nameOf.get(departmentId) ?? null),
      own: departmentId !== null && departmentId === actor.departmentId,
      ...progressOf(group, today, this.config.timeZone),
      lastReportAt: lastReport.get(departmentId)?.toISOString() ?? null,
    }));
    const rank = (r: DepartmentRollUp) => (r.own ? 0 : r.departmentId === null ? 2 : 1);
    rows.sort((a, b) => rank(a) - rank(b) || NAME_ORDER.compare(a.name ?? '', b.name ?? ''));
    return { planId, asOf: today, departments: rows };
  }
}

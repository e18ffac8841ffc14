import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  ActionStatus,
  PUBLIC_DATA_SCHEMA_VERSION,
  PUBLIC_LICENCES,
  type PublicAction,
  type PublicEvaluation,
  type PublicPageData,
  type PublicPlan,
} from '@kompass/shared';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Action } from '../actions/action.entity';
import { Department } from '../departments/department.entity';
import { hydrator, selectColumns } from '../database/prepared-read';
import { Evaluation } from '../evaluations/evaluation.entity';
import { EvaluationsService } from '../evaluations/evaluations.service';
import type { ScoreSheet } from '../evaluations/evaluation-scores';
import { Municipality } from '../municipalities/municipality.entity';
import { ActionPublication } from './action-publication.entity';
import { PlanPublication } from './plan-publication.entity';
import { PublicProfile } from './public-profile.entity';

const CODE_ORDER = new Intl.Collator('sv', { numeric: true });
/** Only these columns of an action are read: nothing else of it can reach the page. */
const ACTION_COLUMNS = [
  'id',
  'title',
  'status',
  'areas',
  'questionCodes',
  'deadline',
  'departmentId',
  'updatedAt',
] as const;
const latest = (dates: (Date | null | undefined)[]) =>
  new Date(Math.max(0, ...dates.map((d) => (d ? d.getTime() : 0)))).toISOString();

/**
 * Reads what a municipality shows residents. The whitelist lives here: only the fields copied below ever leave
 * the database for the public page, so no owner, e-mail, description or progress comment can reach it.
 */
@Injectable()
export class PublicPageReader {
  constructor(
    @InjectRepository(PublicProfile) private readonly profiles: Repository<PublicProfile>,
    @InjectRepository(PlanPublication) private readonly publications: Repository<PlanPublication>,
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionPublication) private readonly actionPublications: Repository<ActionPublication>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Evaluation) private readonly evaluationRows: Repository<Evaluation>,
    private readonly evaluations: EvaluationsService,
  ) {
    this.actionRow = hydrator(actions, ACTION_COLUMNS);
  }

  private readonly actionRow: (raw: Record<string, unknown>) => Pick<Action, (typeof ACTION_COLUMNS)[number]>;

  /**
   * The page of a municipality: its published plans, plus `previewPlanId` as if it were published (the
   * coordinator's preview). Null when the code is unknown or nothing would be shown.
   */
  async read(municipality: Municipality, previewPlanId?: number): Promise<PublicPageData | null> {
    const [profile, published] = await Promise.all([
      this.profiles.findOneBy({ municipalityId: municipality.id }),
      this.publications.findBy({ municipalityId: municipality.id, published: true }),
    ]);
    const planIds = new Set(published.map((p) => p.planId));
    if (previewPlanId !== undefined) planIds.add(previewPlanId);
    if (!planIds.size) return null;
    const plans = (await this.plans.findBy([...planIds].map((id) => ({ id, municipalityId: municipality.id })))).sort(
      (a, b) => b.plannedReEvaluationDate.localeCompare(a.plannedReEvaluationDate) || b.id - a.id,
    );
    if (!plans.length) return null;
    const publicationOf = new Map(published.map((p) => [p.planId, p]));
    if (previewPlanId !== undefined && !publicationOf.has(previewPlanId)) {
      const own = await this.publications.findOneBy({ planId: previewPlanId });
      publicationOf.set(
        previewPlanId,
        own ??
          Object.assign(new PlanPublication(), {
            planId: previewPlanId,
            actionsPublishedByDefault: true,
            publishedAt: null,
          }),
      );
    }
    const evaluationIds = [
      ...new Set(plans.flatMap((p) => [p.baselineEvaluationId, p.followUpEvaluationId ?? []].flat())),
    ];
    const evaluationRows = await this.evaluationRows.findBy(evaluationIds.map((id) => ({ id })));
    const sheets = await this.evaluations.sheetsOf(evaluationRows);
    const evaluation = (id: number | null): PublicEvaluation | null => {
      const row = evaluationRows.find((e) => e.id === id);
      return row ? toPublicEvaluation(row, sheets.get(row.id)!) : null;
    };
    const showDepartments = profile?.showDepartments ?? false;
    const result: PublicPlan[] = [];
    for (const plan of plans) {
      const publication = publicationOf.get(plan.id)!;
      const actions = await this.publicActions(plan.id, publication.actionsPublishedByDefault, showDepartments);
      const count = (...statuses: ActionStatus[]) => actions.filter((a) => statuses.includes(a.status)).length;
      result.push({
        id: plan.id,
        title: plan.title,
        status: plan.status,
        plannedReEvaluationDate: plan.plannedReEvaluationDate,
        publishedAt: publication.publishedAt ? publication.publishedAt.toISOString() : null,
        updatedAt: latest([plan.updatedAt, publication.updatedAt, ...actions.map((a) => new Date(a.updatedAt))]),
        baseline: evaluation(plan.baselineEvaluationId)!,
        followUp: evaluation(plan.followUpEvaluationId),
        progress: {
          actions: actions.length,
          done: count(ActionStatus.Done),
          inProgress: count(ActionStatus.InProgress, ActionStatus.Blocked),
          notStarted: count(ActionStatus.NotStarted),
          cancelled: count(ActionStatus.Cancelled),
        },
        actions,
      });
    }
    const licence = profile?.licence && profile.licence in PUBLIC_LICENCES ? profile.licence : 'CC0-1.0';
    return {
      schemaVersion: PUBLIC_DATA_SCHEMA_VERSION,
      licence: { id: licence, ...PUBLIC_LICENCES[licence] },
      municipality: { code: municipality.code, name: municipality.name, logoUrl: profile?.logoUrl ?? null },
      updatedAt: latest([municipality.updatedAt, profile?.updatedAt, ...result.map((p) => new Date(p.updatedAt))]),
      plans: result,
    };
  }

  private async publicActions(planId: number, byDefault: boolean, showDepartments: boolean): Promise<PublicAction[]> {
    const [rows, choices] = await Promise.all([
      selectColumns(this.actions, 'a', ACTION_COLUMNS)
        .where('a.planId = :planId', { planId })
        .orderBy('a.deadline', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getRawMany()
        .then((raw) => raw.map(this.actionRow)),
      this.actionPublications.findBy({ planId }),
    ]);
    const choiceOf = new Map(choices.map((c) => [c.actionId, c]));
    const visible = rows.filter((a) => choiceOf.get(a.id)?.published ?? byDefault);
    const departmentIds = showDepartments
      ? [...new Set(visible.map((a) => a.departmentId).filter((id): id is number => id !== null))]
      : [];
    const departments = new Map(
      (departmentIds.length ? await this.departments.findBy({ id: In(departmentIds) }) : []).map((d) => [d.id, d.name]),
    );
    return visible.map((a) => {
      const choice = choiceOf.get(a.id);
      return {
        id: a.id,
        title: a.title,
        status: a.status,
        areas: [...a.areas].sort((x, y) => x - y),
        questionCodes: [...a.questionCodes].sort(CODE_ORDER.compare),
        plannedDate: a.deadline,
        summary: choice?.publicSummary?.trim() || null,
        department: a.departmentId !== null ? (departments.get(a.departmentId) ?? null) : null,
        updatedAt: latest([a.updatedAt, choice?.updatedAt]),
      };
    });
  }
}

function toPublicEvaluation(evaluation: Evaluation, sheet: ScoreSheet): PublicEvaluation {
  return {
    label: evaluation.label,
    evaluatedAt: evaluation.evaluatedAt,
    totalAchieved: sheet.totalAchieved,
    totalMax: sheet.totalMax,
    areas: sheet.areas.map((a) => ({
      area: a.area,
      name: a.name,
      maxPoints: a.maxPoints,
      achieved: a.achieved,
      percent: a.percent,
    })),
  };
}

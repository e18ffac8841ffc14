import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EvaluationComparison, FrameworkDefinition, ReevaluationReport } from '@kompass/shared';
import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  UnprocessableException,
} from '../common/errors/domain.exception';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { Evaluation } from '../evaluations/evaluation.entity';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { CrosswalksService } from '../frameworks/crosswalks.service';
import { compareAcrossRevisions } from './crosswalk-comparison';
import { Municipality } from '../municipalities/municipality.entity';
import { compareSheets } from './comparison';
import { PlanActionsLoader } from './plan-actions.loader';
import { attachActions, buildInsights, countActions } from './report-actions';
import { entityOf, PreparedRead, selectAll } from '../database/prepared-read';
import { PlanReadCache } from '../read-cache/plan-read-cache.service';
import { AppConfig } from '../config/app-config';
import { todayIn } from '../common/dates';

/** The report's own reads: the two evaluations and the municipality's name (exported for the SQL snapshots). */
export function reportReads(municipalities: Repository<Municipality>, evaluationRows: Repository<Evaluation>) {
  return {
    evaluationPairRows: new PreparedRead(
      evaluationRows,
      (p) => selectAll(evaluationRows, 'e').where(`e.id IN (${p(0)}, ${p(1)})`),
      entityOf(evaluationRows),
    ),
    municipalityNames: new PreparedRead(
      municipalities,
      (p) =>
        municipalities
          .createQueryBuilder('m')
          .select('m.name', 'name')
          .where(`m.id = ${p(0)}`),
      (raw) => String(raw.name),
    ),
  };
}

/** The re-evaluation report of a plan, and the plain comparison of any two evaluations of one municipality. */
@Injectable()
export class ReportService {
  /** Read on every report: see PreparedRead. */
  private readonly evaluationPairRows: PreparedRead<Evaluation>;
  private readonly municipalityNames: PreparedRead<string>;

  constructor(
    private readonly plans: ActionPlansService,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly crosswalks: CrosswalksService,
    private readonly planActions: PlanActionsLoader,
    private readonly cache: PlanReadCache,
    private readonly config: AppConfig,
    @InjectRepository(Municipality) municipalities: Repository<Municipality>,
    @InjectRepository(Evaluation) evaluationRows: Repository<Evaluation>,
  ) {
    const reads = reportReads(municipalities, evaluationRows);
    this.evaluationPairRows = reads.evaluationPairRows;
    this.municipalityNames = reads.municipalityNames;
  }

  /**
   * The report's JSON for the API, cached per plan (see PlanReadCache) after the actor's access check. Its
   * `generatedAt` is when it was computed: a cached answer is unchanged since then, since any write that feeds it
   * drops it. Kompass's judgement of each action depends on the date, so the entry is kept per day.
   */
  async reportJson(actor: AuthUser, planId: number): Promise<string> {
    await this.plans.find(actor, planId);
    return this.cache.json('report', planId, todayIn(this.config.timeZone), () => this.report(actor, planId));
  }

  /**
   * 409 until the re-evaluation is linked: the plan is fine, it is just not ready to be reported on, and
   * the message tells the reader what to do rather than handing leadership a report of empty columns.
   * After the plan (and its tenant check) everything is read at once: the evaluations with their scores,
   * the actions with their links, and the municipality's name.
   */
  async report(actor: AuthUser, planId: number, now = new Date()): Promise<ReevaluationReport> {
    const plan = await this.plans.find(actor, planId);
    const followUpId = plan.followUpEvaluationId;
    if (followUpId === null)
      throw new ConflictException(
        `Action plan ${planId} has no linked re-evaluation yet: import it and link it with PUT /api/action-plans/${planId} {"followUpEvaluationId": …} first`,
      );
    const [{ comparison, framework }, { actions }, municipality] = await Promise.all([
      this.evaluationPair(plan.baselineEvaluationId, followUpId).then(([baseline, followUp]) =>
        this.compare(baseline, followUp),
      ),
      this.planActions.load(plan.id, todayIn(this.config.timeZone, now)),
      this.municipalityNames.run([plan.municipalityId]),
    ]);
    const placed = attachActions(comparison, framework, actions);
    return {
      ...comparison,
      plan: { id: plan.id, title: plan.title, plannedReEvaluationDate: plan.plannedReEvaluationDate },
      municipality: { id: plan.municipalityId, name: municipality[0] ?? '' },
      generatedAt: now.toISOString(),
      areas: placed.areas,
      questions: placed.questions,
      actions: placed.actions,
      actionCounts: countActions(actions),
      insights: buildInsights(comparison.level === 'question' ? placed.questions : placed.areas),
    };
  }

  /** The name of the plan's municipality, for the titles of briefings. */
  async municipalityName(actor: AuthUser, planId: number): Promise<string> {
    const plan = await this.plans.find(actor, planId);
    return (await this.municipalityNames.run([plan.municipalityId]))[0] ?? '';
  }

  /** `:id` is the later evaluation, `baseline` the one it is measured against (any two of one municipality). */
  async comparison(actor: AuthUser, id: number, baselineParam: unknown): Promise<EvaluationComparison> {
    const baselineId = parseBaselineParam(baselineParam);
    const followUp = await this.evaluations.find(actor, id);
    const baseline = await this.evaluations.find(actor, baselineId);
    const reasons: { field: string; message: string }[] = [];
    if (baseline.id === followUp.id) reasons.push({ field: 'baseline', message: 'is the evaluation itself' });
    if (baseline.municipalityId !== followUp.municipalityId)
      reasons.push({ field: 'baseline', message: 'belongs to another municipality' });
    if (reasons.length)
      throw new UnprocessableException(
        `The evaluations cannot be compared: ${reasons.map((r) => r.message).join('; ')}`,
        reasons,
      ).withCode('evaluations_not_comparable');
    return (await this.compare(baseline, followUp)).comparison;
  }

  /** A plan's two evaluations in one query; the plan's tenant check covers them (the plan references them). */
  private async evaluationPair(baselineId: number, followUpId: number): Promise<[Evaluation, Evaluation]> {
    const rows = await this.evaluationPairRows.run([baselineId, followUpId]);
    const byId = (id: number) => {
      const evaluation = rows.find((e) => e.id === id);
      if (!evaluation) throw new NotFoundException('Evaluation', id);
      return evaluation;
    };
    return [byId(baselineId), byId(followUpId)];
  }

  /**
   * SKR's rule: only evaluations on the same revision of the model compare directly; across revisions only
   * through a crosswalk, area by area and with the caveat. `framework` is the baseline's (actions are placed on it).
   */
  private async compare(
    baseline: Evaluation,
    followUp: Evaluation,
  ): Promise<{ comparison: EvaluationComparison; framework: FrameworkDefinition }> {
    if (baseline.frameworkId !== followUp.frameworkId) {
      const [a, b, crosswalk] = await Promise.all([
        this.frameworks.definition(baseline.frameworkId),
        this.frameworks.definition(followUp.frameworkId),
        this.crosswalks.between(baseline.frameworkId, followUp.frameworkId),
      ]);
      if (!crosswalk)
        throw new UnprocessableException(
          `The evaluations were made on different versions of Kommunkompassen (${a.code} and ${b.code}) and there is no crosswalk from ${a.code} to ${b.code}; only evaluations on the same revision compare without one`,
          [
            {
              field: 'baseline',
              message: `is on ${a.code}, the evaluation on ${b.code}, and no crosswalk maps ${a.code} onto ${b.code}`,
            },
          ],
        ).withCode('crosswalk_missing', { from: a.code, to: b.code });
      const sheets = await this.evaluations.sheetsOf([baseline, followUp]);
      const comparison = compareAcrossRevisions(
        { evaluation: baseline, frameworkCode: a.code, sheet: sheets.get(baseline.id)! },
        { evaluation: followUp, frameworkCode: b.code, sheet: sheets.get(followUp.id)! },
        crosswalk,
      );
      return { comparison, framework: a };
    }
    const [framework, sheets] = await Promise.all([
      this.frameworks.definition(baseline.frameworkId),
      this.evaluations.sheetsOf([baseline, followUp]),
    ]);
    const comparison = compareSheets(
      { evaluation: baseline, frameworkCode: framework.code, sheet: sheets.get(baseline.id)! },
      { evaluation: followUp, frameworkCode: framework.code, sheet: sheets.get(followUp.id)! },
    );
    return { comparison, framework };
  }
}

/** `?baseline=` is required and a positive id; anything else is a 400 naming it, never a database error. */
export function parseBaselineParam(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value) || Number(value) < 1)
    throw new BadRequestException(
      value === undefined
        ? 'Name the evaluation to compare with: ?baseline=<evaluation id>'
        : 'baseline must be a positive integer',
      [{ field: 'baseline', message: value === undefined ? 'is required' : 'must be a positive integer' }],
    );
  return Number(value);
}

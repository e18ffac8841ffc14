import { Injectable } from '@nestjs/common';
import {
  FindingKind,
  type ApiErrorDetail,
  type EvaluationRecord,
  type EvaluationSummary,
  type EvaluationWarning,
  type FrameworkDefinition,
} from '@kompass/shared';
import { NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { ListPage, listPage, RawListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { assertInTenant } from '../auth/tenant';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Evaluation } from './evaluation.entity';
import { EvaluationAreaTotal } from './evaluation-area-total.entity';
import { EvaluationScore } from './evaluation-score.entity';
import { EVALUATION_LIST_SPEC, EvaluationsRepository } from './evaluations.repository';
import { buildScoreSheet, ScoreSheet } from './evaluation-scores';
import { UpdateEvaluationDto } from './dto/update-evaluation.dto';
import { validateEvaluation } from './import/evaluation-validator';
import { toDateAndPrecision } from './evaluated-at';
import { TransactionRunner } from '../database/transaction-runner';

/** Warnings about the numbers themselves; recomputed after manual corrections. Others describe the source and stay. */
const SCORE_WARNING_CODES = new Set([
  'area-total-mismatch',
  'area-total-conflict',
  'percent-mismatch',
  'missing-question',
  'missing-area',
  'area-level-only',
]);

@Injectable()
export class EvaluationsService {
  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly frameworks: FrameworksService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<EvaluationSummary>> {
    const page = await listPage(raw, EVALUATION_LIST_SPEC, (query) => this.evaluations.page(actor, query));
    const sheets = await this.sheetsOf(page.data);
    return page.map((e) => this.toSummary(e, sheets.get(e.id)!));
  }

  async get(actor: AuthUser, id: number): Promise<EvaluationRecord> {
    return this.toRecord(await this.find(actor, id));
  }

  /** The evaluation as stored, for other domains (plans, reports); 404 outside the caller's municipality. */
  async find(actor: AuthUser, id: number): Promise<Evaluation> {
    const evaluation = await this.byId(id);
    assertInTenant(actor, evaluation.municipalityId, 'Evaluation', id);
    return evaluation;
  }

  /** For callers that already checked the tenant (e.g. a plan's own baseline). */
  async byId(id: number): Promise<Evaluation> {
    const evaluation = await this.evaluations.findById(id);
    if (!evaluation) throw new NotFoundException('Evaluation', id);
    return evaluation;
  }

  /** Scores by area with totals, for any set of evaluations, in three queries. */
  async sheetsOf(evaluations: Evaluation[]): Promise<Map<number, ScoreSheet>> {
    const [scores, totals] = await this.evaluations.scoresAndTotals(evaluations.map((e) => e.id));
    const sheets = new Map<number, ScoreSheet>();
    for (const evaluation of evaluations) {
      const framework = await this.frameworks.definition(evaluation.frameworkId);
      const own = scores.filter((s) => s.evaluationId === evaluation.id);
      const stated = new Map(
        totals.filter((t) => t.evaluationId === evaluation.id).map((t) => [t.area, t.statedTotal]),
      );
      sheets.set(
        evaluation.id,
        buildScoreSheet(
          framework,
          own.map((s) => ({ code: s.questionCode, achieved: s.achieved, statedPercent: s.statedPercent })),
          stated,
          evaluation.areaLevelOnly,
        ),
      );
    }
    return sheets;
  }

  async toRecord(evaluation: Evaluation): Promise<EvaluationRecord> {
    const sheet = (await this.sheetsOf([evaluation])).get(evaluation.id)!;
    const framework = await this.frameworks.definition(evaluation.frameworkId);
    const counts = await this.evaluations.findingCounts(evaluation.id);
    return {
      ...this.toSummary(evaluation, sheet),
      frameworkCode: framework.code,
      areas: sheet.areas,
      warnings: evaluation.warnings,
      source: evaluation.sourceChecksum
        ? {
            fileName: evaluation.sourceFileName,
            mediaType: evaluation.sourceMediaType ?? 'application/octet-stream',
            size: evaluation.sourceSize ?? 0,
            checksum: evaluation.sourceChecksum,
            format: evaluation.sourceFormat ?? 'report-text',
          }
        : null,
      findingCounts: { strength: counts[FindingKind.Strength], improvement: counts[FindingKind.Improvement] },
    };
  }

  async update(actor: AuthUser, id: number, dto: UpdateEvaluationDto): Promise<EvaluationRecord> {
    const evaluation = await this.find(actor, id);
    const framework = await this.frameworks.definition(evaluation.frameworkId);
    this.assertCorrections(framework, dto);
    await this.tx.transaction(async (em) => {
      const [scores, totals] = await this.evaluations.correct(em, id, dto.scores ?? [], dto.areaTotals ?? []);
      if (dto.label !== undefined) evaluation.label = dto.label;
      if (dto.evaluators !== undefined) evaluation.evaluators = dto.evaluators || null;
      if (dto.evaluatedAt) Object.assign(evaluation, toDateAndPrecision(dto.evaluatedAt));
      evaluation.areaLevelOnly = scores.length === 0 && totals.length > 0;
      evaluation.warnings = this.recomputeWarnings(evaluation.warnings, framework, scores, totals);
      await this.evaluations.save(em, evaluation);
    });
    return this.toRecord(evaluation);
  }

  /** Deleting cascades to scores and findings; refused with 409 while an action plan builds on it. */
  async remove(actor: AuthUser, id: number): Promise<EvaluationSummary> {
    const evaluation = await this.find(actor, id);
    const summary = this.toSummary(evaluation, (await this.sheetsOf([evaluation])).get(id)!);
    await this.tx.write(() => this.evaluations.remove(evaluation));
    return summary;
  }

  toSummary(e: Evaluation, sheet: ScoreSheet): EvaluationSummary {
    return {
      id: e.id,
      municipalityId: e.municipalityId,
      frameworkId: e.frameworkId,
      label: e.label,
      evaluatedAt: e.evaluatedAt,
      evaluatedAtPrecision: e.evaluatedAtPrecision,
      evaluators: e.evaluators,
      areaLevelOnly: e.areaLevelOnly,
      totalAchieved: sheet.totalAchieved,
      totalMax: sheet.totalMax,
      warningCount: e.warnings.length,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    };
  }

  private assertCorrections(framework: FrameworkDefinition, dto: UpdateEvaluationDto): void {
    const max = new Map(framework.areas.flatMap((a) => a.questions.map((q) => [q.code, q.maxPoints] as const)));
    const areaMax = new Map(framework.areas.map((a) => [a.number, a.maxPoints]));
    const details: ApiErrorDetail[] = [
      ...(dto.scores ?? []).flatMap(({ code, achieved }, i): ApiErrorDetail[] =>
        !max.has(code)
          ? [
              {
                field: `scores[${i}].code`,
                code: 'unknown_question',
                params: { codes: code },
                message: `${framework.code} has no sub-question ${code}`,
              },
            ]
          : achieved !== null && achieved !== undefined && achieved > max.get(code)!
            ? [
                {
                  field: `scores[${i}].achieved`,
                  code: 'import_achieved_over_max',
                  params: { code, found: achieved, max: max.get(code)! },
                  message: `${achieved} is more than the max ${max.get(code)} of ${code}`,
                },
              ]
            : [],
      ),
      ...(dto.areaTotals ?? []).flatMap(({ area, statedTotal }, i): ApiErrorDetail[] =>
        !areaMax.has(area)
          ? [
              {
                field: `areaTotals[${i}].area`,
                code: 'unknown_area',
                params: { area },
                message: `${framework.code} has no area ${area}`,
              },
            ]
          : statedTotal !== null && statedTotal !== undefined && statedTotal > areaMax.get(area)!
            ? [
                {
                  field: `areaTotals[${i}].statedTotal`,
                  code: 'import_area_total_out_of_range',
                  params: { area, found: statedTotal, max: areaMax.get(area)! },
                  message: `${statedTotal} is more than the area max ${areaMax.get(area)}`,
                },
              ]
            : [],
      ),
    ];
    if (details.length)
      throw new UnprocessableException(`The correction has ${details.length} problem(s)`, details).withCode(
        'unprocessable',
        { count: details.length },
      );
  }

  private recomputeWarnings(
    previous: EvaluationWarning[],
    framework: FrameworkDefinition,
    scores: EvaluationScore[],
    totals: EvaluationAreaTotal[],
  ): EvaluationWarning[] {
    const { warnings } = validateEvaluation(
      {
        format: 'report-text',
        scores: scores.map((s) => ({
          code: s.questionCode,
          achieved: s.achieved,
          statedPercent: s.statedPercent ?? undefined,
        })),
        areaTotals: totals.map((t) => ({ area: t.area, statedTotal: t.statedTotal })),
        findings: [],
      },
      framework,
    );
    return [...previous.filter((w) => !SCORE_WARNING_CODES.has(w.code)), ...warnings];
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DeepPartial, EntityManager, In, Repository } from 'typeorm';
import { FindingKind } from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import { applyListQuery, intFilter, type ListQuery, type ListSpec, textSearchFilter } from '../common/list';
import { Municipality } from '../municipalities/municipality.entity';
import { Evaluation } from './evaluation.entity';
import { EvaluationAreaTotal } from './evaluation-area-total.entity';
import { EvaluationScore } from './evaluation-score.entity';
import { Finding } from './finding.entity';

export const EVALUATION_LIST_SPEC: ListSpec = {
  filters: { id: intFilter(), municipalityId: intFilter(), frameworkId: intFilter(), q: textSearchFilter('label') },
  sortable: ['id', 'label', 'evaluatedAt', 'municipalityId', 'createdAt', 'updatedAt'],
  defaultSort: ['evaluatedAt', 'DESC'],
};

export type ScoreRow = Pick<EvaluationScore, 'questionCode' | 'area' | 'achieved' | 'statedPercent'>;
export type AreaTotalRow = Pick<EvaluationAreaTotal, 'area' | 'statedTotal'>;
export type FindingRow = Pick<
  Finding,
  'area' | 'kind' | 'text' | 'order' | 'questionCodes' | 'suggestedQuestionCodes' | 'municipalityId'
>;

const FINDING_BATCH = 100;

/** The SQL of evaluations with their scores, stated area totals and findings. */
@Injectable()
export class EvaluationsRepository {
  constructor(
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
    @InjectRepository(EvaluationScore) private readonly scores: Repository<EvaluationScore>,
    @InjectRepository(EvaluationAreaTotal) private readonly areaTotals: Repository<EvaluationAreaTotal>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
  ) {}

  /** A page of the actor's municipality's evaluations (every one for an admin). */
  page(actor: AuthUser, query: ListQuery): Promise<[Evaluation[], number]> {
    const qb = scopeToTenant(this.evaluations.createQueryBuilder('e'), 'e', actor);
    return applyListQuery(qb, 'e', query, EVALUATION_LIST_SPEC).getManyAndCount();
  }

  findById(id: number): Promise<Evaluation | null> {
    return this.evaluations.findOneBy({ id });
  }

  municipality(id: number): Promise<Municipality | null> {
    return this.municipalities.findOneBy({ id });
  }

  /** An evaluation of the municipality made from the same file, if any. */
  findBySource(municipalityId: number, checksum: string): Promise<Evaluation | null> {
    return this.evaluations.findOneBy({ municipalityId, sourceChecksum: checksum });
  }

  /** The scores and stated area totals of any set of evaluations, in two queries. */
  async scoresAndTotals(ids: number[]): Promise<[EvaluationScore[], EvaluationAreaTotal[]]> {
    if (!ids.length) return [[], []];
    return Promise.all([
      this.scores.findBy({ evaluationId: In(ids) }),
      this.areaTotals.findBy({ evaluationId: In(ids) }),
    ]);
  }

  /** How many findings of each kind the evaluation has. */
  async findingCounts(evaluationId: number): Promise<Record<FindingKind, number>> {
    const counts: { kind: FindingKind; count: string | number }[] = await this.findings
      .createQueryBuilder('f')
      .select('f.kind', 'kind')
      .addSelect('COUNT(f.id)', 'count')
      .where('f.evaluationId = :id', { id: evaluationId })
      .groupBy('f.kind')
      .getRawMany();
    const count = (kind: FindingKind) => Number(counts.find((c) => c.kind === kind)?.count ?? 0);
    return {
      [FindingKind.Strength]: count(FindingKind.Strength),
      [FindingKind.Improvement]: count(FindingKind.Improvement),
    };
  }

  /**
   * Replaces the named scores and stated totals (null removes one) in the caller's transaction, and gives what
   * the evaluation has afterwards.
   */
  async correct(
    em: EntityManager,
    evaluationId: number,
    scores: { code: string; achieved?: number | null }[],
    totals: { area: number; statedTotal?: number | null }[],
  ): Promise<[EvaluationScore[], EvaluationAreaTotal[]]> {
    for (const { code, achieved } of scores) {
      await em.delete(EvaluationScore, { evaluationId, questionCode: code });
      if (achieved !== null && achieved !== undefined)
        await em.insert(EvaluationScore, {
          evaluationId,
          questionCode: code,
          area: Number(code.split('.')[0]),
          achieved,
          statedPercent: null,
        });
    }
    for (const { area, statedTotal } of totals) {
      await em.delete(EvaluationAreaTotal, { evaluationId, area });
      if (statedTotal !== null && statedTotal !== undefined)
        await em.insert(EvaluationAreaTotal, { evaluationId, area, statedTotal });
    }
    return Promise.all([
      em.findBy(EvaluationScore, { evaluationId }),
      em.findBy(EvaluationAreaTotal, { evaluationId }),
    ]);
  }

  save(em: EntityManager, evaluation: Evaluation): Promise<Evaluation> {
    return em.save(evaluation);
  }

  remove(evaluation: Evaluation): Promise<Evaluation> {
    return this.evaluations.remove(evaluation);
  }

  /** An imported evaluation with its scores, stated totals and findings, in the caller's transaction. */
  async insertImported(
    em: EntityManager,
    evaluation: DeepPartial<Evaluation>,
    scores: ScoreRow[],
    totals: AreaTotalRow[],
    findings: FindingRow[],
  ): Promise<Evaluation> {
    const saved = await em.save(em.create(Evaluation, evaluation));
    const evaluationId = saved.id;
    if (scores.length)
      await em.insert(
        EvaluationScore,
        scores.map((s) => ({ ...s, evaluationId })),
      );
    if (totals.length)
      await em.insert(
        EvaluationAreaTotal,
        totals.map((t) => ({ ...t, evaluationId })),
      );
    for (let i = 0; i < findings.length; i += FINDING_BATCH)
      await em.save(
        Finding,
        findings.slice(i, i + FINDING_BATCH).map((f) => em.create(Finding, { ...f, evaluationId })),
      );
    return saved;
  }
}

import type {
  AreaDelta,
  ComparedEvaluation,
  ComparisonWarning,
  EvaluationComparison,
  QuestionDelta,
  ScoreDelta,
  ScoreVerdict,
} from '@kompass/shared';
import type { ScoreSheet } from '../evaluations/evaluation-scores';

/** What the comparison needs of an evaluation: its identity and its score sheet on a shared framework. */
export interface ComparedSide {
  evaluation: {
    id: number;
    label: string;
    evaluatedAt: string;
    evaluatedAtPrecision: 'month' | 'day';
    areaLevelOnly: boolean;
  };
  frameworkCode: string;
  sheet: ScoreSheet;
}

export function verdictOf(delta: number | null): ScoreVerdict | null {
  if (delta === null) return null;
  return delta > 0 ? 'improved' : delta < 0 ? 'declined' : 'unchanged';
}

export function scoreDelta(before: number | null, after: number | null, max: number): ScoreDelta {
  return { before, after, delta: before === null || after === null ? null : after - before, max };
}

export function describeEvaluation(side: ComparedSide): ComparedEvaluation {
  const { evaluation, sheet } = side;
  return {
    id: evaluation.id,
    label: evaluation.label,
    date: evaluation.evaluatedAt,
    datePrecision: evaluation.evaluatedAtPrecision,
    total: sheet.totalAchieved,
    max: sheet.totalMax,
    frameworkCode: side.frameworkCode,
    areaLevelOnly: evaluation.areaLevelOnly,
  };
}

/**
 * Compares two score sheets of one framework. Area totals are always the sums of the sub-questions (the
 * same numbers the evaluation pages show); a total a report printed differently stays beside it with a
 * warning, because leadership will hold the printed report in the other hand. When either evaluation has
 * area totals only, sub-questions cannot be compared, and the comparison says so with `level: 'area'`.
 */
export function compareSheets(baseline: ComparedSide, followUp: ComparedSide): EvaluationComparison {
  const level = baseline.evaluation.areaLevelOnly || followUp.evaluation.areaLevelOnly ? 'area' : 'question';
  const warnings: ComparisonWarning[] = [];
  if (followUp.evaluation.evaluatedAt < baseline.evaluation.evaluatedAt)
    warnings.push({
      code: 'reversed-order',
      message: `The baseline (${baseline.evaluation.evaluatedAt}) is later than the evaluation compared with it (${followUp.evaluation.evaluatedAt}); deltas read backwards in time`,
    });

  const areas: AreaDelta[] = baseline.sheet.areas.map((before, i) => {
    const after = followUp.sheet.areas[i];
    for (const [side, role] of [
      [baseline, 'baseline'],
      [followUp, 'followUp'],
    ] as const) {
      const area = side.sheet.areas[i];
      if (
        !side.evaluation.areaLevelOnly &&
        area.statedTotal !== null &&
        area.achieved !== null &&
        area.statedTotal !== area.achieved
      )
        warnings.push({
          code: 'area-total-mismatch',
          evaluation: role,
          area: area.area,
          stated: area.statedTotal,
          derived: area.achieved,
          message: `Area ${area.area} of "${side.evaluation.label}": the report states ${area.statedTotal} points but its sub-questions sum to ${area.achieved}; the comparison uses ${area.achieved}`,
        });
    }
    const delta = scoreDelta(before.achieved, after.achieved, before.maxPoints);
    return {
      area: before.area,
      name: before.name,
      ...delta,
      verdict: verdictOf(delta.delta),
      statedBefore: before.statedTotal,
      statedAfter: after.statedTotal,
    };
  });

  const questions: QuestionDelta[] =
    level === 'area'
      ? []
      : baseline.sheet.areas.flatMap((area, i) =>
          area.questions.map((q, j) => {
            const after = followUp.sheet.areas[i].questions[j];
            if ((q.achieved === null) !== (after.achieved === null)) {
              const missingIn = q.achieved === null ? baseline : followUp;
              warnings.push({
                code: 'missing-score',
                evaluation: q.achieved === null ? 'baseline' : 'followUp',
                area: area.area,
                questionCode: q.code,
                message: `Sub-question ${q.code} has no score in "${missingIn.evaluation.label}"; area ${area.area} sums the sub-questions each evaluation has`,
              });
            }
            const delta = scoreDelta(q.achieved, after.achieved, q.maxPoints);
            return { code: q.code, area: area.area, text: q.text, ...delta, verdict: verdictOf(delta.delta) };
          }),
        );

  return {
    level,
    baseline: describeEvaluation(baseline),
    followUp: describeEvaluation(followUp),
    total: scoreDelta(baseline.sheet.totalAchieved, followUp.sheet.totalAchieved, baseline.sheet.totalMax),
    areas,
    questions,
    warnings,
  };
}

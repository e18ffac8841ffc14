import {
  CROSSWALK_CAVEAT,
  type AreaDelta,
  type ComparisonWarning,
  type CrosswalkDefinition,
  type EvaluationComparison,
  type MappedArea,
  type QuestionDelta,
} from '@kompass/shared';
import { describeEvaluation, scoreDelta, verdictOf, type ComparedSide } from './comparison';

const sum = (values: (number | null)[]): number | null =>
  values.length === 0 || values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + v!, 0);

/** A mapped result on another scale, expressed on the baseline's: one decimal, as the report prints it. */
const rescale = (value: number, from: number, to: number) => Math.round(((value * to) / from) * 10) / 10;

/**
 * Compares evaluations on two revisions of the model through a crosswalk (`level: 'crosswalk'`). Every baseline
 * area stands against the follow-up area or areas it maps to: `after` is their sum, exact when their maxima add
 * up to the baseline area's (as in KK2016 → KK2020, 100 to 100), else rescaled to the baseline's maximum with a
 * warning. Sub-questions are compared only where the crosswalk maps them and both evaluations hold them.
 * SKR's rule stands, so the comparison always carries the caveat.
 */
export function compareAcrossRevisions(
  baseline: ComparedSide,
  followUp: ComparedSide,
  crosswalk: CrosswalkDefinition,
): EvaluationComparison {
  const warnings: ComparisonWarning[] = [
    {
      code: 'different-revisions',
      message: `${CROSSWALK_CAVEAT.en}: ${baseline.frameworkCode} compared with ${followUp.frameworkCode} through the crosswalk ${crosswalk.sourceCode} → ${crosswalk.targetCode}`,
    },
  ];
  if (followUp.evaluation.evaluatedAt < baseline.evaluation.evaluatedAt)
    warnings.push({
      code: 'reversed-order',
      message: `The baseline (${baseline.evaluation.evaluatedAt}) is later than the evaluation compared with it (${followUp.evaluation.evaluatedAt}); deltas read backwards in time`,
    });
  const followUpAreas = new Map(followUp.sheet.areas.map((a) => [a.area, a]));
  const targetsOf = new Map(crosswalk.areas.map((link) => [link.from, link.to]));

  const areas: AreaDelta[] = baseline.sheet.areas.map((before) => {
    const mappedTo: MappedArea[] = (targetsOf.get(before.area) ?? []).flatMap((n) => {
      const area = followUpAreas.get(n);
      return area ? [{ area: area.area, name: area.name, after: area.achieved, max: area.maxPoints }] : [];
    });
    const mappedMax = mappedTo.reduce((s, m) => s + m.max, 0);
    let after = sum(mappedTo.map((m) => m.after));
    if (after !== null && mappedMax !== before.maxPoints) {
      warnings.push({
        code: 'crosswalk-rescaled',
        area: before.area,
        message: `Area ${before.area} maps to areas of ${mappedMax} points in all; their ${after} points are shown on the baseline's scale of ${before.maxPoints}`,
      });
      after = rescale(after, mappedMax, before.maxPoints);
    }
    const delta = scoreDelta(before.achieved, after, before.maxPoints);
    return {
      area: before.area,
      name: before.name,
      ...delta,
      verdict: verdictOf(delta.delta),
      statedBefore: before.statedTotal,
      statedAfter: null,
      mappedTo,
    };
  });

  const bothHaveQuestions = !baseline.evaluation.areaLevelOnly && !followUp.evaluation.areaLevelOnly;
  const followUpQuestions = new Map(followUp.sheet.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const)));
  const questions: QuestionDelta[] = !bothHaveQuestions
    ? []
    : baseline.sheet.areas.flatMap((area) =>
        area.questions.flatMap((q) => {
          const link = crosswalk.questions?.find((l) => l.from === q.code);
          const targets = (link?.to ?? []).map((code) => followUpQuestions.get(code)).filter((t) => t !== undefined);
          if (!targets.length) return [];
          const targetMax = targets.reduce((s, t) => s + t.maxPoints, 0);
          const raw = sum(targets.map((t) => t.achieved));
          const after = raw === null || targetMax === q.maxPoints ? raw : rescale(raw, targetMax, q.maxPoints);
          const delta = scoreDelta(q.achieved, after, q.maxPoints);
          return [
            {
              code: q.code,
              area: area.area,
              text: `${q.text} → ${targets.map((t) => t.code).join(', ')}`,
              ...delta,
              verdict: verdictOf(delta.delta),
            },
          ];
        }),
      );

  return {
    level: 'crosswalk',
    baseline: describeEvaluation(baseline),
    followUp: describeEvaluation(followUp),
    total: scoreDelta(baseline.sheet.totalAchieved, followUp.sheet.totalAchieved, baseline.sheet.totalMax),
    areas,
    questions,
    warnings,
    caveat: CROSSWALK_CAVEAT.sv,
  };
}

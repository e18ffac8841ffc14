import type { AreaScore, FrameworkDefinition } from '@kompass/shared';

export interface ScoreInput {
  code: string;
  achieved: number;
  statedPercent?: number | null;
}

export interface ScoreSheet {
  areas: AreaScore[];
  totalAchieved: number | null;
  totalMax: number;
}

const percent = (achieved: number | null, max: number) =>
  achieved === null || max === 0 ? null : Math.round((achieved / max) * 100);

/**
 * Scores by area in catalogue order. An area's total is the sum of its sub-questions; the stated total
 * stays beside it. When the evaluation holds area totals only, the stated totals are the totals.
 */
export function buildScoreSheet(
  framework: FrameworkDefinition,
  scores: ScoreInput[],
  statedTotals: Map<number, number>,
  areaLevelOnly: boolean,
): ScoreSheet {
  const byCode = new Map(scores.map((s) => [s.code, s]));
  let totalAchieved: number | null = 0;
  let totalMax = 0;
  const areas = framework.areas.map((area): AreaScore => {
    const questions = area.questions.map((q) => {
      const score = byCode.get(q.code);
      const achieved = score ? score.achieved : null;
      return {
        code: q.code,
        text: q.text,
        maxPoints: q.maxPoints,
        achieved,
        percent: percent(achieved, q.maxPoints),
        statedPercent: score?.statedPercent ?? null,
      };
    });
    const scored = questions.filter((q) => q.achieved !== null);
    const statedTotal = statedTotals.get(area.number) ?? null;
    const achieved = areaLevelOnly
      ? statedTotal
      : scored.length
        ? scored.reduce((s, q) => s + (q.achieved ?? 0), 0)
        : null;
    totalAchieved = achieved === null || totalAchieved === null ? null : totalAchieved + achieved;
    totalMax += area.maxPoints;
    return {
      area: area.number,
      name: area.name,
      maxPoints: area.maxPoints,
      achieved,
      statedTotal,
      percent: percent(achieved, area.maxPoints),
      questions,
    };
  });
  return { areas, totalAchieved, totalMax };
}

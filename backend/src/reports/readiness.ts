import {
  isDoneStatus,
  Judgement,
  type ComparedEvaluation,
  type FrameworkDefinition,
  type PlanReadiness,
  type ReadinessArea,
  type ReadinessQuestion,
} from '@kompass/shared';
import type { ScoreSheet } from '../evaluations/evaluation-scores';
import { countActions, isActiveAction, placeAction, type PlanAction } from './report-actions';

export interface ReadinessInput {
  plan: PlanReadiness['plan'];
  asOf: string;
  daysToReEvaluation: number;
  baseline: ComparedEvaluation;
  framework: FrameworkDefinition;
  sheet: ScoreSheet;
  actions: PlanAction[];
  findingIdsByAction: Map<number, number[]>;
  improvementItems: { id: number; area: number; questionCodes: string[] }[];
  /** Each action's roll-up judgement (PlanInsightsService.judgements); without it no action counts as at risk */
  judgementOf?: Map<number, Judgement | null>;
}

/**
 * Before the next round leadership asks, per sub-question: where did we stand, what did we plan, what is
 * done, and which improvement items has nobody taken on. An item counts as answered when an uncancelled
 * action of this plan is linked to it; a sub-question lacks actions when it has items but no uncancelled
 * action works on its code (the same rule as the plan summary's uncovered questions).
 */
export function buildReadiness(input: ReadinessInput): PlanReadiness {
  const { framework, sheet, actions } = input;
  const active = actions.filter(isActiveAction);
  const placed = active.map((action) => ({ action, ...placeAction(action, framework) }));
  const answered = new Set(active.flatMap((a) => input.findingIdsByAction.get(a.id) ?? []));
  const scoreOf = new Map(sheet.areas.flatMap((a) => a.questions.map((q) => [q.code, q.achieved] as const)));
  const isDone = (a: PlanAction) => isDoneStatus(a.status);
  const isAtRisk = (a: PlanAction) => {
    const judged = input.judgementOf?.get(a.id);
    return judged === Judgement.AtRisk || judged === Judgement.OffTrack;
  };

  const questions = framework.areas.flatMap((area) =>
    area.questions.map((q): ReadinessQuestion => {
      const items = input.improvementItems.filter((f) => f.questionCodes.includes(q.code));
      const working = placed.filter((p) => p.codes.includes(q.code)).map((p) => p.action);
      const baseline = scoreOf.get(q.code) ?? null;
      return {
        code: q.code,
        area: area.number,
        text: q.text,
        max: q.maxPoints,
        baseline,
        improvementItems: items.length,
        unansweredItems: items.filter((f) => !answered.has(f.id)).length,
        actionsPlanned: working.length,
        actionsDone: working.filter(isDone).length,
        actionsAtRisk: working.filter(isAtRisk).length,
        lacksActions: items.length > 0 && working.length === 0,
        withoutActions: working.length === 0,
        pointsToGain: baseline === null ? null : q.maxPoints - baseline,
      };
    }),
  );

  const areas = framework.areas.map((area, i): ReadinessArea => {
    const items = input.improvementItems.filter((f) => f.area === area.number);
    const working = placed.filter((p) => p.areas.includes(area.number)).map((p) => p.action);
    return {
      area: area.number,
      name: area.name,
      max: area.maxPoints,
      baseline: sheet.areas[i]?.achieved ?? null,
      improvementItems: items.length,
      unansweredItems: items.filter((f) => !answered.has(f.id)).length,
      actionsPlanned: working.length,
      actionsDone: working.filter(isDone).length,
      questionsLackingActions: questions.filter((q) => q.area === area.number && q.lacksActions).length,
    };
  });

  return {
    plan: input.plan,
    asOf: input.asOf,
    daysToReEvaluation: input.daysToReEvaluation,
    baseline: input.baseline,
    actionCounts: countActions(actions),
    totals: {
      improvementItems: input.improvementItems.length,
      unansweredItems: input.improvementItems.filter((f) => !answered.has(f.id)).length,
      actionsPlanned: active.length,
      actionsDone: active.filter(isDone).length,
      questionsLackingActions: questions.filter((q) => q.lacksActions).length,
      questionsWithoutActions: questions.filter((q) => q.withoutActions).length,
    },
    areas,
    questions,
    // Where the next round has most to give; a stable sort keeps the catalogue order among equals.
    questionsWithoutActions: questions
      .filter((q) => q.withoutActions)
      .sort((a, b) => (b.pointsToGain ?? -1) - (a.pointsToGain ?? -1))
      .map((q) => q.code),
  };
}

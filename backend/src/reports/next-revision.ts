import {
  CROSSWALK_CAVEAT,
  isDoneStatus,
  type CrosswalkDefinition,
  type FrameworkDefinition,
  type NextRevisionReadiness,
} from '@kompass/shared';
import type { ScoreSheet } from '../evaluations/evaluation-scores';
import { isActiveAction, placeAction, type PlanAction } from './report-actions';

export interface NextRevisionInput {
  baselineFramework: FrameworkDefinition;
  next: FrameworkDefinition & { id: number };
  crosswalk: CrosswalkDefinition;
  sheet: ScoreSheet;
  actions: PlanAction[];
  findingIdsByAction: Map<number, number[]>;
  improvementItems: { id: number; area: number }[];
}

/**
 * Readiness in the terms the evaluators of the next round will use: the plan's actions and improvement items,
 * placed on the baseline's areas, carried through the crosswalk onto the next revision's areas. An action on
 * several baseline areas that map to one next area counts once there.
 */
export function buildNextRevision(input: NextRevisionInput): NextRevisionReadiness {
  const targetsOf = new Map(input.crosswalk.areas.map((link) => [link.from, link.to]));
  const mapAreas = (areas: number[]) => [...new Set(areas.flatMap((n) => targetsOf.get(n) ?? []))];
  const active = input.actions
    .filter(isActiveAction)
    .map((action) => ({ action, areas: mapAreas(placeAction(action, input.baselineFramework).areas) }));
  const answered = new Set(active.flatMap(({ action }) => input.findingIdsByAction.get(action.id) ?? []));
  const items = input.improvementItems.map((item) => ({ ...item, areas: mapAreas([item.area]) }));
  const achievedOf = new Map(input.sheet.areas.map((a) => [a.area, a.achieved]));
  return {
    frameworkId: input.next.id,
    frameworkCode: input.next.code,
    frameworkName: input.next.name,
    caveat: CROSSWALK_CAVEAT.sv,
    areas: input.next.areas.map((area) => {
      const fromAreas = input.crosswalk.areas.filter((link) => link.to.includes(area.number)).map((link) => link.from);
      const scores = fromAreas.map((n) => achievedOf.get(n) ?? null);
      const working = active.filter((p) => p.areas.includes(area.number)).map((p) => p.action);
      const own = items.filter((item) => item.areas.includes(area.number));
      return {
        area: area.number,
        name: area.name,
        max: area.maxPoints,
        fromAreas,
        baseline: scores.length && scores.every((s) => s !== null) ? scores.reduce<number>((s, v) => s + v, 0) : null,
        improvementItems: own.length,
        unansweredItems: own.filter((item) => !answered.has(item.id)).length,
        actionsPlanned: working.length,
        actionsDone: working.filter((a) => isDoneStatus(a.status)).length,
      };
    }),
  };
}

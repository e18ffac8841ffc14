import {
  ACTION_STATUSES,
  ActionStatus,
  isActiveStatus,
  type ActionCounts,
  type AreaDelta,
  type EvaluationComparison,
  type FrameworkDefinition,
  type Judgement,
  type QuestionDelta,
  type ReportAction,
  type ReportAreaDelta,
  type ReportInsight,
  type ReportInsights,
  type ReportQuestionDelta,
} from '@kompass/shared';

/** An action of the plan as the report needs it, with the improvement items it answers. */
export interface PlanAction {
  id: number;
  title: string;
  status: ActionStatus;
  progress: number;
  deadline: string;
  doneAt: Date | null;
  questionCodes: string[];
  findings: { area: number; questionCodes: string[] }[];
  /** The action's stored areas: what places an action carried over from another revision's plan */
  areas?: number[];
  /** The owner's latest judgement and Kompass's derived one */
  judgement?: Judgement | null;
  derivedJudgement?: Judgement | null;
}

/** Where an action belongs: its sub-questions, and the areas it concerns (through codes or findings). */
export interface ActionPlacement {
  codes: string[];
  areas: number[];
}

/**
 * A literal, not Object.fromEntries: V8 keeps that in dictionary mode, and the counts of ~50 rows are
 * incremented ~1,000 times per report (that alone was a third of placing the actions).
 */
const noActions = (): ActionCounts => ({
  [ActionStatus.NotStarted]: 0,
  [ActionStatus.InProgress]: 0,
  [ActionStatus.Blocked]: 0,
  [ActionStatus.Done]: 0,
  [ActionStatus.Cancelled]: 0,
});

export function countActions(actions: { status: ActionStatus }[]): ActionCounts {
  const counts = noActions();
  for (const a of actions) counts[a.status] += 1;
  return counts;
}

/** Each code's area and the area numbers of a framework, built once per definition (definitions are cached and never change). */
const frameworkIndexes = new WeakMap<FrameworkDefinition, { areaOf: Map<string, number>; areas: Set<number> }>();
function indexOf(framework: FrameworkDefinition): { areaOf: Map<string, number>; areas: Set<number> } {
  let index = frameworkIndexes.get(framework);
  if (!index) {
    index = {
      areaOf: new Map(framework.areas.flatMap((a) => a.questions.map((q) => [q.code, a.number] as const))),
      areas: new Set(framework.areas.map((a) => a.number)),
    };
    frameworkIndexes.set(framework, index);
  }
  return index;
}

/**
 * An action works on the sub-questions it holds (its improvement items' codes, or its override). Codes the
 * framework does not know are ignored (they cannot be scored). An action without any code but with findings
 * counts for the findings' areas only, since nothing says which sub-question it was meant to move.
 */
export function placeAction(action: PlanAction, framework: FrameworkDefinition): ActionPlacement {
  const known = indexOf(framework);
  // A handful of codes and areas per action: arrays with includes() beat building Sets ~300 times a report.
  const codes: string[] = [];
  const areas: number[] = [];
  const addArea = (n: number) => {
    if (known.areas.has(n) && !areas.includes(n)) areas.push(n);
  };
  const add = (code: string) => {
    const area = known.areaOf.get(code);
    if (area === undefined || codes.includes(code)) return;
    codes.push(code);
    addArea(area);
  };
  // The action's codes already are its items' codes unless it overrides them; the items' own codes would
  // list it again under a code the coordinator has since corrected.
  action.questionCodes.forEach(add);
  for (const finding of action.findings) addArea(finding.area);
  // Carried over through a crosswalk: no code or item of this round, only the areas it was translated to.
  if (codes.length === 0 && action.findings.length === 0) action.areas?.forEach(addArea);
  return { codes, areas: areas.sort((a, b) => a - b) };
}

const byDeadline = (a: PlanAction, b: PlanAction) =>
  a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.id - b.id;
/** Cancelled actions stay visible in the report but count neither as planned nor as done work (isActiveStatus). */
export const isActiveAction = (a: { status: ActionStatus }) => isActiveStatus(a.status);

/** Rows refer to actions by id, so each action is listed (and serialised) once however many rows it touches. */
interface Bucket {
  ids: number[];
  counts: ActionCounts;
}
const bucket = (): Bucket => ({ ids: [], counts: noActions() });

/** Joins the plan's actions to the compared areas and sub-questions, in one pass over the actions. */
export function attachActions(
  comparison: EvaluationComparison,
  framework: FrameworkDefinition,
  actions: PlanAction[],
): { areas: ReportAreaDelta[]; questions: ReportQuestionDelta[]; actions: ReportAction[] } {
  const byCode = new Map(comparison.questions.map((q) => [q.code, bucket()]));
  const byArea = new Map(comparison.areas.map((a) => [a.area, { all: bucket(), own: [] as number[] }]));
  const placed = [...actions].sort(byDeadline).map((action): ReportAction => {
    const { codes, areas } = placeAction(action, framework);
    for (const code of codes) {
      const row = byCode.get(code);
      if (row) {
        row.ids.push(action.id);
        row.counts[action.status] += 1;
      }
    }
    for (const number of areas) {
      const row = byArea.get(number);
      if (!row) continue;
      row.all.counts[action.status] += 1;
      // At area (and crosswalk) level there are no sub-question rows to hang actions on, so the area lists all of its own.
      if (comparison.level !== 'question' || codes.length === 0) row.own.push(action.id);
    }
    const doneAt = action.doneAt ? action.doneAt.toISOString() : null;
    // Loaded plans always carry both; hand-built action lists without them keep their shape.
    const judgements =
      action.derivedJudgement === undefined
        ? {}
        : { judgement: action.judgement ?? null, derivedJudgement: action.derivedJudgement };
    return {
      id: action.id,
      title: action.title,
      status: action.status,
      progress: action.progress,
      deadline: action.deadline,
      doneAt,
      questionCodes: codes,
      areas,
      ...judgements,
    };
  });
  return {
    areas: comparison.areas.map((area) => ({
      ...area,
      actionCounts: byArea.get(area.area)!.all.counts,
      areaActionIds: byArea.get(area.area)!.own,
    })),
    questions: comparison.questions.map((q) => ({
      ...q,
      actionIds: byCode.get(q.code)!.ids,
      actionCounts: byCode.get(q.code)!.counts,
    })),
    actions: placed,
  };
}

/** The report's actions by id, for renderers that list them under their rows. */
export function actionsById(report: { actions: ReportAction[] }): (ids: number[]) => ReportAction[] {
  const byId = new Map(report.actions.map((a) => [a.id, a]));
  return (ids) => ids.map((id) => byId.get(id)!);
}

type Scored = (QuestionDelta | AreaDelta) & { actionCounts: Record<ActionStatus, number> };

function insightOf(row: Scored): ReportInsight {
  const active = ACTION_STATUSES.filter(isActiveStatus).reduce((n, s) => n + row.actionCounts[s], 0);
  return {
    code: 'code' in row ? row.code : null,
    area: row.area,
    text: 'code' in row ? row.text : row.name,
    before: row.before,
    after: row.after,
    delta: row.delta ?? 0,
    max: row.max,
    actions: active,
    doneActions: row.actionCounts[ActionStatus.Done],
  };
}

/**
 * What leadership asks first: where scores rose and whether finished actions were behind it, where they
 * rose with work still under way, where they rose anyway, where finished work did not (yet) show, and what
 * fell. Every row that changed lands in exactly one of the rising or falling groups. At area level the areas
 * stand in for the sub-questions. Largest changes first; ties keep the catalogue order.
 */
export function buildInsights(rows: Scored[]): ReportInsights {
  const insights = rows.filter((r) => r.verdict !== null).map(insightOf);
  const improved = insights.filter((i) => i.delta > 0).sort((a, b) => b.delta - a.delta);
  return {
    improvedWithDoneActions: improved.filter((i) => i.doneActions > 0),
    improvedWithoutActions: improved.filter((i) => i.actions === 0),
    improvedWithPlannedActions: improved.filter((i) => i.actions > 0 && i.doneActions === 0),
    unchangedDespiteDoneActions: insights.filter((i) => i.delta === 0 && i.doneActions > 0),
    declined: insights.filter((i) => i.delta < 0).sort((a, b) => a.delta - b.delta),
  };
}

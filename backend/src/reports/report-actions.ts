import {
  ACTION_STATUSES,
  ActionStatus,
  type ActionCounts,
  type AreaDelta,
  type EvaluationComparison,
  type FrameworkDefinition,
  type QuestionDelta,
  type ReportAction,
  type ReportAreaDelta,
  type ReportInsight,
  type ReportInsights,
  type ReportPlanAction,
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
}

/** Where an action belongs: its sub-questions, and the areas it concerns (through codes or findings). */
export interface ActionPlacement {
  codes: string[];
  areas: number[];
}

export function countActions(actions: { status: ActionStatus }[]): ActionCounts {
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as ActionCounts;
  for (const a of actions) counts[a.status] += 1;
  return counts;
}

export function toReportAction(a: PlanAction): ReportAction {
  return { id: a.id, title: a.title, status: a.status, progress: a.progress, deadline: a.deadline, doneAt: a.doneAt ? a.doneAt.toISOString() : null };
}

/**
 * An action works on the sub-questions it names and on those of the improvement items it answers. Codes the
 * framework does not know are ignored (they cannot be scored). An action without any code but with findings
 * counts for the findings' areas only, since nothing says which sub-question it was meant to move.
 */
export function placeAction(action: PlanAction, framework: FrameworkDefinition): ActionPlacement {
  const known = new Set(framework.areas.flatMap((a) => a.questions.map((q) => q.code)));
  const areaNumbers = new Set(framework.areas.map((a) => a.number));
  const codes = [...new Set([...action.questionCodes, ...action.findings.flatMap((f) => f.questionCodes)])].filter((c) => known.has(c));
  const areas = new Set([...codes.map((c) => Number(c.split('.')[0])), ...action.findings.map((f) => f.area)]);
  return { codes, areas: [...areas].filter((n) => areaNumbers.has(n)).sort((a, b) => a - b) };
}

const byDeadline = (a: PlanAction, b: PlanAction) => a.deadline.localeCompare(b.deadline) || a.id - b.id;
/** Cancelled actions stay visible in the report but count neither as planned nor as done work. */
export const isActiveAction = (a: { status: ActionStatus }) => a.status !== ActionStatus.Cancelled;

/** Joins the plan's actions to the compared areas and sub-questions. */
export function attachActions(
  comparison: EvaluationComparison,
  framework: FrameworkDefinition,
  actions: PlanAction[],
): { areas: ReportAreaDelta[]; questions: ReportQuestionDelta[]; actions: ReportPlanAction[] } {
  const sorted = [...actions].sort(byDeadline);
  const placed = sorted.map((action) => ({ action, ...placeAction(action, framework) }));
  const areas = comparison.areas.map((area): ReportAreaDelta => {
    const concerning = placed.filter((p) => p.areas.includes(area.area));
    return {
      ...area,
      actionCounts: countActions(concerning.map((p) => p.action)),
      // At area level there are no sub-question rows to hang actions on, so the area lists all of its own.
      areaActions: concerning.filter((p) => comparison.level === 'area' || p.codes.length === 0).map((p) => toReportAction(p.action)),
    };
  });
  const questions = comparison.questions.map((q): ReportQuestionDelta => {
    const linked = placed.filter((p) => p.codes.includes(q.code)).map((p) => p.action);
    return { ...q, actions: linked.map(toReportAction), actionCounts: countActions(linked) };
  });
  return { areas, questions, actions: placed.map((p) => ({ ...toReportAction(p.action), questionCodes: p.codes, areas: p.areas })) };
}

type Scored = (QuestionDelta | AreaDelta) & { actionCounts: Record<ActionStatus, number> };

function insightOf(row: Scored): ReportInsight {
  const active = ACTION_STATUSES.filter((s) => isActiveAction({ status: s })).reduce((n, s) => n + row.actionCounts[s], 0);
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
 * rose anyway, where finished work did not (yet) show, and what fell. At area level the areas stand in for
 * the sub-questions. Largest changes first; ties keep the catalogue order.
 */
export function buildInsights(rows: Scored[]): ReportInsights {
  const insights = rows.filter((r) => r.verdict !== null).map(insightOf);
  const improved = insights.filter((i) => i.delta > 0).sort((a, b) => b.delta - a.delta);
  return {
    improvedWithDoneActions: improved.filter((i) => i.doneActions > 0),
    improvedWithoutActions: improved.filter((i) => i.actions === 0),
    unchangedDespiteDoneActions: insights.filter((i) => i.delta === 0 && i.doneActions > 0),
    declined: insights.filter((i) => i.delta < 0).sort((a, b) => a.delta - b.delta),
  };
}

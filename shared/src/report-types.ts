import type { ActionStatus } from './enums';
import type { MappedArea, NextRevisionReadiness } from './crosswalk-types';
import type { Judgement } from './judgement';

/** How a score moved between two evaluations; null when one side has no score to compare. */
export type ScoreVerdict = 'improved' | 'unchanged' | 'declined';

/**
 * `question` when both evaluations hold sub-question scores; `area` when one of them is a published
 * summary with area totals only, so only areas and the total can be compared; `crosswalk` when the two
 * evaluations are on different revisions of the model, compared area by area through a crosswalk.
 */
export type ComparisonLevel = 'question' | 'area' | 'crosswalk';

export interface ComparedEvaluation {
  id: number;
  label: string;
  /** YYYY-MM-DD (the first of the month when only the month is known) */
  date: string;
  datePrecision: 'month' | 'day';
  /** Sum of the area totals; null when an area has no score */
  total: number | null;
  max: number;
  frameworkCode: string;
  areaLevelOnly: boolean;
}

export interface ScoreDelta {
  before: number | null;
  after: number | null;
  /** after − before; null when either is missing */
  delta: number | null;
  max: number;
}

/** Count of actions per status (every status present, zero when none). */
export type ActionCounts = Record<ActionStatus, number>;

export interface AreaDelta extends ScoreDelta {
  area: number;
  name: string;
  verdict: ScoreVerdict | null;
  /** The total each report printed for the area, when it printed one (before/after are always the sums). */
  statedBefore: number | null;
  statedAfter: number | null;
  /** Crosswalk level only: the follow-up areas this baseline area maps to (`after` is their sum, `max` the baseline's) */
  mappedTo?: MappedArea[];
}

export interface QuestionDelta extends ScoreDelta {
  code: string;
  area: number;
  text: string;
  verdict: ScoreVerdict | null;
}

export interface ComparisonWarning {
  /** area-total-mismatch | missing-score | reversed-order */
  code: string;
  evaluation?: 'baseline' | 'followUp';
  area?: number;
  questionCode?: string;
  /** area-total-mismatch: the printed total and the sum of the sub-questions */
  stated?: number;
  derived?: number;
  message: string;
}

/** `GET /api/evaluations/:id/comparison?baseline=<id>`: two evaluations of one municipality, without actions. */
export interface EvaluationComparison {
  level: ComparisonLevel;
  baseline: ComparedEvaluation;
  followUp: ComparedEvaluation;
  total: ScoreDelta;
  areas: AreaDelta[];
  /** Empty at area level */
  questions: QuestionDelta[];
  warnings: ComparisonWarning[];
  /** Crosswalk level only: SKR's caveat in Swedish ("olika modellversioner: jämförelsen är vägledande") */
  caveat?: string;
}

/** An action of the plan, once per report; areas and sub-questions refer to it by id. */
export interface ReportAction {
  id: number;
  title: string;
  status: ActionStatus;
  progress: number;
  deadline: string;
  /** ISO timestamp */
  doneAt: string | null;
  /** The sub-questions it works on (its own and its improvement items'), those the framework knows */
  questionCodes: string[];
  /** The areas it concerns, through its sub-questions or findings */
  areas: number[];
  /** The owner's latest judgement and Kompass's own on the report's day */
  judgement?: Judgement | null;
  derivedJudgement?: Judgement | null;
}

export interface ReportAreaDelta extends AreaDelta {
  /** Every action of the plan that concerns the area (through its sub-questions or findings) */
  actionCounts: ActionCounts;
  /**
   * Ids (into `actions`, by deadline) of the actions that concern the area but name no sub-question (linked
   * through findings only); at area level, of every action that concerns the area
   */
  areaActionIds: number[];
}

export interface ReportQuestionDelta extends QuestionDelta {
  /** Ids (into `actions`, by deadline) of the actions working on the sub-question */
  actionIds: number[];
  actionCounts: ActionCounts;
}

/** One line of the insights: a sub-question (or, at area level, an area) and the actions behind it. */
export interface ReportInsight {
  /** null at area level */
  code: string | null;
  area: number;
  text: string;
  before: number | null;
  after: number | null;
  delta: number;
  max: number;
  /** actions that are not cancelled */
  actions: number;
  doneActions: number;
}

export interface ReportInsights {
  improvedWithDoneActions: ReportInsight[];
  /** improved although no (uncancelled) action of the plan worked on it */
  improvedWithoutActions: ReportInsight[];
  /** improved while its (uncancelled) actions are planned or under way but none is done yet */
  improvedWithPlannedActions: ReportInsight[];
  unchangedDespiteDoneActions: ReportInsight[];
  declined: ReportInsight[];
}

/** `GET /api/action-plans/:id/report`: the re-evaluation against the actions taken. */
export interface ReevaluationReport extends Omit<EvaluationComparison, 'areas' | 'questions'> {
  plan: { id: number; title: string; plannedReEvaluationDate: string };
  municipality: { id: number; name: string };
  /** ISO timestamp */
  generatedAt: string;
  areas: ReportAreaDelta[];
  questions: ReportQuestionDelta[];
  /** Every action of the plan, by deadline; actions with neither codes nor findings have empty placements */
  actions: ReportAction[];
  actionCounts: ActionCounts;
  insights: ReportInsights;
}

export interface ReadinessQuestion {
  code: string;
  area: number;
  text: string;
  max: number;
  /** The baseline score; null when the baseline has none (area-level evaluations) */
  baseline: number | null;
  /** Improvement items (förbättringsmöjligheter) of the baseline on this sub-question */
  improvementItems: number;
  /** Of those, items that no uncancelled action answers */
  unansweredItems: number;
  /** Actions that are not cancelled */
  actionsPlanned: number;
  actionsDone: number;
  /** Of the planned actions, those at risk or off track (the worse of the owner's judgement and Kompass's) */
  actionsAtRisk: number;
  /** Has improvement items but no uncancelled action works on the sub-question */
  lacksActions: boolean;
  /** No uncancelled action works on the sub-question, whether or not it has improvement items */
  withoutActions: boolean;
  /** max − baseline; null when the baseline has no score for it */
  pointsToGain: number | null;
}

/** The same figures for a whole area. */
export interface ReadinessArea extends Pick<
  ReadinessQuestion,
  'area' | 'max' | 'baseline' | 'improvementItems' | 'unansweredItems' | 'actionsPlanned' | 'actionsDone'
> {
  name: string;
  /** Sub-questions of the area with improvement items and no action */
  questionsLackingActions: number;
}

/** `GET /api/action-plans/:id/readiness`: the leadership view before the next round. */
export interface PlanReadiness {
  plan: { id: number; title: string; plannedReEvaluationDate: string; followUpEvaluationId: number | null };
  /** Today in the configured time zone */
  asOf: string;
  /** Negative once the planned date has passed */
  daysToReEvaluation: number;
  baseline: ComparedEvaluation;
  actionCounts: ActionCounts;
  totals: {
    improvementItems: number;
    unansweredItems: number;
    actionsPlanned: number;
    actionsDone: number;
    /** Sub-questions with improvement items and no action */
    questionsLackingActions: number;
    /** Sub-questions with no action at all (those with improvement items among them) */
    questionsWithoutActions: number;
  };
  areas: ReadinessArea[];
  questions: ReadinessQuestion[];
  /** Codes of the sub-questions without actions, most points left to gain first (then catalogue order) */
  questionsWithoutActions: string[];
  /** When the plan's next round uses another revision with a crosswalk from the baseline's: its areas */
  nextRevision?: NextRevisionReadiness;
}

import { type ActionPriority, type ActionStatus, PlanStatus } from './enums';
import type { Judgement, JudgementRollUp } from './judgement';
import type { PlanStatistics } from './action-status';

export interface ActionPlanRecord {
  id: number;
  municipalityId: number;
  baselineEvaluationId: number;
  followUpEvaluationId: number | null;
  /** The revision the next round will use, chosen by the coordinator; null means the newest (see readiness) */
  nextFrameworkId: number | null;
  title: string;
  description: string | null;
  /** YYYY-MM-DD */
  plannedReEvaluationDate: string;
  status: PlanStatus;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A closed plan (closed by hand or by linking its re-evaluation, which cannot be undone while linked) is the
 * record of its round: its actions are read-only. The one rule the API and every view use.
 */
export function isPlanClosed(plan: Pick<ActionPlanRecord, 'status'>): boolean {
  return plan.status !== PlanStatus.Active;
}

export interface ActionRecord {
  id: number;
  municipalityId: number;
  planId: number;
  findingIds: number[];
  /** The sub-questions it works on: its improvement items' codes, or its own when overridden */
  questionCodes: string[];
  /** true when the codes were chosen on the action instead of following its improvement items */
  questionCodesOverridden: boolean;
  areas: number[];
  title: string;
  description: string | null;
  ownerId: number | null;
  departmentId: number | null;
  startDate: string | null;
  deadline: string;
  status: ActionStatus;
  progress: number;
  priority: ActionPriority;
  expectedEffect: string | null;
  doneAt: string | null;
  lastProgressAt: string;
  /** true when the deadline has passed and the action is neither done nor cancelled */
  overdue: boolean;
  /** The owner's judgement in the latest progress report that gave one */
  judgement: Judgement | null;
  /** Kompass's judgement from the deadline, progress and the last report (deriveJudgement) */
  derivedJudgement: Judgement | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EvidenceLinkRecord {
  label: string;
  url: string;
}

export interface ActionUpdateRecord {
  id: number;
  actionId: number;
  municipalityId: number;
  authorId: number | null;
  /** The author's name, readable by every role that may read the report (null once the user is deleted) */
  authorName: string | null;
  comment: string | null;
  statusFrom: ActionStatus | null;
  statusTo: ActionStatus | null;
  progressFrom: number | null;
  progressTo: number | null;
  /** The owner's judgement with this report, when given */
  judgement: Judgement | null;
  links: EvidenceLinkRecord[];
  attachments: { fileName: string; mediaType: string; size: number; url: string }[];
  createdAt: string;
}

/** An area's (or the plan's) figures: planStatistics, and the judgements' roll-up. */
export interface AreaProgress extends PlanStatistics {
  area: number;
  name: string;
  /** The worst judgement of the actions and the share in each (an action counts with the worse of the owner's and Kompass's) */
  judgements: JudgementRollUp;
}

export interface PlanSummary {
  planId: number;
  asOf: string;
  daysToReEvaluation: number;
  total: Omit<AreaProgress, 'area' | 'name'>;
  byStatus: Record<ActionStatus, number>;
  areas: AreaProgress[];
  nextDeadlines: { id: number; title: string; deadline: string; status: ActionStatus; ownerId: number | null }[];
  /** Sub-questions with improvement items in the baseline but no action yet */
  uncoveredQuestions: { code: string; text: string; findingIds: number[] }[];
  /** Improvement items no action answers yet */
  unansweredFindingIds: number[];
}

import type { CrosswalkAreaLink, CrosswalkQuestionLink } from './catalogue/crosswalks';

/** `GET/PUT /api/frameworks/:id/crosswalks/:targetId`: how one revision maps onto another. */
export interface CrosswalkRecord {
  id: number;
  sourceFrameworkId: number;
  sourceCode: string;
  targetFrameworkId: number;
  targetCode: string;
  areas: CrosswalkAreaLink[];
  questions: CrosswalkQuestionLink[];
  updatedAt: string;
}

/** A follow-up area a baseline area maps to through a crosswalk, with its score in the follow-up evaluation. */
export interface MappedArea {
  area: number;
  name: string;
  after: number | null;
  max: number;
}

/** `POST /api/action-plans/:id/carry-over`: what moved to the new plan. */
export interface CarryOverResult {
  fromPlanId: number;
  toPlanId: number;
  /** Ids of the open actions that now belong to the new plan */
  actionIds: number[];
}

/** Readiness by the areas of the revision the next round will use, through the crosswalk. */
export interface NextRevisionArea {
  area: number;
  name: string;
  max: number;
  /** Baseline areas that map to it */
  fromAreas: number[];
  /** The baseline's score on those areas (sum), for orientation only: the revisions differ */
  baseline: number | null;
  improvementItems: number;
  unansweredItems: number;
  actionsPlanned: number;
  actionsDone: number;
}

export interface NextRevisionReadiness {
  frameworkId: number;
  frameworkCode: string;
  frameworkName: string;
  caveat: string;
  areas: NextRevisionArea[];
}

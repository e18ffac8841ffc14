import type { AreaProgress } from './plan-types';

/** One week of a burn-up: the plan as it stood at the end of the week (or today, for the current week). */
export interface TrendWeek {
  /** ISO week, e.g. "2026-W49" */
  week: string;
  /** Monday of the week, YYYY-MM-DD */
  start: string;
  /** The day the counts are taken: Sunday, or today for the current week */
  asOf: string;
  /** Actions that existed then and were not cancelled */
  planned: number;
  /** Of those, done then */
  done: number;
  /** Of those, on track then (the worse of the owner's judgement and Kompass's, as in the roll-ups) */
  onTrack: number;
}

/** `GET /api/action-plans/:id/trends`: burn-up per plan and per area, rebuilt from the audit trail. */
export interface PlanTrends {
  planId: number;
  asOf: string;
  weeks: TrendWeek[];
  areas: { area: number; name: string; weeks: TrendWeek[] }[];
}

/** One förvaltning's share of a plan: the plan summary's counts, and when it last reported. */
export interface DepartmentRollUp extends Omit<AreaProgress, 'area' | 'name'> {
  /** null: the actions without a department */
  departmentId: number | null;
  name: string | null;
  /** The caller's own department (listed first) */
  own: boolean;
  /** The latest progress report on one of its actions (ISO), null when none */
  lastReportAt: string | null;
}

/** `GET /api/action-plans/:id/departments` */
export interface PlanDepartments {
  planId: number;
  asOf: string;
  departments: DepartmentRollUp[];
}

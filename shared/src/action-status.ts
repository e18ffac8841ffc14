import { ActionStatus } from './enums';

/**
 * The action-status rules, written once. The backend's SQL fragments (backend/src/actions/action-status.ts)
 * say the same in SQL; the spec there checks that both agree. Dates are YYYY-MM-DD in the municipality's zone.
 */

/** Done and cancelled actions are closed: no reminders, never overdue, not carried over. */
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = [ActionStatus.Done, ActionStatus.Cancelled];
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = Object.values(ActionStatus).filter(
  (s) => !CLOSED_ACTION_STATUSES.includes(s),
);

/** Still to be worked on: neither done nor cancelled. */
export const isOpenStatus = (status: ActionStatus): boolean => !CLOSED_ACTION_STATUSES.includes(status);
export const isDoneStatus = (status: ActionStatus): boolean => status === ActionStatus.Done;
/** Counted in a plan's figures: every action but a cancelled one. */
export const isActiveStatus = (status: ActionStatus): boolean => status !== ActionStatus.Cancelled;

/** Open, and its deadline is before today. */
export function isOverdue(action: { status: ActionStatus; deadline: string }, today: string): boolean {
  return action.deadline < today && isOpenStatus(action.status);
}

/** Open, and its deadline is today or within the next `days` days. */
export function isDueWithin(action: { status: ActionStatus; deadline: string }, today: string, days: number): boolean {
  return isOpenStatus(action.status) && action.deadline >= today && action.deadline <= addDays(today, days);
}

/** Open, and its last progress report (or creation) is at least `days` days before today. */
export function isStale(
  action: { status: ActionStatus; lastProgressDate: string },
  today: string,
  days: number,
): boolean {
  return isOpenStatus(action.status) && action.lastProgressDate <= addDays(today, -days);
}

/** The counts a plan (or one of its areas) is judged by; the dashboard, the plan summary and the leadership mail. */
export interface PlanStatistics {
  /** every action, cancelled ones included */
  actions: number;
  /** not cancelled */
  active: number;
  /** done (of the active ones) */
  done: number;
  /** done / active, null without active actions */
  doneShare: number | null;
  /** mean progress of the active actions, rounded; null without active actions */
  meanProgress: number | null;
  /** overdue: see isOverdue (cancelled and done actions never are) */
  overdue: number;
}

export function planStatistics(
  actions: readonly { status: ActionStatus; deadline: string; progress: number }[],
  today: string,
): PlanStatistics {
  let active = 0;
  let done = 0;
  let progress = 0;
  let overdue = 0;
  for (const a of actions) {
    if (isOverdue(a, today)) overdue++;
    if (!isActiveStatus(a.status)) continue;
    active++;
    progress += a.progress;
    if (isDoneStatus(a.status)) done++;
  }
  return {
    actions: actions.length,
    active,
    done,
    doneShare: active ? done / active : null,
    meanProgress: active ? Math.round(progress / active) : null,
    overdue,
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

import { In, Not } from 'typeorm';
import { addDays, startOfDayIn } from '../common/dates';
import { CLOSED_ACTION_STATUSES } from '@kompass/shared';

/**
 * The SQL of the action-status rules in @kompass/shared (shared/src/action-status.ts): the same predicates, for
 * query builders and find options. `alias` is the action's alias; each fragment binds its own named parameters.
 */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** Statuses are enum constants, so they are written into the SQL: one statement whatever the caller. */
const CLOSED_LIST = CLOSED_ACTION_STATUSES.map((s) => `'${s}'`).join(', ');

/** isOpenStatus: neither done nor cancelled. */
export const openActionSql = (alias: string): string => `(${alias}.status NOT IN (${CLOSED_LIST}))`;

/** isOpenStatus for find options: `where: { status: openActionStatus() }`. */
export const openActionStatus = () => Not(In([...CLOSED_ACTION_STATUSES]));

/** isOverdue: open, deadline before today. */
export const overdueActionSql = (alias: string, today: string): SqlCondition => ({
  sql: `(${alias}.deadline < :overdueToday AND ${openActionSql(alias)})`,
  params: { overdueToday: today },
});

/** isDueWithin: open, deadline from today to today + days. */
export const dueWithinActionSql = (alias: string, today: string, days: number): SqlCondition => ({
  sql: `(${alias}.deadline >= :dueFrom AND ${alias}.deadline <= :dueTo AND ${openActionSql(alias)})`,
  params: { dueFrom: today, dueTo: addDays(today, days) },
});

/**
 * isStale: open, no progress report since the start of (today − days + 1), i.e. for at least `days` days. The day
 * starts at midnight in the municipality's zone, as the days of isStale's lastProgressDate do.
 */
export const staleActionSql = (alias: string, today: string, days: number, timeZone: string): SqlCondition => ({
  sql: `(${alias}.lastProgressAt < :silentSince AND ${openActionSql(alias)})`,
  params: { silentSince: startOfDayIn(timeZone, addDays(today, 1 - days)) },
});

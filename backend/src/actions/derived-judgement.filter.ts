import { ActionStatus, Judgement, JUDGEMENTS, JUDGEMENT_DUE_DAYS, JUDGEMENT_SILENT_DAYS } from '@kompass/shared';
import { BadRequestException } from '../common/errors/domain.exception';
import { addDays, startOfDayIn } from '../common/dates';
import { SQLITE_ZONE_DATE } from '../database/sqlite-functions';
import type { FilterHandler } from '../common/list';

/**
 * deriveJudgement (shared/src/judgement.ts) as SQL, with the same thresholds, so the list can filter and page by
 * Kompass's judgement. Day arithmetic is the dialect's: julianday on SQLite, date subtraction on PostgreSQL. The
 * creation day is counted in the municipality's zone (`:judgementZone`), as deriveJudgement's createdDate is.
 */
export function derivedJudgementConditions(alias: string, postgres: boolean): Record<Judgement, string> {
  const a = (column: string) => `${alias}.${column}`;
  const today = postgres ? 'CAST(:judgementToday AS date)' : 'julianday(:judgementToday)';
  const deadline = postgres ? a('deadline') : `julianday(${a('deadline')})`;
  // PostgreSQL keeps wall-clock time in the session's zone (data-source-options.ts), SQLite keeps UTC.
  const start = postgres
    ? `COALESCE(${a('startDate')}, CAST(CAST(${a('createdAt')} AS timestamptz) AT TIME ZONE :judgementZone AS date))`
    : `julianday(COALESCE(${a('startDate')}, ${SQLITE_ZONE_DATE}(${a('createdAt')}, :judgementZone)))`;
  const open = `${a('status')} NOT IN ('${ActionStatus.Done}', '${ActionStatus.Cancelled}')`;
  const overdue = `${a('deadline')} < :judgementToday`;
  // Progress below the share of the time elapsed, without dividing: progress * (deadline - start) < 100 * (today - start).
  const behind =
    `((${deadline} > ${start} AND ${a('progress')} * (${deadline} - ${start}) < 100 * (${today} - ${start}))` +
    ` OR (${deadline} <= ${start} AND ${a('progress')} < 100))`;
  const atRisk = `((${a('deadline')} <= :judgementDueBy AND ${behind}) OR ${a('lastProgressAt')} < :judgementSilentSince)`;
  return {
    [Judgement.OffTrack]: `(${open} AND ${overdue})`,
    [Judgement.AtRisk]: `(${open} AND NOT ${overdue} AND ${atRisk})`,
    [Judgement.OnTrack]: `(${a('status')} = '${ActionStatus.Done}' OR (${open} AND NOT ${overdue} AND NOT ${atRisk}))`,
  };
}

/** The parameters of derivedJudgementConditions for `today` (YYYY-MM-DD in `timeZone`, the municipality's zone). */
export function derivedJudgementParameters(today: string, timeZone: string): Record<string, string | Date> {
  return {
    judgementToday: today,
    judgementZone: timeZone,
    judgementDueBy: addDays(today, JUDGEMENT_DUE_DAYS),
    // No report for SILENT days: the last one was made before the start of the day (SILENT - 1) days ago.
    judgementSilentSince: startOfDayIn(timeZone, addDays(today, 1 - JUDGEMENT_SILENT_DAYS)),
  };
}

/** `derivedJudgement`: one judgement or a list of them; cancelled actions have none and never match. */
export function derivedJudgementFilter(today: () => string, timeZone: string): FilterHandler {
  return (qb, alias, value, name) => {
    const values = Array.isArray(value) ? value : [value];
    if (!values.length || !values.every((v) => typeof v === 'string' && (JUDGEMENTS as string[]).includes(v)))
      throw new BadRequestException(`Filter "${name}" must be one of ${JUDGEMENTS.join(', ')}`, [
        { field: `filter.${name}`, message: `must be one of ${JUDGEMENTS.join(', ')}` },
      ]).withCode('invalid_query');
    const conditions = derivedJudgementConditions(alias, qb.connection.driver.options.type === 'postgres');
    qb.andWhere(
      `(${values.map((v) => conditions[v as Judgement]).join(' OR ')})`,
      derivedJudgementParameters(today(), timeZone),
    );
  };
}

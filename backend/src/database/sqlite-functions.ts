import { todayIn } from '../common/dates';

/** `kompass_zone_date(timestamp, zone)`: the calendar day (YYYY-MM-DD) of a stored UTC timestamp in a time zone. */
export const SQLITE_ZONE_DATE = 'kompass_zone_date';

interface FunctionRegistry {
  function(name: string, options: { deterministic: boolean }, fn: (...args: unknown[]) => unknown): unknown;
}

/**
 * SQL functions SQLite lacks and the queries need, registered on every connection (better-sqlite3's user-defined
 * functions). SQLite has no time zones; the day an action was created in Sweden is not its UTC day after midnight.
 */
export function registerSqliteFunctions(db: FunctionRegistry): void {
  db.function(SQLITE_ZONE_DATE, { deterministic: true }, (timestamp, zone) => {
    if (typeof timestamp !== 'string' || typeof zone !== 'string') return null;
    // Stored as "YYYY-MM-DD HH:MM:SS[.SSS]" in UTC (TypeORM's and datetime('now')'s form)
    const instant = new Date(`${timestamp.replace(' ', 'T')}Z`);
    return Number.isNaN(instant.getTime()) ? null : todayIn(zone, instant);
  });
}

import { registerDecorator, ValidationOptions } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a date (YYYY-MM-DD)`, ...options },
      validator: { validate: isCalendarDate },
    });
}

/**
 * Formatting is most of todayIn's cost, and it runs twice per action in every judgement (lists, the sweep). Since
 * 1973 every zone's offset is a whole number of quarter hours and changes on a quarter hour (Monrovia's −0:44:30
 * ended in 1972), so the day can only change on a quarter-hour boundary: one formatting per zone and quarter hour.
 */
const QUARTER_HOUR = 15 * 60_000;
const QUARTER_HOURS_SINCE = Date.UTC(1973, 0, 1);
/** About fourteen months of quarter hours per zone; bounded so a long-running process does not grow. */
const DAYS_KEPT = 40_000;
const daysByQuarterHour = new Map<string, Map<number, string>>();

/** Today's date (YYYY-MM-DD) in the given time zone: deadlines are Swedish calendar days. */
export function todayIn(timeZone: string, now = new Date()): string {
  const instant = now.getTime();
  if (!(instant >= QUARTER_HOURS_SINCE)) return dayFormatter(timeZone).format(now);
  let days = daysByQuarterHour.get(timeZone);
  if (!days) daysByQuarterHour.set(timeZone, (days = new Map<number, string>()));
  const quarter = Math.floor(instant / QUARTER_HOUR);
  let day = days.get(quarter);
  if (day === undefined) {
    if (days.size >= DAYS_KEPT) days.clear();
    day = dayFormatter(timeZone).format(now);
    days.set(quarter, day);
  }
  return day;
}

/** Building an Intl formatter is costly and todayIn runs per request and per action in the sweep: one per zone. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The instant a calendar day begins in the given zone (midnight there, whatever its offset that day). */
export function startOfDayIn(timeZone: string, day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // Step back by the zone's offset; a second pass settles a day whose offset differs from the guess's (DST).
  let instant = midnightUtc - offsetAt(timeZone, midnightUtc);
  instant = midnightUtc - offsetAt(timeZone, instant);
  return new Date(instant);
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();
/** The zone's offset from UTC at an instant, in milliseconds (Stockholm: one or two hours). */
function offsetAt(timeZone: string, instant: number): number {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormatters.set(timeZone, formatter);
  }
  const part = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

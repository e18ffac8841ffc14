import type Holidays from 'date-holidays';
import { addDays } from '../common/dates';

/**
 * Swedish working days: Monday to Friday, except public holidays (röda dagar) and the eves that are days off
 * in practice. date-holidays types midsommarafton, julafton and nyårsafton as "bank", so both "public" and
 * "bank" count as days off; "observance" (e.g. annandag pingst since 2005) and "optional" half days do not.
 */
const NON_WORKING_TYPES = new Set(['public', 'bank']);
/** Loaded on first use: date-holidays and its calendars weigh ~20 MB, and most requests never ask for a holiday. */
let swedish: Holidays | undefined;
const byYear = new Map<number, Map<string, string>>();

/** Days off of a year, date (YYYY-MM-DD) → Swedish name. */
export function swedishHolidays(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    swedish ??= new (require('date-holidays') as typeof Holidays)('SE');
    for (const holiday of swedish.getHolidays(year, 'sv'))
      // `date` is the local date in Sweden ("2026-12-24 00:00:00"), independent of the process time zone.
      if (NON_WORKING_TYPES.has(holiday.type)) days.set(holiday.date.slice(0, 10), holiday.name);
    byYear.set(year, days);
  }
  return days;
}

export function holidayName(date: string): string | null {
  return swedishHolidays(Number(date.slice(0, 4))).get(date) ?? null;
}

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && holidayName(date) === null;
}

export function nextWorkingDay(date: string): string {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export function firstWorkingDayOfMonth(date: string): string {
  const first = `${date.slice(0, 7)}-01`;
  return isWorkingDay(first) ? first : nextWorkingDay(first);
}

/**
 * Dates are shown the Swedish way whatever the UI language: ISO-like 2026-03-31, weeks from Monday.
 */
export const DATE_LOCALE = 'sv-SE';

/** For date pickers and calendars: 1 = Monday (ISO 8601, as in Sweden). */
export const WEEK_STARTS_ON = 1;

const dateFormat = new Intl.DateTimeFormat(DATE_LOCALE, { year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(DATE_LOCALE, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-03-31", or '' for no date. */
export function formatDate(value: string | number | Date | null | undefined): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : '';
}

/** "2026-03-31 14:05", or '' for no date. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : '';
}

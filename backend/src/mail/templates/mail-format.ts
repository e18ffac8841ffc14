import { ACTION_STATUS_LABELS, ActionStatus, Locale } from '@kompass/shared';

/** HTML-escapes user text (titles, names): nothing a user typed becomes markup in a mail. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A subject is one header line: CR, LF and other control characters would let user text inject headers. */
export function oneLine(text: string, max = 250): string {
  const line = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const dateFormats = {
  [Locale.Sv]: new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  [Locale.En]: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const monthFormats = {
  [Locale.Sv]: new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  [Locale.En]: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Formatted days, per locale: a sweep formats the same few hundred deadlines tens of thousands of times. */
const formattedDates = { [Locale.Sv]: new Map<string, string>(), [Locale.En]: new Map<string, string>() };
const MAX_FORMATTED_DATES = 10_000;

/** "24 december 2026" / "24 December 2026": dates are calendar days, so formatted in UTC on purpose. */
export function formatDate(date: string, locale: Locale): string {
  const cache = formattedDates[locale];
  let text = cache.get(date);
  if (text === undefined) {
    text = dateFormats[locale].format(new Date(`${date}T00:00:00Z`));
    if (cache.size >= MAX_FORMATTED_DATES) cache.clear();
    cache.set(date, text);
  }
  return text;
}

export function formatMonth(date: string, locale: Locale): string {
  return monthFormats[locale].format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
}

/** Lower-case status words inside a sentence: "ej påbörjad", "pågår", "blockerad", "klar", "avbruten". */
export function statusLabel(status: ActionStatus, locale: Locale): string {
  const label = ACTION_STATUS_LABELS[locale]?.[status] ?? status;
  return locale === Locale.Sv ? label.toLocaleLowerCase('sv-SE') : label.toLowerCase();
}

/** The admin UI uses react-admin's hash router. */
export const actionLink = (appUrl: string, actionId: number) => `${appUrl}/#/actions/${actionId}/show`;
export const planLink = (appUrl: string, planId: number) => `${appUrl}/#/action-plans/${planId}/show`;

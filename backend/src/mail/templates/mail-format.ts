import { ACTION_STATUS_LABELS, ActionStatus, Locale } from '@kompass/shared';

/** HTML-escapes user text (titles, names): nothing a user typed becomes markup in a mail. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A subject is one header line: CR, LF and other control characters would let user text inject headers. */
export function oneLine(text: string, max = 250): string {
  const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
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

/** "24 december 2026" / "24 December 2026": dates are calendar days, so formatted in UTC on purpose. */
export function formatDate(date: string, locale: Locale): string {
  return dateFormats[locale].format(new Date(`${date}T00:00:00Z`));
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

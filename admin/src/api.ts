import { fetchUtils, HttpError } from 'react-admin';
import type { ApiError } from '@kompass/shared';
import { i18nProvider } from './i18n';
import { getToken } from './session';

/** Every API route lives under /api, on the same origin that serves this app (Vite proxies it in dev). */
export const API_URL = '/api';

/**
 * fetch for the API: JSON, bearer token, the UI language, and errors that read well in a notification.
 * Rejects with an HttpError whose message is the API's `message` (plus field details) and whose
 * body is the API's error body.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('Accept-Language', i18nProvider.getLocale());
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw toHttpError(error);
  }
}

export function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && 'message' in body;
}

/** The API error (or one of its details) in the UI language: its code translated, else its English message. */
export function translateApiError(error: {
  code?: string;
  params?: Record<string, string | number>;
  message: string;
}): string {
  const message = String(error.message);
  if (!error.code) return message;
  return i18nProvider.translate(`kompass.api_errors.${error.code}`, { ...error.params, _: message });
}

/** A detail's field as its form label ("findings[2].area" → "Område"); null when the UI has no label for it. */
export function translateApiField(field: string | undefined): string | null {
  if (!field) return null;
  const base =
    field
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? field;
  const key = `kompass.api_fields.${base}`;
  const label = i18nProvider.translate(key, { _: '' });
  return label && label !== key ? label : null;
}

/** One line for the notification: the translated error, its field details, and the error id of a 500. */
export function describeApiError(body: ApiError): string {
  // Nest's default validation errors carry an array of messages
  const raw = body.message as unknown;
  let text = Array.isArray(raw) ? raw.join('; ') : translateApiError(body);
  const details = (body.details ?? [])
    .map((d) => {
      const message = translateApiError(d);
      const field = translateApiField(d.field);
      return field ? `${field}: ${message}` : message;
    })
    .filter((d) => d && !text.includes(d));
  if (details.length) text += ` (${details.join('; ')})`;
  if (body.errorId) text += ` ${i18nProvider.translate('kompass.errors.error_id', { id: body.errorId })}`;
  return text;
}

function toHttpError(error: unknown): unknown {
  if (error instanceof HttpError) {
    if (isApiError(error.body)) return new HttpError(describeApiError(error.body), error.status, error.body);
    if (error.status >= 500) return new HttpError('ra.notification.http_error', error.status, error.body);
    return error;
  }
  // fetch() itself failed: offline, or the server is down
  if (error instanceof TypeError) return new HttpError('ra.notification.http_error', 0);
  return error;
}

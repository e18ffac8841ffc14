import { useState } from 'react';
import { HttpError, useNotify } from 'react-admin';
import { describeApiError, isApiError } from '../api';
import { i18nProvider } from '../i18n';
import { getToken } from '../session';

/** The file name from `Content-Disposition` (`filename*=UTF-8''…` preferred over `filename="…"`). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}

/**
 * Downloads an API file. A plain link cannot carry the bearer token, so: fetch with the token,
 * then hand the blob to the browser under the server's file name.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const headers = new Headers({ 'Accept-Language': i18nProvider.getLocale() });
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(url, { headers });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new HttpError(isApiError(body) ? describeApiError(body) : response.statusText, response.status, body);
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}

/** `[download, pending]`: errors become a notification. */
export function useDownload(): [(url: string, fallbackName: string) => Promise<void>, boolean] {
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const download = async (url: string, fallbackName: string) => {
    setPending(true);
    try {
      await downloadFile(url, fallbackName);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return [download, pending];
}

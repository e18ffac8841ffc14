import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { HttpError } from 'react-admin';
import { API_URL, httpClient } from '../api';

/**
 * GET an API route that is not a react-admin resource (a plan's summary, report, readiness…), through
 * react-admin's own query client: it shares its cache, and react-admin's refresh reloads it too.
 * `path` is below /api, e.g. `/action-plans/3/summary`; null waits (nothing to ask for yet).
 */
export function useApiGet<T>(
  path: string | null,
  options: Omit<UseQueryOptions<T, HttpError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, HttpError>({
    queryKey: ['kompass-api', path],
    queryFn: async () => (await httpClient(`${API_URL}${path}`)).json as T,
    // A 404 or 409 is an answer (no such route yet, no report yet), not worth retrying
    retry: (count, error) => count < 2 && (error?.status ?? 0) >= 500,
    ...options,
    enabled: path !== null && (options.enabled ?? true),
  });
}

/**
 * Load runs with autocannon: a warm-up run whose figures are thrown away, then the measured run. Latency
 * percentiles are computed here from every response time, because autocannon reports p97.5 but no p95.
 */
// autocannon ships no types; this is the part of its API the bench uses.
const autocannon = require('autocannon') as (options: object) => AutocannonInstance;

interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonResult {
  requests: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
}

export interface RequestSpec {
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per request: rewrite the request (e.g. a new body); `context` is the client's own, kept between its requests. */
  setupRequest?: (
    req: { method: string; path: string; headers: Record<string, string>; body?: string },
    context: Record<string, unknown>,
  ) => object;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

export interface LoadOptions {
  url: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** CPU ms used so far by the server under test, read around the measured run */
  serverCpuMs?: () => number | null;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** server CPU per completed request, in ms */
  cpuMsPerRequest: number | null;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function once(
  spec: RequestSpec,
  options: LoadOptions,
  seconds: number,
  latencies: number[] | null,
): Promise<AutocannonResult> {
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: spec.method ?? 'GET',
        path: spec.path,
        headers: { 'content-type': 'application/json', ...spec.headers },
        // autocannon calls these whenever the keys exist, so absent ones must be left out, not undefined.
        ...(spec.body !== undefined && { body: spec.body }),
        ...(spec.setupRequest && { setupRequest: spec.setupRequest }),
        ...(spec.onResponse && { onResponse: spec.onResponse }),
      },
    ],
  });
  if (latencies) instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  return await instance;
}

export async function measure(spec: RequestSpec, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await once(spec, options, options.warmupSeconds, null);
  const latencies: number[] = [];
  const cpuBefore = options.serverCpuMs?.() ?? null;
  const result = await once(spec, options, options.seconds, latencies);
  const cpuAfter = options.serverCpuMs?.() ?? null;
  latencies.sort((a, b) => a - b);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    requests: latencies.length,
    // Completed responses over the measured time; autocannon's own average is per sampled second.
    rps: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses,
    cpuMsPerRequest:
      cpuBefore !== null && cpuAfter !== null && latencies.length ? (cpuAfter - cpuBefore) / latencies.length : null,
  };
}

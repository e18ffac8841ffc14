/**
 * `npm run bench -- --scale`: the growth curve. The action list, the report, the summary and the reminder sweep at
 * 29, 290 and 1,050 municipalities (a tenth of Sweden, Sweden, the Nordic countries), each dataset seeded once
 * into a cached template (database.ts). Per size: p95, and the API process's CPU time over the measured run
 * (/proc, as in the full run) divided by its responses; for the sweep, its time and CPU. The list, report and
 * summary read one plan through indexes, so they should stay flat; the sweep reads every plan, so its CPU per
 * thousand actions should stay flat while its total grows in line with the actions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startRedis } from '../../test/support/redis-server';
import { Api } from './api';
import { backendStarter } from './backend';
import { prepareDatabase } from './database';
import { ADMIN_EMAIL, AS_OF, BENCH_PASSWORD, FULL } from './dataset';
import { measure, type LoadOptions, type LoadResult } from './load';
import { experimentOf, f, machine } from './output';
import { cpuMs, ROOT, RssMonitor } from './processes';
import { runSweep, type SweepResult } from './reminders';
import { prepareScenarios } from './scenarios';
import { startSmtpSink } from './smtp-sink';

export const SCALE_SIZES = [29, 290, 1050];
const MEASURED = ['list', 'report', 'summary'] as const;

interface ScalePoint {
  municipalities: number;
  database: string;
  rows: Record<string, number>;
  seed: { seconds: number; reusedTemplate: boolean; benchMaxRssMb: number };
  scenarios: Partial<
    Record<
      (typeof MEASURED)[number],
      Pick<LoadResult, 'rps' | 'p50' | 'p95' | 'p99' | 'cpuMsPerRequest' | 'errors' | 'non2xx'>
    >
  >;
  sweep: SweepResult & { cpuMsPerThousandActions: number | null };
  apiPeakRssMb: number;
}

interface ScaleContext {
  dataDir: string;
  load: Omit<LoadOptions, 'url'>;
  log: (line: string) => void;
  loadBefore: number[];
}

export async function runScale({ dataDir, load, log, loadBefore }: ScaleContext): Promise<void> {
  const points: ScalePoint[] = [];
  const sink = await startSmtpSink();
  try {
    for (const municipalities of SCALE_SIZES)
      points.push(await measureSize(municipalities, sink.url, { dataDir, load, log }));
  } finally {
    await sink.stop();
  }
  const experiment = experimentOf();
  const results = {
    date: new Date().toISOString(),
    mode: 'scale',
    machine: machine(loadBefore),
    load: { connections: load.connections, warmupSeconds: load.warmupSeconds, seconds: load.seconds },
    points,
    ...(experiment ? { experiment } : {}),
  };
  log(`\n${scaleTable(points)}\n`);
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${results.date.slice(0, 10)}-scale${experiment ? '-experiment' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote ${file}`);
}

async function measureSize(
  municipalities: number,
  smtpUrl: string,
  ctx: Pick<ScaleContext, 'dataDir' | 'load' | 'log'>,
): Promise<ScalePoint> {
  ctx.log(`Size: ${municipalities} municipalities`);
  const database = await prepareDatabase(ctx.dataDir, { ...FULL, municipalities }, (line) =>
    ctx.log(`  ${line.trim()}`),
  );
  // The seed runs in this process: its high-water mark so far bounds what seeding took (kB on Linux).
  const benchMaxRssMb = process.resourceUsage().maxRSS / 1024;
  const redis = await startRedis();
  const backends = await backendStarter({
    databaseUrl: database.url,
    dataDir: ctx.dataDir,
    redisUrl: redis.url,
    smtpUrl,
  });
  try {
    const backend = await backends.start('off');
    const rss = new RssMonitor(backend.pid);
    const api = new Api(backend.url);
    const scenarios: ScalePoint['scenarios'] = {};
    for (const scenario of await prepareScenarios(api, municipalities)) {
      const key = MEASURED.find((k) => k === scenario.key);
      if (!key || 'unavailable' in scenario.spec) continue;
      ctx.log(`  ${scenario.title}: ${ctx.load.warmupSeconds} s warm-up + ${ctx.load.seconds} s`);
      const r = await measure(scenario.spec, { ...ctx.load, url: backend.url, serverCpuMs: () => cpuMs(backend.pid) });
      scenarios[key] = {
        rps: r.rps,
        p50: r.p50,
        p95: r.p95,
        p99: r.p99,
        cpuMsPerRequest: r.cpuMsPerRequest,
        errors: r.errors,
        non2xx: r.non2xx,
      };
      ctx.log(`    p95 ${r.p95.toFixed(1)} ms, ${f(r.cpuMsPerRequest, 2)} ms CPU per request`);
    }
    const actions = database.seed.rows.action;
    ctx.log(`  Reminder sweep over ${actions} actions`);
    const token = await api.login(ADMIN_EMAIL, BENCH_PASSWORD);
    const sweep = await runSweep(api, token, AS_OF, () => cpuMs(backend.pid));
    ctx.log(`    ${sweep.digests} digests in ${f(sweep.seconds, 2)} s, ${f(sweep.cpuMs, 0)} ms CPU`);
    const apiPeakRssMb = rss.stop().peakMb;
    return {
      municipalities,
      database: database.kind,
      rows: database.seed.rows,
      seed: { seconds: database.seed.seconds, reusedTemplate: database.seed.cached, benchMaxRssMb },
      scenarios,
      sweep: { ...sweep, cpuMsPerThousandActions: sweep.cpuMs == null ? null : (sweep.cpuMs / actions) * 1000 },
      apiPeakRssMb,
    };
  } finally {
    await backends.stopAll();
    await redis.stop();
    await database.drop();
  }
}

/** p95 and CPU per request against size; the sweep's time, CPU and CPU per thousand actions. */
export function scaleTable(points: ScalePoint[]): string {
  const head = ['Municipalities', 'Actions'];
  for (const key of MEASURED) head.push(`${key} p95 ms`, `${key} CPU ms/req`);
  head.push('sweep s', 'sweep CPU s', 'sweep CPU ms/1k actions', 'digests', 'API RSS MB', 'seed s');
  const rows = [head];
  for (const p of points) {
    const row = [String(p.municipalities), String(p.rows.action)];
    for (const key of MEASURED) row.push(f(p.scenarios[key]?.p95), f(p.scenarios[key]?.cpuMsPerRequest, 2));
    row.push(
      f(p.sweep.seconds, 2),
      f(p.sweep.cpuMs == null ? null : p.sweep.cpuMs / 1000, 2),
      f(p.sweep.cpuMsPerThousandActions, 1),
      String(p.sweep.digests ?? '–'),
      f(p.apiPeakRssMb, 0),
      `${f(p.seed.seconds, 1)}${p.seed.reusedTemplate ? ' (cached)' : ''}`,
    );
    rows.push(row);
  }
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((c, i) => c.padStart(widths[i])).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}

/**
 * `npm run bench [-- --quick] [-- --scale] [-- --no-build]`: builds, seeds (or reuses) the national-scale dataset,
 * starts the built backend as a child process and measures the API scenarios against a raw baseline, the reminder
 * sweep, delivery against raw nodemailer, the backend's peak RSS and the admin's initial JS. `--scale` measures the
 * growth curve instead (bench/lib/scale.ts). See docs/performance.md.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { MAIL_CONCURRENCY } from '../backend/src/mail/mail-concurrency';
import { freePort, startRedis } from '../test/support/redis-server';
import { adminInitialJs } from './lib/admin-size';
import { Api } from './lib/api';
import { backendStarter } from './lib/backend';
import { prepareDatabase } from './lib/database';
import { ADMIN_EMAIL, AS_OF, BENCH_PASSWORD, FULL, QUICK } from './lib/dataset';
import { measure, type LoadOptions } from './lib/load';
import { experimentOf, machine, Results, ScenarioResult, table, writeDocs, writeJson } from './lib/output';
import { cpuMs, ROOT, RssMonitor, startChild } from './lib/processes';
import { exportSentMails, rawNodemailer } from './lib/raw-mail';
import { awaitDelivery, rawBullmq, runSweep } from './lib/reminders';
import { runScale } from './lib/scale';
import { LIST_PATH, prepareScenarios } from './lib/scenarios';
import { startSmtpSink } from './lib/smtp-sink';
import { targets } from './lib/targets';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const scale = args.includes('--scale');
const DATA = join(ROOT, 'bench/.data');
/** Quick: a tenth of the dataset and 5 s per scenario, for everyday use; full: the whole country, 10 s. */
const LOAD: Omit<LoadOptions, 'url'> = quick
  ? { connections: 10, warmupSeconds: 2, seconds: 5 }
  : { connections: 10, warmupSeconds: 3, seconds: 10 };
const started = Date.now();
/** Lines carry the elapsed time, so that a slow phase shows in the output. */
const log = (line: string) => {
  const s = Math.floor((Date.now() - started) / 1000);
  process.stdout.write(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}\n`);
};

function build(): void {
  if (args.includes('--no-build')) {
    log('Build: skipped (--no-build)');
    return;
  }
  log('Build: npm run build (log in bench/.data/build.log)');
  mkdirSync(DATA, { recursive: true });
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(DATA, 'build.log'), `${result.stdout}\n${result.stderr}`);
  // tsc still emits on type errors; a bench of what was emitted beats no bench while others are mid-change.
  if (result.status !== 0)
    log(`  npm run build exited with ${result.status}; continuing with what was emitted (see build.log)`);
  log(`  ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (!existsSync(join(ROOT, 'backend/dist/main.js')))
    throw new Error('backend/dist/main.js is missing: the build failed');
}

/**
 * One bench at a time: runs share bench/.data/run (the database copy, logs), and two at once would also measure
 * each other. A lock file names the running bench; one left by a dead process is taken over.
 */
function takeLock(): void {
  const lock = join(DATA, 'bench.lock');
  mkdirSync(DATA, { recursive: true });
  const holder = existsSync(lock) ? Number(readFileSync(lock, 'utf8')) : NaN;
  if (holder && holder !== process.pid && isAlive(holder))
    throw new Error(`another bench is running (pid ${holder}); wait for it to finish`);
  writeFileSync(lock, String(process.pid));
  process.on('exit', () => rmSync(lock, { force: true }));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  takeLock();
  const loadBefore = loadavg();
  if (loadBefore[0] > cpus().length * 0.5)
    log(`Warning: load average ${loadBefore[0].toFixed(2)} on ${cpus().length} cores; figures will be noisy`);
  build();
  if (scale) return runScale({ dataDir: DATA, load: LOAD, log, loadBefore });
  const options = quick ? QUICK : FULL;
  const database = await prepareDatabase(DATA, options, (line) => log(`  ${line.trim()}`));
  const redis = await startRedis();
  const sink = await startSmtpSink();
  const backends = await backendStarter({
    databaseUrl: database.url,
    dataDir: DATA,
    redisUrl: redis.url,
    smtpUrl: sink.url,
  });
  const results: Partial<Results> = { scenarios: {}, reminders: {}, memory: {} };
  try {
    // Phase 1: the API and the sweep, with WORKER=off so that the sweep's jobs stay queued on Redis.
    const backend = await backends.start('off');
    const rss = new RssMonitor(backend.pid);
    const api = new Api(backend.url);
    log(`Backend: pid ${backend.pid} on ${backend.url}`);
    for (const scenario of await prepareScenarios(api, options.municipalities)) {
      if ('unavailable' in scenario.spec) {
        log(`  ${scenario.title}: not available (${scenario.spec.unavailable})`);
        results.scenarios![scenario.key] = { title: scenario.title, unavailable: scenario.spec.unavailable };
        continue;
      }
      rss.mark(scenario.key);
      log(`  ${scenario.title}: ${LOAD.warmupSeconds} s warm-up + ${LOAD.seconds} s`);
      const result: ScenarioResult = {
        title: scenario.title,
        ...(await measure(scenario.spec, { ...LOAD, url: backend.url, serverCpuMs: () => cpuMs(backend.pid) })),
      };
      if (scenario.key === 'list') {
        result.baseline = await baselineRun(database.url, scenario.spec.headers ?? {}, backend.url);
        result.ratio = result.baseline ? result.rps! / result.baseline.rps : null;
      }
      results.scenarios![scenario.key] = result;
      log(
        `    ${result.rps!.toFixed(0)} req/s, p95 ${result.p95!.toFixed(1)} ms${result.non2xx || result.errors ? `, ${result.non2xx} non-2xx ${JSON.stringify(result.statuses)}, ${result.errors} errors` : ''}`,
      );
    }

    rss.mark('sweep');
    const adminToken = await api.login(ADMIN_EMAIL, BENCH_PASSWORD);
    log(`  Reminder sweep as of ${AS_OF} over ${database.seed.rows.action} actions`);
    const sweep = await runSweep(api, adminToken, AS_OF, () => cpuMs(backend.pid));
    log(
      sweep.unavailable
        ? `    not available (${sweep.unavailable})`
        : `    ${sweep.digests} digests in ${sweep.seconds!.toFixed(2)} s`,
    );
    const apiMemory = rss.stop();
    await backend.stop();
    results.reminders = { sweep };

    // Phase 2: a backend with WORKER=on empties the mail queue into the SMTP sink.
    let deliveryMemory: ReturnType<RssMonitor['stop']> | null = null;
    if (sweep.digests) {
      const worker = await backends.start('on');
      const workerRss = new RssMonitor(worker.pid);
      workerRss.mark('delivery');
      log(`  Delivery of ${sweep.digests} digests to the SMTP sink`);
      // Capped, so that a slow transport cannot hold the bench for an hour: the rate over the window is the figure.
      const window = { stallSeconds: quick ? 20 : 60, maxSeconds: quick ? 30 : 180 };
      const delivery = await awaitDelivery(sink, sweep.digests, window.stallSeconds, window.maxSeconds, () =>
        cpuMs(worker.pid),
      );
      log(
        `    ${delivery.count} of ${sweep.digests} mails, ${delivery.perSecond.toFixed(0)}/s${delivery.complete ? '' : ' (window ended first)'}`,
      );
      deliveryMemory = workerRss.stop();
      await worker.stop();
      // The yardstick: the same rendered mails, sent by raw nodemailer to the same sink at the same concurrency.
      const mailsFile = join(DATA, 'run/sent-mails.jsonl');
      const sent = await exportSentMails(database.url, mailsFile);
      log(`  Raw nodemailer: ${sent} rendered mails, pooled, concurrency ${MAIL_CONCURRENCY}`);
      const rawMail = await rawNodemailer(sink, mailsFile, sent, MAIL_CONCURRENCY, join(DATA, 'run'), window);
      rmSync(mailsFile, { force: true });
      log(`    ${rawMail.count} of ${sent} mails, ${rawMail.perSecond.toFixed(0)}/s`);
      log(`  Raw BullMQ (information): ${sweep.digests} no-op jobs, concurrency ${MAIL_CONCURRENCY}`);
      const raw = await rawBullmq(redis.url, sweep.digests, MAIL_CONCURRENCY);
      log(`    add ${raw.add.perSecond.toFixed(0)}/s, process ${raw.process.perSecond.toFixed(0)}/s`);
      results.reminders = {
        sweep,
        delivery,
        rawNodemailer: rawMail,
        deliveryRatio: delivery.perSecond / rawMail.perSecond,
        rawBullmq: raw,
        mailConcurrency: MAIL_CONCURRENCY,
      };
    }
    results.memory = {
      peakMb: Math.max(apiMemory.peakMb, deliveryMemory?.peakMb ?? 0),
      apiProcess: apiMemory,
      workerProcess: deliveryMemory,
    };
  } finally {
    await backends.stopAll();
    await sink.stop();
    await redis.stop();
    await database.drop();
  }

  const admin = adminInitialJs(join(ROOT, 'admin/dist'));
  const final: Results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: machine(loadBefore),
    dataset: {
      database: database.kind,
      options,
      rows: database.seed.rows,
      seedSeconds: database.seed.seconds,
      reusedTemplate: database.seed.cached,
    },
    load: { connections: LOAD.connections, warmupSeconds: LOAD.warmupSeconds, seconds: LOAD.seconds },
    scenarios: results.scenarios!,
    reminders: results.reminders,
    memory: results.memory,
    admin: admin && { gzipKb: admin.gzipKb, rawKb: admin.rawKb, files: admin.files },
    targets: [],
  };
  final.targets = targets(final);
  log(`\n${table(final)}\n`);
  const experiment = experimentOf();
  if (experiment) final.experiment = experiment;
  const file = writeJson(join(ROOT, 'bench/results'), final, experiment ? 'experiment' : null);
  log(`Wrote ${file}`);
  if (!quick && !experiment) {
    writeDocs(join(ROOT, 'docs/performance.md'), final, file.slice(ROOT.length + 1));
    log('Updated the figures in docs/performance.md');
  }
}

/**
 * The raw baseline, right after the API's own run so that both see the same machine: first a check that it
 * answers the same JSON and Content-Range as the API, then the same load.
 */
async function baselineRun(databaseUrl: string, headers: Record<string, string>, apiUrl: string) {
  const port = await freePort();
  const baseline = await startChild(
    ['-r', '@swc-node/register', 'bench/baseline-server.ts'],
    {
      SWC_NODE_PROJECT: 'backend/tsconfig.json',
      BASELINE_PORT: String(port),
      DATABASE_URL: databaseUrl,
      BASELINE_MUNICIPALITY_ID: '1',
    },
    /baseline ready/,
    `http://127.0.0.1:${port}`,
    join(DATA, 'run/baseline.log'),
  );
  try {
    const [ours, theirs] = await Promise.all([fetch(apiUrl + LIST_PATH, { headers }), fetch(baseline.url + LIST_PATH)]);
    // Byte for byte: a response schema on the API's side must not drop, reorder or coerce anything.
    const sameJson =
      (await ours.text()) === (await theirs.text()) &&
      ours.headers.get('content-range') === theirs.headers.get('content-range');
    log(`    baseline (same JSON: ${sameJson ? 'yes' : 'NO'}): ${LOAD.warmupSeconds} s warm-up + ${LOAD.seconds} s`);
    const result = await measure(
      { path: LIST_PATH },
      { ...LOAD, url: baseline.url, serverCpuMs: () => cpuMs(baseline.pid) },
    );
    log(`    baseline ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms`);
    return { ...result, sameJson };
  } finally {
    await baseline.stop();
  }
}

main().then(
  // Libraries may keep sockets or timers open; the children are stopped, so nothing is left to wait for.
  () => process.exit(0),
  (error) => {
    process.stderr.write(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

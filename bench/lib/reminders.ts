/**
 * The reminder figures: the daily sweep over the whole dataset (compute every digest, write it to the outbox,
 * queue it on Redis), the delivery of what it queued to an SMTP sink, and raw BullMQ moving as many no-op
 * jobs through the same Redis (for information; the yardstick for delivery is raw nodemailer, raw-mail.ts).
 */
import { Queue, Worker } from 'bullmq';
import { Api, isMissingRoute } from './api';
import type { SmtpSink } from './smtp-sink';

export interface SweepResult {
  unavailable?: string;
  seconds?: number;
  digests?: number;
  /** CPU time of the API process over the sweep, in ms */
  cpuMs?: number | null;
}

/** The sweep over every municipality, as the admin's "run now": one request, answered with counts. */
export async function runSweep(
  api: Api,
  adminToken: string,
  date: string,
  serverCpuMs: () => number | null,
): Promise<SweepResult> {
  const cpuBefore = serverCpuMs();
  const started = performance.now();
  const answer = await api.call<{ workingDay?: boolean; counts?: { queued: number }; queued?: unknown[] }>(
    'POST',
    '/api/reminders/run',
    adminToken,
    { date },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = serverCpuMs();
  if (isMissingRoute(answer)) return { unavailable: 'POST /api/reminders/run is not in this build' };
  if (answer.status !== 200 && answer.status !== 201)
    return { unavailable: `the sweep answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}` };
  if (answer.body.workingDay === false) throw new Error(`${date} is not a working day: the sweep did nothing`);
  // Builds before the counts (BENCH_BACKEND_MAIN) listed every digest instead.
  const digests = answer.body.counts?.queued ?? answer.body.queued?.length ?? 0;
  return { seconds, digests, cpuMs: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null };
}

export interface Throughput {
  count: number;
  seconds: number;
  perSecond: number;
  complete: boolean;
}

/**
 * Waits until `expected` mails arrived, none arrived for `stallSeconds`, or `maxSeconds` passed; the rate runs
 * from the first to the last mail received. With `senderCpuMs`, also the sender's CPU per mail received meanwhile.
 */
export async function awaitDelivery(
  sink: SmtpSink,
  expected: number,
  stallSeconds: number,
  maxSeconds: number,
  senderCpuMs?: () => number | null,
): Promise<Throughput & { cpuMsPerMail?: number | null }> {
  const cpuBefore = senderCpuMs?.() ?? null;
  const receivedBefore = sink.received();
  let lastCount = -1;
  let lastChange = performance.now();
  const until = performance.now() + maxSeconds * 1000;
  while (sink.received() < expected && performance.now() < until) {
    if (sink.received() !== lastCount) {
      lastCount = sink.received();
      lastChange = performance.now();
    } else if (performance.now() - lastChange > stallSeconds * 1000) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cpuAfter = senderCpuMs?.() ?? null;
  const count = sink.received();
  const seconds = sink.first !== null && sink.last !== null ? (sink.last - sink.first) / 1000 : 0;
  const cpuMsPerMail =
    cpuBefore !== null && cpuAfter !== null && count > receivedBefore
      ? (cpuAfter - cpuBefore) / (count - receivedBefore)
      : null;
  return {
    count,
    seconds,
    perSecond: seconds > 0 ? (count - 1) / seconds : NaN,
    complete: count >= expected,
    ...(senderCpuMs ? { cpuMsPerMail } : {}),
  };
}

/**
 * Raw BullMQ with the options of the app's driver (attempts, removeOnComplete): `jobs` no-op jobs added one
 * at a time as the sweep adds them, then processed by a worker of the mail queue's concurrency. Like the
 * delivery figure, the processing rate runs from the first to the last completed job of a filled queue.
 */
export async function rawBullmq(
  redisUrl: string,
  jobs: number,
  concurrency: number,
): Promise<{ add: Throughput; process: Throughput }> {
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const name = `raw-${Date.now()}`;
  const queue = new Queue(name, { connection, prefix: 'bench' });
  const addStarted = performance.now();
  for (let i = 0; i < jobs; i++)
    await queue.add(
      'noop',
      { notificationId: i },
      {
        jobId: `noop-${i}`,
        attempts: 7,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: { age: 86_400, count: 1000 },
        removeOnFail: { age: 7 * 86_400, count: 5000 },
      },
    );
  const addSeconds = (performance.now() - addStarted) / 1000;

  let done = 0;
  let first: number | null = null;
  let last = 0;
  const worker = new Worker(name, async () => undefined, { connection, prefix: 'bench', concurrency });
  const finished = new Promise<void>((resolve) => {
    worker.on('completed', () => {
      last = performance.now();
      first ??= last;
      if (++done === jobs) resolve();
    });
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, 600_000)))]);
  clearTimeout(timer);
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  const seconds = first === null ? 0 : (last - first) / 1000;
  return {
    add: { count: jobs, seconds: addSeconds, perSecond: jobs / addSeconds, complete: true },
    process: { count: done, seconds, perSecond: seconds > 0 ? (done - 1) / seconds : NaN, complete: done === jobs },
  };
}

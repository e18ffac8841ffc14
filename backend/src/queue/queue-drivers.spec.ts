import { Logger } from '@nestjs/common';
import { startRedis, TestRedis } from '../../../test/support/redis-server';
import { BullmqQueueDriver } from './bullmq-queue.driver';
import { InlineQueueDriver } from './inline-queue.driver';
import { backoffDelay, QueueDriver, QueuedJob } from './queue-driver';

/** The contract both drivers keep; the reminder code relies on exactly this and nothing driver-specific. */
async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: TestRedis | undefined;
// The drivers log failed jobs as warnings; here failures are on purpose.
Logger.overrideLogger(false);
const drivers: [string, () => Promise<QueueDriver>][] = [
  ['inline', async () => new InlineQueueDriver()],
  [
    'bullmq',
    async () => {
      redis = await startRedis();
      return new BullmqQueueDriver(redis.url);
    },
  ],
];

describe.each(drivers)('queue driver contract: %s', (_name, make) => {
  let driver: QueueDriver;
  let n = 0;
  const queueName = () => `contract-${Date.now()}-${++n}`;
  beforeAll(async () => {
    driver = await make();
  });
  afterAll(async () => {
    await driver.close();
    await redis?.stop();
    redis = undefined;
  });

  it('answers ping', async () => {
    await expect(driver.ping()).resolves.toBeUndefined();
  });

  it('runs an added job once, with its JSON payload, name and id', async () => {
    const queue = queueName();
    const seen: QueuedJob[] = [];
    driver.process(queue, async (job) => void seen.push(job), 1);
    const id = await driver.add(queue, 'greet', { userId: 7, when: '2026-12-23' }, { jobId: 'greet-7' });
    expect(id).toBe('greet-7');
    await waitFor(() => seen.length === 1, 'the job');
    await sleep(150);
    expect(seen).toEqual([
      { id: 'greet-7', name: 'greet', data: { userId: 7, when: '2026-12-23' }, attempt: 1, maxAttempts: 1 },
    ]);
    await waitFor(async () => (await driver.pending(queue)) === 0, 'an empty queue');
  });

  it('retries a failing job with exponential backoff, passing the try number', async () => {
    const queue = queueName();
    const tries: { attempt: number; at: number }[] = [];
    driver.process(
      queue,
      async (job) => {
        tries.push({ attempt: job.attempt, at: Date.now() });
        if (job.attempt < 3) throw new Error('SMTP down');
      },
      1,
    );
    await driver.add(queue, 'flaky', {}, { attempts: 5, backoffMs: 200 });
    await waitFor(() => tries.length === 3, 'three tries');
    await sleep(700);
    expect(tries.map((t) => t.attempt)).toEqual([1, 2, 3]);
    // 200 ms, then 400 ms: the second gap is the longer one
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(180);
    expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(380);
  });

  it('gives up after the given number of attempts', async () => {
    const queue = queueName();
    let calls = 0;
    driver.process(
      queue,
      async (job) => {
        calls += 1;
        expect(job.maxAttempts).toBe(3);
        throw new Error('always');
      },
      1,
    );
    await driver.add(queue, 'doomed', {}, { attempts: 3, backoffMs: 50 });
    await waitFor(() => calls === 3, 'three calls');
    await sleep(600);
    expect(calls).toBe(3);
    await waitFor(async () => (await driver.pending(queue)) === 0, 'nothing pending');
  });

  it('does not add a job again while one with the same id is pending', async () => {
    const queue = queueName();
    await driver.add(queue, 'once', { n: 1 }, { jobId: 'same' });
    await driver.add(queue, 'once', { n: 2 }, { jobId: 'same' });
    await driver.add(queue, 'other', { n: 3 }, { jobId: 'different' });
    expect(await driver.pending(queue)).toBe(2);
    const seen: unknown[] = [];
    driver.process(queue, async (job) => void seen.push(job.data), 1);
    await waitFor(() => seen.length === 2, 'two jobs');
    await sleep(200);
    expect(seen).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('adds jobs in bulk with their options, skipping ids already pending or repeated in the batch', async () => {
    const queue = queueName();
    await driver.add(queue, 'mail', { n: 0 }, { jobId: 'pending' });
    const ids = await driver.addBulk(queue, [
      { name: 'mail', data: { n: 1 }, options: { jobId: 'a' } },
      { name: 'mail', data: { n: 2 }, options: { jobId: 'pending' } },
      { name: 'mail', data: { n: 3 }, options: { jobId: 'a' } },
      { name: 'other', data: { n: 4 } },
      { name: 'mail', data: { n: 5 }, options: { jobId: 'flaky', attempts: 2, backoffMs: 50 } },
    ]);
    expect(ids.slice(0, 3)).toEqual(['a', 'pending', 'a']);
    expect(ids[4]).toBe('flaky');
    expect(await driver.pending(queue)).toBe(4);
    expect(await driver.addBulk(queue, [])).toEqual([]);

    const seen: QueuedJob[] = [];
    driver.process(
      queue,
      async (job) => {
        seen.push(job);
        if (job.id === 'flaky' && job.attempt === 1) throw new Error('SMTP down');
      },
      1,
    );
    await waitFor(() => seen.length === 5, 'four jobs and one retry');
    await sleep(200);
    expect(seen.map((j) => [j.name, j.data])).toEqual([
      ['mail', { n: 0 }],
      ['mail', { n: 1 }],
      ['other', { n: 4 }],
      ['mail', { n: 5 }],
      ['mail', { n: 5 }],
    ]);
    expect(seen.filter((j) => j.id === 'flaky').map((j) => [j.attempt, j.maxAttempts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    await waitFor(async () => (await driver.pending(queue)) === 0, 'an empty queue');
  });

  it('runs jobs added before processing started, up to the concurrency at once', async () => {
    const queue = queueName();
    for (let i = 0; i < 6; i++) await driver.add(queue, 'parallel', { i });
    let running = 0;
    let most = 0;
    let done = 0;
    driver.process(
      queue,
      async () => {
        running += 1;
        most = Math.max(most, running);
        await sleep(120);
        running -= 1;
        done += 1;
      },
      3,
    );
    await waitFor(() => done === 6, 'six jobs');
    expect(most).toBe(3);
  });

  it('delays a job by delayMs', async () => {
    const queue = queueName();
    let ranAt = 0;
    driver.process(queue, async () => void (ranAt = Date.now()), 1);
    const added = Date.now();
    await driver.add(queue, 'later', {}, { delayMs: 500 });
    await waitFor(() => ranAt > 0, 'the delayed job');
    expect(ranAt - added).toBeGreaterThanOrEqual(450);
  });

  it('fires a scheduled job on its cron pattern until unscheduled, and upserts by id', async () => {
    const queue = queueName();
    const fired: unknown[] = [];
    driver.process(queue, async (job) => void fired.push(job.data), 1);
    await driver.schedule(
      queue,
      'tick',
      { pattern: '*/1 * * * * *', tz: 'Europe/Stockholm' },
      { name: 'tick', data: { v: 1 } },
    );
    await driver.schedule(
      queue,
      'tick',
      { pattern: '*/1 * * * * *', tz: 'Europe/Stockholm' },
      { name: 'tick', data: { v: 2 } },
    );
    await waitFor(() => fired.length >= 2, 'two ticks', 6000);
    await driver.unschedule(queue, 'tick');
    await sleep(1300);
    const count = fired.length;
    await sleep(1300);
    expect(fired.length).toBe(count);
    expect(fired.at(-1)).toEqual({ v: 2 });
  });

  it('lets running jobs finish when processing stops', async () => {
    const queue = queueName();
    let finished = false;
    let started = false;
    driver.process(
      queue,
      async () => {
        started = true;
        await sleep(300);
        finished = true;
      },
      1,
    );
    await driver.add(queue, 'slow', {});
    await waitFor(() => started, 'the slow job to start');
    await driver.stopProcessing();
    expect(finished).toBe(true);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base: about an hour in all for 7 tries at 1 minute', () => {
    expect([1, 2, 3].map((n) => backoffDelay(100, n))).toEqual([100, 200, 400]);
    const total = [1, 2, 3, 4, 5, 6].reduce((sum, n) => sum + backoffDelay(60_000, n), 0);
    expect(total / 60_000).toBe(63);
  });
});

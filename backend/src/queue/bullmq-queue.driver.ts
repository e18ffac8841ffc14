import { Logger } from '@nestjs/common';
import { JobsOptions, Queue, Worker } from 'bullmq';
import IORedis, { Redis } from 'ioredis';
import { BulkJob, JobOptions, JobProcessor, QueueDriver, RepeatSpec } from './queue-driver';

/** All keys live under one prefix, so Kompass can share a Redis with other apps. */
export const BULLMQ_PREFIX = 'kompass';
/** A Redis that is down must not hang a request: adds and schedules give up after this long. */
const REDIS_TIMEOUT_MS = 5000;
/** addBulk sends this many jobs per MULTI, so one call stays well inside the timeout above. */
const BULK_CHUNK = 500;

/** Running jobs (a mail being sent) get this long to finish when the process stops. */
const SHUTDOWN_GRACE_MS = 30_000;
/** A schedule that could not be put back after a reconnect is tried again this often. */
const RESCHEDULE_RETRY_MS = 5000;

export interface BullmqOptions {
  /**
   * BullMQ's lockDuration and stalledInterval: a running job's lock is renewed every half of this, and workers
   * look this often for jobs whose lock ran out (their process died) to run them again. Default 30 s.
   */
  lockMs?: number;
}

function withTimeout<T>(work: Promise<T>, what: string, ms = REDIS_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms / 1000} s (${what})`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** BullMQ's options for the driver's JobOptions, the same for add and addBulk. */
function jobOpts(options: JobOptions): JobsOptions {
  return {
    jobId: options.jobId,
    attempts: Math.max(1, options.attempts ?? 1),
    backoff: options.backoffMs ? { type: 'exponential', delay: options.backoffMs } : undefined,
    delay: options.delayMs,
    // Keep a day of history for Bull Board without letting Redis grow.
    removeOnComplete: { age: 86_400, count: 1000 },
    removeOnFail: { age: 7 * 86_400, count: 5000 },
  };
}

/**
 * BullMQ on Redis: durable jobs shared by every API and worker process. Queues and workers get connections of
 * their own (`maxRetriesPerRequest: null`, which BullMQ requires); the fail-fast `connection` serves health only.
 */
export class BullmqQueueDriver extends QueueDriver {
  readonly name = 'bullmq' as const;
  readonly connection: Redis;
  private readonly logger = new Logger('BullmqQueue');
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  /** Schedules this process upserted, to be put back when Redis comes back empty (see watchReconnects). */
  private readonly schedules = new Map<string, () => Promise<void>>();
  private watcher: Redis | null = null;
  private rescheduling: NodeJS.Timeout | undefined;

  constructor(
    private readonly redisUrl: string,
    private readonly options: BullmqOptions = {},
  ) {
    super();
    this.connection = new IORedis(redisUrl, {
      maxRetriesPerRequest: null,
      lazyConnect: true,
      enableOfflineQueue: false,
    });
    // Errors surface through ping() and health; an unhandled 'error' event would crash the process.
    this.connection.on('error', () => undefined);
  }

  async ping(): Promise<void> {
    if (this.connection.status === 'wait' || this.connection.status === 'end')
      await this.connection.connect().catch(() => undefined);
    // withTimeout clears its timer, so a health check leaves nothing running behind it.
    const answer = await withTimeout(this.connection.ping(), 'ping', 2000);
    if (answer !== 'PONG') throw new Error(`Redis answered ${String(answer)}`);
  }

  boardQueues(names: string[]): Queue[] {
    return names.map((name) => this.queue(name));
  }

  /** The BullMQ queue of that name, created on first use (Bull Board shows these). */
  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: { url: this.redisUrl, maxRetriesPerRequest: null },
        prefix: BULLMQ_PREFIX,
      });
      queue.on('error', (error) => this.logger.warn(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add(queue: string, name: string, data: object, options: JobOptions = {}): Promise<string> {
    const job = await withTimeout(this.queue(queue).add(name, data, jobOpts(options)), `adding ${queue}/${name}`);
    return job.id!;
  }

  async addBulk(queue: string, jobs: BulkJob[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < jobs.length; i += BULK_CHUNK) {
      const chunk = jobs
        .slice(i, i + BULK_CHUNK)
        .map((j) => ({ name: j.name, data: j.data, opts: jobOpts(j.options ?? {}) }));
      const added = await withTimeout(this.queue(queue).addBulk(chunk), `adding ${chunk.length} job(s) to ${queue}`);
      ids.push(...added.map((job) => job.id!));
    }
    return ids;
  }

  process(queue: string, processor: JobProcessor, concurrency: number): void {
    const worker = new Worker(
      queue,
      async (job) =>
        processor({
          id: job.id!,
          name: job.name,
          data: job.data as Record<string, unknown>,
          attempt: job.attemptsMade + 1,
          maxAttempts: job.opts.attempts ?? 1,
        }),
      {
        connection: { url: this.redisUrl, maxRetriesPerRequest: null },
        prefix: BULLMQ_PREFIX,
        concurrency: Math.max(1, concurrency),
        ...(this.options.lockMs ? { lockDuration: this.options.lockMs, stalledInterval: this.options.lockMs } : {}),
      },
    );
    worker.on('error', (error) => this.logger.warn(`Worker ${queue}: ${error.message}`));
    worker.on('failed', (job, error) =>
      this.logger.warn(
        `Job ${queue}/${job?.name} ${job?.id} failed (try ${job?.attemptsMade}/${job?.opts.attempts ?? 1}): ${error.message}`,
      ),
    );
    this.workers.push(worker);
  }

  async stopProcessing(): Promise<void> {
    const workers = this.workers.splice(0);
    if (!workers.length) return;
    // With Redis up, close() lets running jobs finish; with Redis down there is nothing to finish, and a
    // graceful close would wait for a connection forever. Either way shutdown is bounded: a job cut short is
    // retried by BullMQ's stalled-job check, and the outbox claim keeps a retried mail from going out twice.
    const redisUp = await this.ping().then(
      () => true,
      () => false,
    );
    const closing = Promise.all(workers.map((w) => w.close(!redisUp).catch(() => undefined)));
    await withTimeout(closing, 'closing workers', redisUp ? SHUTDOWN_GRACE_MS : REDIS_TIMEOUT_MS).catch(() =>
      this.logger.warn('Workers did not close in time; leaving their jobs to the stalled-job check'),
    );
  }

  async schedule(
    queue: string,
    schedulerId: string,
    repeat: RepeatSpec,
    job: { name: string; data: object },
  ): Promise<void> {
    const upsert = async () => {
      await withTimeout(
        this.queue(queue).upsertJobScheduler(
          schedulerId,
          { pattern: repeat.pattern, tz: repeat.tz },
          { name: job.name, data: job.data },
        ),
        `scheduling ${schedulerId}`,
      );
    };
    await upsert();
    this.schedules.set(`${queue}\u0000${schedulerId}`, upsert);
    this.watchReconnects();
  }

  async unschedule(queue: string, schedulerId: string): Promise<void> {
    this.schedules.delete(`${queue}\u0000${schedulerId}`);
    await withTimeout(this.queue(queue).removeJobScheduler(schedulerId), `unscheduling ${schedulerId}`);
  }

  /**
   * A schedule lives in Redis only. A Redis restarted without persistence (or a failover to an empty replica)
   * comes back without it, and the daily sweep would silently stop until some process restarts. So whenever this
   * process's connection comes back, it upserts its schedules again (an upsert of an unchanged one is a no-op).
   */
  private watchReconnects(): void {
    if (this.watcher) return;
    const watcher = new IORedis(this.redisUrl, { maxRetriesPerRequest: null });
    this.watcher = watcher;
    watcher.on('error', () => undefined);
    let connectedBefore = false;
    watcher.on('ready', () => {
      if (connectedBefore) this.reschedule();
      connectedBefore = true;
    });
  }

  private reschedule(): void {
    clearTimeout(this.rescheduling);
    Promise.all([...this.schedules.values()].map((upsert) => upsert())).then(
      () => this.logger.log(`Redis is back: ${this.schedules.size} schedule(s) put back`),
      (error: Error) => {
        this.logger.warn(`Redis is back, but putting the schedules back failed; retrying: ${error.message}`);
        if (this.watcher) this.rescheduling = setTimeout(() => this.reschedule(), RESCHEDULE_RETRY_MS).unref();
      },
    );
  }

  async pending(queue: string): Promise<number> {
    const counts = await withTimeout(
      this.queue(queue).getJobCounts('waiting', 'delayed', 'active', 'prioritized'),
      `counting ${queue}`,
    );
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    clearTimeout(this.rescheduling);
    this.watcher?.disconnect();
    this.watcher = null;
    await this.stopProcessing();
    const queues = [...this.queues.values()];
    this.queues.clear();
    await withTimeout(Promise.all(queues.map((q) => q.close().catch(() => undefined))), 'closing queues').catch(
      () => undefined,
    );
    this.connection.disconnect();
  }
}

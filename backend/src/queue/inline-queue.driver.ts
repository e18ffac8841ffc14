import { Logger } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { backoffDelay, BulkJob, JobOptions, JobProcessor, QueueDriver, RepeatSpec } from './queue-driver';

interface InlineJob {
  id: string;
  name: string;
  /** Serialised as on Redis, so that a payload that would not survive BullMQ fails here too. */
  payload: string;
  tries: number;
  maxAttempts: number;
  backoffMs: number;
}

interface InlineQueue {
  waiting: InlineJob[];
  active: number;
  processor?: JobProcessor;
  concurrency: number;
}

/** Longest setTimeout Node accepts; longer waits are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Jobs run inside this process, with the same retry and schedule semantics as BullMQ but nothing durable:
 * a restart forgets waiting jobs. That is acceptable because the outbox in the database is the record of
 * what is still to be sent, and the next sweep queues it again.
 */
export class InlineQueueDriver extends QueueDriver {
  readonly name = 'inline' as const;
  private readonly logger = new Logger('InlineQueue');
  private readonly queues = new Map<string, InlineQueue>();
  /** queue + id of every job not yet finished, for deduplication */
  private readonly unfinished = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly schedules = new Map<string, NodeJS.Timeout>();
  private idleWaiters: (() => void)[] = [];
  private stopping = false;
  private sequence = 0;

  async ping(): Promise<void> {}

  async add(queue: string, name: string, data: object, options: JobOptions = {}): Promise<string> {
    const id = options.jobId ?? `inline-${++this.sequence}`;
    const key = `${queue}\u0000${id}`;
    if (this.unfinished.has(key)) return id;
    this.unfinished.add(key);
    const job: InlineJob = {
      id,
      name,
      payload: JSON.stringify(data),
      tries: 0,
      maxAttempts: Math.max(1, options.attempts ?? 1),
      backoffMs: options.backoffMs ?? 0,
    };
    this.after(options.delayMs ?? 0, () => this.enqueue(queue, job));
    return id;
  }

  async addBulk(queue: string, jobs: BulkJob[]): Promise<string[]> {
    const ids: string[] = [];
    for (const job of jobs) ids.push(await this.add(queue, job.name, job.data, job.options));
    return ids;
  }

  process(queue: string, processor: JobProcessor, concurrency: number): void {
    const q = this.queue(queue);
    q.processor = processor;
    q.concurrency = Math.max(1, concurrency);
    this.stopping = false;
    this.pump(queue);
  }

  async stopProcessing(): Promise<void> {
    this.stopping = true;
    if (this.activeCount() === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  async schedule(
    queue: string,
    schedulerId: string,
    repeat: RepeatSpec,
    job: { name: string; data: object },
  ): Promise<void> {
    await this.unschedule(queue, schedulerId);
    const arm = () => {
      const next = CronExpressionParser.parse(repeat.pattern, { tz: repeat.tz, currentDate: new Date() })
        .next()
        .getTime();
      const wait = (at: number) => {
        const timer = setTimeout(
          () => {
            if (Date.now() < at) return wait(at);
            void this.add(queue, job.name, job.data, { jobId: `${schedulerId}-${at}` });
            arm();
          },
          Math.min(Math.max(at - Date.now(), 0), MAX_TIMER_MS),
        );
        this.schedules.set(`${queue}\u0000${schedulerId}`, timer);
      };
      wait(next);
    };
    arm();
  }

  async unschedule(queue: string, schedulerId: string): Promise<void> {
    const key = `${queue}\u0000${schedulerId}`;
    clearTimeout(this.schedules.get(key));
    this.schedules.delete(key);
  }

  async pending(queue: string): Promise<number> {
    let count = 0;
    for (const key of this.unfinished) if (key.startsWith(`${queue}\u0000`)) count += 1;
    return count;
  }

  async close(): Promise<void> {
    for (const timer of this.schedules.values()) clearTimeout(timer);
    this.schedules.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.stopProcessing();
  }

  /** Jobs run in this process: no queues for Bull Board to show. */
  boardQueues(): null {
    return null;
  }

  private queue(name: string): InlineQueue {
    let q = this.queues.get(name);
    if (!q) this.queues.set(name, (q = { waiting: [], active: 0, concurrency: 1 }));
    return q;
  }

  private enqueue(queue: string, job: InlineJob): void {
    this.queue(queue).waiting.push(job);
    this.pump(queue);
  }

  private after(ms: number, run: () => void): void {
    if (ms <= 0) return run();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  private pump(queue: string): void {
    const q = this.queue(queue);
    while (q.processor && !this.stopping && q.active < q.concurrency && q.waiting.length) {
      const job = q.waiting.shift()!;
      q.active += 1;
      void this.run(queue, q, q.processor, job);
    }
  }

  private async run(queue: string, q: InlineQueue, processor: JobProcessor, job: InlineJob): Promise<void> {
    job.tries += 1;
    try {
      await processor({
        id: job.id,
        name: job.name,
        data: JSON.parse(job.payload) as Record<string, unknown>,
        attempt: job.tries,
        maxAttempts: job.maxAttempts,
      });
      this.unfinished.delete(`${queue}\u0000${job.id}`);
    } catch (error) {
      if (job.tries < job.maxAttempts)
        this.after(backoffDelay(job.backoffMs, job.tries), () => this.enqueue(queue, job));
      else {
        this.unfinished.delete(`${queue}\u0000${job.id}`);
        this.logger.warn(
          `Job ${queue}/${job.name} ${job.id} failed after ${job.tries} tries: ${(error as Error).message}`,
        );
      }
    } finally {
      q.active -= 1;
      this.pump(queue);
      if (this.activeCount() === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private activeCount(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.active;
    return n;
  }
}

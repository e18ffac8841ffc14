import type { Queue } from 'bullmq';

/** A queue Bull Board can show (a type only: bullmq is loaded by its driver). */
export type BoardQueue = Queue;

/**
 * The queue behind jobs: BullMQ on Redis when REDIS_URL is set (production), an in-process driver otherwise
 * (the embedded default of `npm start`). Health reports which one runs. Both drivers pass the same contract
 * suite (queue-drivers.spec.ts), so code above this class never asks which one it has.
 */
export abstract class QueueDriver {
  abstract readonly name: 'bullmq' | 'inline';
  /** Throws when the backing service does not answer. */
  abstract ping(): Promise<void>;
  /** Adds a job. Payloads are JSON (IDs, not entities): they cross process boundaries on BullMQ. */
  abstract add(queue: string, name: string, data: object, options?: JobOptions): Promise<string>;
  /** Adds many jobs in one round trip (same options and jobId deduplication as add); returns their ids in order. */
  abstract addBulk(queue: string, jobs: BulkJob[]): Promise<string[]>;
  /** Starts consuming a queue in this process. Only worker processes (or `WORKER=on`) call it. */
  abstract process(queue: string, processor: JobProcessor, concurrency: number): void;
  /** Takes no new jobs and waits for the running ones; called before the database closes. */
  abstract stopProcessing(): Promise<void>;
  /** Creates or replaces a repeating job (BullMQ's upsertJobScheduler; a timer inline). */
  abstract schedule(
    queue: string,
    schedulerId: string,
    repeat: RepeatSpec,
    job: { name: string; data: object },
  ): Promise<void>;
  abstract unschedule(queue: string, schedulerId: string): Promise<void>;
  /** Jobs waiting, delayed or running in a queue. */
  abstract pending(queue: string): Promise<number>;
  abstract close(): Promise<void>;
  /** The queues of these names for Bull Board, or null when the driver has none to show (inline: no Redis). */
  abstract boardQueues(names: string[]): BoardQueue[] | null;
}

export interface JobOptions {
  /** A job whose id is already waiting, delayed or running is not added again. BullMQ ids may not contain ':'. */
  jobId?: string;
  /** Tries in all, the first included (default 1). */
  attempts?: number;
  /** Delay before the first retry; it doubles with every further retry (exponential backoff). */
  backoffMs?: number;
  delayMs?: number;
}

export interface BulkJob {
  name: string;
  data: object;
  options?: JobOptions;
}

export interface QueuedJob {
  id: string;
  name: string;
  data: Record<string, unknown>;
  /** 1 on the first try */
  attempt: number;
  maxAttempts: number;
}

export type JobProcessor = (job: QueuedJob) => Promise<unknown>;

/** A cron pattern (5 fields, or 6 with seconds) read in the time zone tz. */
export interface RepeatSpec {
  pattern: string;
  tz: string;
}

/** Backoff before try n+1 after n failed tries: base, 2·base, 4·base… (BullMQ's "exponential"). */
export function backoffDelay(baseMs: number, failedTries: number): number {
  return baseMs * 2 ** Math.max(0, failedTries - 1);
}

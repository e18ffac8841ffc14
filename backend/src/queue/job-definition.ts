import type { JobOptions, QueuedJob } from './queue-driver';

/**
 * One kind of background job: a Nest provider in a file of its own that registers itself with
 * `JobsService.define(this)` and handles a payload of IDs. Run by whichever process consumes its queue.
 */
export interface JobDefinition<T extends object> {
  readonly queue: string;
  readonly name: string;
  /** Jobs of one queue run this many at a time per process (the highest of its definitions counts). */
  readonly concurrency?: number;
  /** Defaults for every enqueue, e.g. attempts and backoff from the configuration. */
  defaults?(): JobOptions;
  run(data: T, job: QueuedJob): Promise<unknown>;
}

/**
 * The queue behind jobs: BullMQ on Redis when REDIS_URL is set (production), an in-process driver otherwise
 * (the embedded default of `npm start`). Health reports which one runs.
 */
export abstract class QueueDriver {
  abstract readonly name: 'bullmq' | 'inline';
  /** Throws when the backing service does not answer. */
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;
}

import { QueueDriver } from './queue-driver';

/** Jobs run inside this process; nothing to connect to, so it is always up. */
export class InlineQueueDriver extends QueueDriver {
  readonly name = 'inline' as const;

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}

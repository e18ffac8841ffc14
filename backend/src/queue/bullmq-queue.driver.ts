import IORedis, { Redis } from 'ioredis';
import { QueueDriver } from './queue-driver';

/** BullMQ's Redis connection. `maxRetriesPerRequest: null` is what BullMQ workers require. */
export class BullmqQueueDriver extends QueueDriver {
  readonly name = 'bullmq' as const;
  readonly connection: Redis;

  constructor(redisUrl: string) {
    super();
    this.connection = new IORedis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true, enableOfflineQueue: false });
    // Errors surface through ping() and health; an unhandled 'error' event would crash the process.
    this.connection.on('error', () => undefined);
  }

  async ping(): Promise<void> {
    if (this.connection.status === 'wait' || this.connection.status === 'end') await this.connection.connect().catch(() => undefined);
    const answer = await Promise.race([
      this.connection.ping(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 2 s')), 2000)),
    ]);
    if (answer !== 'PONG') throw new Error(`Redis answered ${answer}`);
  }

  async close(): Promise<void> {
    this.connection.disconnect();
  }
}

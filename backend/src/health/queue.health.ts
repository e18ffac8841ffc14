import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueDriver } from '../queue/queue-driver';

@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly queue: QueueDriver,
  ) {}

  async check(key = 'queue') {
    const session = this.indicator.check(key);
    try {
      await this.queue.ping();
      return session.up({ driver: this.queue.name });
    } catch (error) {
      return session.down({ driver: this.queue.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

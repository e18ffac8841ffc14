import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { BullmqQueueDriver } from './bullmq-queue.driver';
import { InlineQueueDriver } from './inline-queue.driver';
import { JobsService } from './jobs.service';
import { QueueDriver } from './queue-driver';

@Global()
@Module({
  providers: [
    {
      provide: QueueDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig): QueueDriver =>
        config.redisUrl
          ? new BullmqQueueDriver(config.redisUrl, { lockMs: config.jobLockMs })
          : new InlineQueueDriver(),
    },
    JobsService,
  ],
  exports: [QueueDriver, JobsService],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(QueueDriver) private readonly driver: QueueDriver) {}

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}

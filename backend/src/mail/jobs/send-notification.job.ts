import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import type { JobDefinition } from '../../queue/job-definition';
import { JobsService } from '../../queue/jobs.service';
import type { JobOptions } from '../../queue/queue-driver';
import { MAIL_CONCURRENCY } from '../mail-concurrency';
import { DeliveryOutcome, OutboxService } from '../outbox.service';

export interface SendNotificationData {
  notificationId: number;
}

/** Sends one outbox row. The payload is the id only; the job re-reads the row and skips it once sent. */
@Injectable()
export class SendNotificationJob implements JobDefinition<SendNotificationData>, OnModuleInit {
  readonly queue = 'mail';
  readonly name = 'send-notification';
  readonly concurrency = MAIL_CONCURRENCY;

  constructor(
    private readonly jobs: JobsService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define(this);
  }

  /** MAIL_RETRY_ATTEMPTS tries, backoff doubling from MAIL_RETRY_DELAY_MS: about an hour with the defaults. */
  defaults(): JobOptions {
    return { attempts: this.config.mailRetryAttempts, backoffMs: this.config.mailRetryDelayMs };
  }

  /** The job id names the notification and its attempt count: concurrent sweeps queue it once. */
  enqueue(notificationId: number, attempts: number): Promise<string> {
    return this.jobs.enqueue(this, { notificationId }, { jobId: `notification-${notificationId}-${attempts}` });
  }

  /** The same for many rows in one round trip (a municipality's digests). */
  enqueueMany(rows: { id: number; attempts: number }[]): Promise<string[]> {
    return this.jobs.enqueueMany(
      this,
      rows.map((row) => ({
        data: { notificationId: row.id },
        options: { jobId: `notification-${row.id}-${row.attempts}` },
      })),
    );
  }

  run(data: SendNotificationData): Promise<DeliveryOutcome> {
    return this.outbox.deliver(Number(data.notificationId));
  }
}

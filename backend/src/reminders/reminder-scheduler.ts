import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../queue/jobs.service';
import { ReminderSweepJob } from './jobs/reminder-sweep.job';

export const DAILY_SWEEP_SCHEDULER = 'daily-reminder-sweep';
const RETRY_MS = 30_000;

/**
 * Schedules the daily sweep in every process that runs jobs. On BullMQ that is an upsert of one job scheduler
 * shared by all workers (so N workers still sweep once a day); inline it is a timer in this process.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReminderScheduler.name);
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly jobs: JobsService,
    private readonly sweepJob: ReminderSweepJob,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.jobs.runsJobs) this.scheduleNow();
  }

  onModuleDestroy(): void {
    clearTimeout(this.retry);
  }

  /** Not awaited by the start: a Redis that is not up yet must not block it, so failures retry in the background. */
  private scheduleNow(): void {
    const repeat = { pattern: this.config.reminderCron, tz: this.config.timeZone };
    this.jobs
      .schedule(DAILY_SWEEP_SCHEDULER, this.sweepJob, repeat, {})
      .then(() =>
        this.logger.log(`Reminder sweep scheduled at "${repeat.pattern}" (${repeat.tz}); it skips non-working days`),
      )
      .catch((error: Error) => {
        this.logger.error(`Could not schedule the reminder sweep, retrying in ${RETRY_MS / 1000} s: ${error.message}`);
        this.retry = setTimeout(() => this.scheduleNow(), RETRY_MS);
        this.retry.unref();
      });
  }
}

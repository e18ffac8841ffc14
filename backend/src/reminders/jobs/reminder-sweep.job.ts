import { Injectable, OnModuleInit } from '@nestjs/common';
import type { ReminderRunResponse } from '@kompass/shared';
import type { JobDefinition } from '../../queue/job-definition';
import { JobsService } from '../../queue/jobs.service';
import { ReminderSweepService } from '../reminder-sweep.service';

export interface ReminderSweepData {
  /** YYYY-MM-DD; the scheduler leaves it out, meaning today in TZ when the job runs */
  date?: string;
  municipalityId?: number;
}

/** The daily sweep as a job: fired by the scheduler at REMINDER_CRON; it skips non-working days itself. */
@Injectable()
export class ReminderSweepJob implements JobDefinition<ReminderSweepData>, OnModuleInit {
  readonly queue = 'reminders';
  readonly name = 'daily-sweep';

  constructor(
    private readonly jobs: JobsService,
    private readonly sweep: ReminderSweepService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(this);
  }

  /** A sweep that fails (database down) is tried again; it is idempotent for its day. */
  defaults() {
    return { attempts: 3, backoffMs: 60_000 };
  }

  run(data: ReminderSweepData): Promise<ReminderRunResponse> {
    return this.sweep.run(data.date, data.municipalityId);
  }
}

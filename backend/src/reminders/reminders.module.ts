import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Action } from '../actions/action.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { MailModule } from '../mail/mail.module';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';
import { QueueBoardModule } from '../queue/board/queue-board.module';
import { DigestWriter } from './digest-writer.service';
import { ReminderSweepJob } from './jobs/reminder-sweep.job';
import { ReminderScheduler } from './reminder-scheduler';
import { ReminderSettings } from './reminder-settings.entity';
import { ReminderSettingsController } from './reminder-settings.controller';
import { ReminderSettingsService } from './reminder-settings.service';
import { ReminderSweepReader } from './reminder-sweep.reader';
import { ReminderSweepService } from './reminder-sweep.service';
import { RemindersController } from './reminders.controller';

/** Sweep, rules, digests and their jobs; the board's session route. Reads plans and actions, never writes them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReminderSettings, ActionPlan, Action, User, Municipality, Evaluation]),
    QueueBoardModule,
    MailModule,
  ],
  controllers: [RemindersController, ReminderSettingsController],
  providers: [
    ReminderSettingsService,
    ReminderSweepReader,
    ReminderSweepService,
    DigestWriter,
    ReminderSweepJob,
    ReminderScheduler,
  ],
  exports: [ReminderSweepService],
})
export class RemindersModule {}

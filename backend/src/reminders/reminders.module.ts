import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Action } from '../actions/action.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { MailModule } from '../mail/mail.module';
import { Notification } from '../mail/notification.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';
import { BoardAccess } from './board/board-access.service';
import { DigestWriter } from './digest-writer.service';
import { ReminderSweepJob } from './jobs/reminder-sweep.job';
import { ReminderScheduler } from './reminder-scheduler';
import { ReminderSettings } from './reminder-settings.entity';
import { ReminderSettingsController } from './reminder-settings.controller';
import { ReminderSettingsService } from './reminder-settings.service';
import { ReminderSweepService } from './reminder-sweep.service';
import { RemindersController } from './reminders.controller';

/** Sweep, rules, digests and their jobs; Bull Board access. Reads plans and actions, never writes them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReminderSettings, ActionPlan, Action, User, Municipality, Notification, Evaluation]),
    // Secrets are passed per call (the board's own derived key), so no module-wide secret.
    JwtModule.register({}),
    MailModule,
  ],
  controllers: [RemindersController, ReminderSettingsController],
  providers: [ReminderSettingsService, ReminderSweepService, DigestWriter, ReminderSweepJob, ReminderScheduler, BoardAccess],
  exports: [ReminderSweepService, BoardAccess],
})
export class RemindersModule {}

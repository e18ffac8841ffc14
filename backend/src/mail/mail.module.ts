import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SendNotificationJob } from './jobs/send-notification.job';
import { MailTransport } from './mail-transport';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** Templates, transport (SMTP or .eml files) and the outbox with its send job. Knows nothing of reminders. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [NotificationsController],
  providers: [MailTransport, OutboxRepository, OutboxService, NotificationsService, SendNotificationJob],
  exports: [OutboxRepository, OutboxService, SendNotificationJob, MailTransport],
})
export class MailModule {}

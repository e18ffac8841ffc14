import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Or, Repository } from 'typeorm';
import { NotificationStatus } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { MailTransport } from './mail-transport';
import { Notification } from './notification.entity';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'superseded' | 'missing';

/** Thrown while another worker holds the lease, so that the job retries and then finds the mail sent. */
export class NotificationBusyError extends Error {}

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  /**
   * Sends one notification at most once, however many jobs for it run on however many workers: a conditional
   * UPDATE claims the row (unsent, not superseded, no live lease), and only the claimant sends. A failure
   * is recorded (status failed, attempts, lastError) and rethrown so the queue retries with backoff.
   */
  async deliver(notificationId: number): Promise<DeliveryOutcome> {
    const now = new Date();
    const claim = await this.notifications
      .createQueryBuilder()
      .update(Notification)
      .set({ lockedUntil: new Date(now.getTime() + this.config.mailLeaseMs), attempts: () => '"attempts" + 1' })
      .where({
        id: notificationId,
        status: In([NotificationStatus.Queued, NotificationStatus.Failed]),
        supersededById: IsNull(),
        lockedUntil: Or(IsNull(), LessThan(now)),
      })
      .execute();
    if (claim.affected !== 1) {
      const current = await this.notifications.findOneBy({ id: notificationId });
      if (!current) return 'missing';
      if (current.status === NotificationStatus.Sent) return 'already-sent';
      if (current.supersededById !== null) return 'superseded';
      throw new NotificationBusyError(`Notification ${notificationId} is being sent by another worker`);
    }

    const n = await this.notifications.findOneByOrFail({ id: notificationId });
    try {
      await this.transport.send({
        to: n.email,
        subject: n.subject,
        text: n.bodyText,
        html: n.bodyHtml,
        messageId: `<notification-${n.id}.${n.idempotencyKey.replace(/[^\w.-]/g, '.')}@${this.mailDomain()}>`,
        fileName: `${n.date}-${n.kind}-${n.id}.eml`,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.notifications.update({ id: n.id }, { status: NotificationStatus.Failed, lastError: message.slice(0, 1000), lockedUntil: null });
      this.logger.warn(`Sending notification ${n.id} failed (attempt ${n.attempts}): ${message}`);
      throw error;
    }
    await this.notifications.update({ id: n.id }, { status: NotificationStatus.Sent, sentAt: new Date(), lastError: null, lockedUntil: null });
    return 'sent';
  }

  private mailDomain(): string {
    try {
      return new URL(this.config.appUrl).hostname || 'kompass.local';
    } catch {
      return 'kompass.local';
    }
  }
}

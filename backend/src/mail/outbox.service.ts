import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotificationStatus } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { MailTransport } from './mail-transport';
import { Notification } from './notification.entity';
import { OutboxStatements } from './outbox-statements';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'superseded' | 'missing';

/** Thrown while another worker holds the lease, so that the job retries and then finds the mail sent. */
export class NotificationBusyError extends Error {}

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);
  private readonly statements: OutboxStatements;

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {
    this.statements = new OutboxStatements(notifications.manager);
  }

  /**
   * Sends one notification at most once, however many jobs for it run on however many workers: a conditional
   * UPDATE claims the row (unsent, not superseded, no live lease), and only the claimant sends. A failure
   * is recorded (status failed, attempts, lastError) and rethrown so the queue retries with backoff.
   */
  async deliver(notificationId: number): Promise<DeliveryOutcome> {
    const now = new Date();
    const n = await this.statements.claim(notificationId, now, new Date(now.getTime() + this.config.mailLeaseMs));
    if (!n) {
      const current = await this.notifications.findOne({ select: { id: true, status: true, supersededById: true }, where: { id: notificationId } });
      if (!current) return 'missing';
      if (current.status === NotificationStatus.Sent) return 'already-sent';
      if (current.supersededById !== null) return 'superseded';
      throw new NotificationBusyError(`Notification ${notificationId} is being sent by another worker`);
    }

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
    await this.statements.markSent(n.id, new Date());
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

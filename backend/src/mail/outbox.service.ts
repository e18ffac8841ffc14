import { Injectable, Logger } from '@nestjs/common';
import { NotificationStatus } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { MailTransport } from './mail-transport';
import { ClaimedMail, OutboxRepository } from './outbox.repository';
import { renderDigest } from './templates/digest.template';
import { TransactionRunner } from '../database/transaction-runner';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'superseded' | 'missing';

/** Thrown while another worker holds the lease, so that the job retries and then finds the mail sent. */
export class NotificationBusyError extends Error {}

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * Sends one notification at most once, however many jobs for it run on however many workers: a conditional
   * UPDATE claims the row (unsent, not superseded, no live lease), and only the claimant sends. A failure
   * is recorded (status failed, attempts, lastError) and rethrown so the queue retries with backoff.
   */
  async deliver(notificationId: number): Promise<DeliveryOutcome> {
    const now = new Date();
    const n = await this.tx.write(() =>
      this.outbox.claim(notificationId, now, new Date(now.getTime() + this.config.mailLeaseMs)),
    );
    if (!n) {
      const current = await this.outbox.deliveryState(notificationId);
      if (!current) return 'missing';
      if (current.status === NotificationStatus.Sent) return 'already-sent';
      if (current.supersededById !== null) return 'superseded';
      throw new NotificationBusyError(`Notification ${notificationId} is being sent by another worker`);
    }

    let body: { text: string; html: string };
    try {
      body = this.bodyOf(n);
      await this.transport.send({
        to: n.email,
        subject: n.subject,
        text: body.text,
        html: body.html,
        messageId: `<notification-${n.id}.${n.idempotencyKey.replace(/[^\w.-]/g, '.')}@${this.mailDomain()}>`,
        fileName: `${n.date}-${n.kind}-${n.id}.eml`,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.tx.write(() => this.outbox.markFailed(n.id, message));
      this.logger.warn(`Sending notification ${n.id} failed (attempt ${n.attempts}): ${message}`);
      throw error;
    }
    await this.tx.write(() => this.outbox.markSent(n.id, new Date(), body));
    return 'sent';
  }

  /**
   * The bodies to send: rendered now from the content the sweep stored (a retry renders the same again), or,
   * on a row written before rendering moved to send time, the bodies it carries.
   */
  private bodyOf(n: ClaimedMail): { text: string; html: string } {
    if (n.content) {
      const { text, html } = renderDigest({ ...n.content, appUrl: this.config.appUrl });
      return { text, html };
    }
    if (n.bodyText !== null && n.bodyHtml !== null) return { text: n.bodyText, html: n.bodyHtml };
    throw new Error(`Notification ${n.id} has neither content nor bodies`);
  }

  private mailDomain(): string {
    try {
      return new URL(this.config.appUrl).hostname || 'kompass.local';
    } catch {
      return 'kompass.local';
    }
  }
}

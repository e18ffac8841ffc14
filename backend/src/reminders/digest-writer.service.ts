import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Not, Or, Repository } from 'typeorm';
import { Locale, NotificationKind, NotificationStatus, type ReminderRunResponse } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { SendNotificationJob } from '../mail/jobs/send-notification.job';
import { Notification, NotificationItem } from '../mail/notification.entity';
import { DigestLine, PlanLine, renderDigest } from '../mail/templates/digest.template';
import type { User } from '../users/user.entity';

/** A digest the sweep decided on, before it is an outbox row. */
export interface PlannedDigest {
  recipient: Pick<User, 'id' | 'email' | 'name' | 'locale'>;
  municipalityId: number;
  municipalityName: string;
  kind: NotificationKind;
  lines: DigestLine[];
  plans: PlanLine[];
  planId: number | null;
  escalationDays: number;
}

export type QueuedDigest = ReminderRunResponse['queued'][number];

function isUniqueViolation(error: unknown): boolean {
  const code = String((error as { driverError?: { code?: string } })?.driverError?.code ?? '');
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Turns planned digests into outbox rows and send jobs. The idempotency key (recipient + kind + day; for a
 * closing summary recipient + plan) is claimed by the INSERT itself: a second sweep the same day, in this
 * process or another, hits the unique index and only re-queues the existing row if it is still unsent.
 */
@Injectable()
export class DigestWriter {
  private readonly logger = new Logger(DigestWriter.name);

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly sendJob: SendNotificationJob,
    private readonly config: AppConfig,
  ) {}

  static key(kind: NotificationKind, userId: number, date: string, planId: number | null): string {
    return kind === NotificationKind.Closing ? `closing:user-${userId}:plan-${planId}` : `${kind}:user-${userId}:${date}`;
  }

  async write(date: string, digest: PlannedDigest): Promise<QueuedDigest | null> {
    const key = DigestWriter.key(digest.kind, digest.recipient.id, date, digest.planId);
    let row = await this.notifications.findOneBy({ idempotencyKey: key });
    if (!row) {
      row = await this.insert(key, date, digest);
      if (row.kind !== NotificationKind.Closing) await this.supersedeOlder(row);
    }
    if (row.status === NotificationStatus.Sent || row.supersededById !== null) return null;
    return this.requeue(row);
  }

  /** Queues the send job of an unsent row. The job id names its attempts, so concurrent sweeps add it once. */
  async requeue(row: Pick<Notification, 'id' | 'attempts' | 'userId' | 'email' | 'kind' | 'actionIds'>): Promise<QueuedDigest> {
    try {
      await this.sendJob.enqueue(row.id, row.attempts);
    } catch (error) {
      // The row stays queued in the outbox; the next sweep queues it again.
      this.logger.warn(`Could not queue notification ${row.id}: ${(error as Error).message}`);
    }
    return { notificationId: row.id, recipient: { userId: row.userId, email: row.email }, kind: row.kind, actionIds: row.actionIds };
  }

  private async insert(key: string, date: string, digest: PlannedDigest): Promise<Notification> {
    const locale = digest.recipient.locale === Locale.En ? Locale.En : Locale.Sv;
    const mail = renderDigest({
      kind: digest.kind,
      locale,
      recipientName: digest.recipient.name,
      municipalityName: digest.municipalityName,
      appUrl: this.config.appUrl,
      date,
      items: digest.lines,
      plans: digest.plans,
      escalationDays: digest.escalationDays,
    });
    const items: NotificationItem[] = digest.lines.map((l) => ({ actionId: l.actionId, reason: l.reason, deadline: l.deadline }));
    try {
      return await this.notifications.save(
        this.notifications.create({
          idempotencyKey: key,
          userId: digest.recipient.id,
          email: digest.recipient.email,
          municipalityId: digest.municipalityId,
          kind: digest.kind,
          date,
          planId: digest.planId,
          locale,
          subject: mail.subject,
          bodyText: mail.text,
          bodyHtml: mail.html,
          actionIds: items.map((i) => i.actionId),
          items,
          status: NotificationStatus.Queued,
          attempts: 0,
          lastError: null,
          sentAt: null,
          lockedUntil: null,
          supersededById: null,
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.notifications.findOneByOrFail({ idempotencyKey: key });
    }
  }

  /**
   * Unsent digests of the same kind from earlier days are replaced by this one (their items were due again
   * and are in it), so a late retry can never deliver a stale digest on top of today's.
   */
  private async supersedeOlder(row: Notification): Promise<void> {
    await this.notifications.update(
      {
        userId: row.userId!,
        kind: row.kind,
        date: LessThan(row.date),
        id: Not(row.id),
        status: In([NotificationStatus.Queued, NotificationStatus.Failed]),
        supersededById: IsNull(),
        lockedUntil: Or(IsNull(), LessThan(new Date())),
      },
      { supersededById: row.id },
    );
  }
}

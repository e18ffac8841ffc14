import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  NotificationDetail,
  NotificationRecord,
  NotificationStatus,
} from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import { ConflictException, NotFoundException } from '../common/errors/domain.exception';
import { enumFilter, intFilter, ListPage, ListSpec, queryPage, RawListQuery, stringFilter } from '../common/list';
import { SendNotificationJob } from './jobs/send-notification.job';
import { Notification } from './notification.entity';
import { OutboxRepository } from './outbox.repository';
import { TransactionRunner } from '../database/transaction-runner';

const LIST_SPEC: ListSpec = {
  filters: {
    id: intFilter(),
    userId: intFilter(),
    municipalityId: intFilter(),
    planId: intFilter(),
    kind: enumFilter(NOTIFICATION_KINDS),
    status: enumFilter(NOTIFICATION_STATUSES),
    date: stringFilter(),
    email: stringFilter(),
  },
  sortable: ['id', 'date', 'kind', 'status', 'attempts', 'sentAt', 'createdAt', 'email'],
  defaultSort: ['id', 'DESC'],
};

export function toNotificationRecord(n: Notification): NotificationRecord {
  return {
    id: n.id,
    userId: n.userId,
    email: n.email,
    municipalityId: n.municipalityId,
    kind: n.kind,
    date: n.date,
    subject: n.subject,
    actionIds: n.actionIds,
    planId: n.planId,
    status: n.status,
    attempts: n.attempts,
    lastError: n.lastError,
    sentAt: n.sentAt ? n.sentAt.toISOString() : null,
    supersededById: n.supersededById,
    idempotencyKey: n.idempotencyKey,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

function toDetail(n: Notification): NotificationDetail {
  return { ...toNotificationRecord(n), bodyText: n.bodyText, bodyHtml: n.bodyHtml };
}

/**
 * The outbox: admins see all, coordinators their municipality, everyone else their own. The only write is
 * sending a failed mail again.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly sendJob: SendNotificationJob,
    private readonly tx: TransactionRunner,
  ) {}

  /** One mail with the bodies as sent; to anyone who may not see it, it does not exist. */
  async get(actor: AuthUser, id: number): Promise<NotificationDetail> {
    return toDetail(await this.find(actor, id));
  }

  /**
   * Sends a failed mail again: marks it queued and queues a send job named by its attempts. Idempotent: a mail
   * already queued again, or sent, is left as it is (and the send itself claims the row, so it goes out at most
   * once). A superseded one is never sent (409).
   */
  async retry(actor: AuthUser, id: number): Promise<NotificationDetail> {
    const current = await this.find(actor, id);
    if (current.supersededById !== null)
      throw new ConflictException(
        `Notification ${id} was superseded by ${current.supersededById} and is not sent`,
      ).withCode('notification_not_failed');
    const requeued = await this.tx.transaction(async (em) => {
      // The claim first, so that of two retries at once only one still finds the mail failed. The entity is then
      // saved, so the audit trail records who retried it (failed → queued).
      if (!(await this.outbox.claimFailed(em, id))) return null;
      const n = await em.findOneByOrFail(Notification, { id });
      n.status = NotificationStatus.Queued;
      return em.save(n);
    });
    if (!requeued) return toDetail(await this.find(actor, id));
    await this.sendJob.enqueue(requeued.id, requeued.attempts);
    return toDetail(requeued);
  }

  private async find(actor: AuthUser, id: number): Promise<Notification> {
    const n = await this.outbox.visibleTo(actor, 'n').andWhere('n.id = :id', { id }).getOne();
    if (!n) throw new NotFoundException('Notification', id);
    return n;
  }

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<NotificationRecord>> {
    return (await queryPage(this.outbox.visibleTo(actor, 'n'), 'n', raw, LIST_SPEC)).map(toNotificationRecord);
  }
}

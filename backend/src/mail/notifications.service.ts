import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES, NotificationRecord, Role } from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import { applyListQuery, enumFilter, intFilter, ListPage, ListSpec, parseListQuery, RawListQuery, stringFilter } from '../common/list';
import { Notification } from './notification.entity';

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

/** The outbox as a read-only resource: admins see all, coordinators their municipality, everyone else their own. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<NotificationRecord>> {
    const query = parseListQuery(raw, LIST_SPEC);
    const qb = this.scoped(actor);
    const [rows, total] = await applyListQuery(qb, 'n', query, LIST_SPEC).getManyAndCount();
    return new ListPage(rows.map(toNotificationRecord), total, query.skip);
  }

  private scoped(actor: AuthUser): SelectQueryBuilder<Notification> {
    const qb = scopeToTenant(this.notifications.createQueryBuilder('n'), 'n', actor);
    if (actor.role === Role.Admin || actor.role === Role.Coordinator) return qb;
    return qb.andWhere('n.userId = :self', { self: actor.id });
  }
}

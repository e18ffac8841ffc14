import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AUDIT_ACTIONS, Role, type AuditEventRecord } from '@kompass/shared';
import { enumFilter, intFilter, ListPage, ListSpec, queryPage, RawListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import { User } from '../users/user.entity';
import { AuditEvent } from './audit-event.entity';
import { AUDITED_ENTITIES } from './audited-entities';

const LIST_SPEC: ListSpec = {
  filters: {
    id: intFilter(),
    entity: enumFilter(AUDITED_ENTITIES),
    entityId: intFilter(),
    municipalityId: intFilter(),
    actorId: intFilter(),
    action: enumFilter(AUDIT_ACTIONS),
  },
  sortable: ['id', 'createdAt', 'entity', 'entityId', 'actorId'],
  defaultSort: ['id', 'DESC'],
};

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** The trail of the caller's municipality; changes to people are for admins and coordinators only. */
  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<AuditEventRecord>> {
    const qb = scopeToTenant(this.events.createQueryBuilder('a'), 'a', actor);
    if (actor.role === Role.DepartmentHead || actor.role === Role.Leadership) qb.andWhere("a.entity <> 'user'");
    const page = await queryPage(qb, 'a', raw, LIST_SPEC);
    const actorIds = [...new Set(page.data.map((e) => e.actorId).filter((id): id is number => id !== null))];
    const names = new Map(
      actorIds.length
        ? (await this.users.find({ where: { id: In(actorIds) }, select: { id: true, name: true } })).map((u) => [
            u.id,
            u.name,
          ])
        : [],
    );
    const showEmail = actor.role === Role.Admin || actor.role === Role.Coordinator;
    return page.map((e) => ({
      ...e,
      actorName: e.actorId === null ? null : (names.get(e.actorId) ?? null),
      actorEmail: showEmail ? e.actorEmail : null,
      createdAt: e.createdAt.toISOString(),
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Role } from '@kompass/shared';
import { applyListQuery, enumFilter, intFilter, ListPage, ListSpec, parseListQuery, RawListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import { AuditEvent } from './audit-event.entity';

export const AUDITED_ENTITIES = ['municipality', 'department', 'user', 'evaluation', 'finding', 'action_plan', 'action', 'action_update', 'reminder_settings', 'public_profile', 'plan_publication', 'action_publication'];

const LIST_SPEC: ListSpec = {
  filters: {
    id: intFilter(),
    entity: enumFilter(AUDITED_ENTITIES),
    entityId: intFilter(),
    municipalityId: intFilter(),
    actorId: intFilter(),
    action: enumFilter(['create', 'update', 'delete']),
  },
  sortable: ['id', 'createdAt', 'entity', 'entityId', 'actorId'],
  defaultSort: ['id', 'DESC'],
};

export interface AuditEventRecord {
  id: number;
  municipalityId: number | null;
  actorId: number | null;
  actorEmail: string | null;
  entity: string;
  entityId: number;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** The trail of the caller's municipality; changes to people are for admins and coordinators only. */
  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<AuditEventRecord>> {
    const query = parseListQuery(raw, LIST_SPEC);
    const qb = scopeToTenant(this.events.createQueryBuilder('a'), 'a', actor);
    if (actor.role === Role.DepartmentHead || actor.role === Role.Leadership) qb.andWhere("a.entity <> 'user'");
    const [rows, total] = await applyListQuery(qb, 'a', query, LIST_SPEC).getManyAndCount();
    return new ListPage(
      rows.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
      total,
      query.skip,
    );
  }
}

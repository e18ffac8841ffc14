import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface, InsertEvent, ObjectLiteral, RemoveEvent, UpdateEvent } from 'typeorm';
import { currentActor } from '../common/request-context';
import { insertRows } from '../database/sql-toolkit';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { AUDITED_ENTITIES } from './audited-entities';

const AUDITED = new Set(AUDITED_ENTITIES);

/** Never copied into the trail. */
const SECRET = new Set(['passwordHash', 'calendarToken', 'tokenVersion']);
const NOISE = new Set(['updatedAt', 'createdAt', 'version']);

function plain(entity: ObjectLiteral | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity ?? {})) {
    if (
      SECRET.has(key) ||
      typeof value === 'function' ||
      (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value))
    )
      continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** Most tables key on `id`; reminder settings key on their municipality. */
function primaryKey(metadata: InsertEvent<ObjectLiteral>['metadata']): string {
  return metadata.primaryColumns[0]?.propertyName ?? 'id';
}

/**
 * Writes the audit trail from TypeORM's entity events, in the same transaction as the change,
 * so lower domains (users, evaluations) need not know about auditing. Updates keep only changed fields.
 */
@Injectable()
export class AuditSubscriber implements EntitySubscriberInterface {
  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    if (!AUDITED.has(event.metadata.tableName)) return;
    const after = plain(event.entity);
    await this.write(
      event.manager,
      event.metadata.tableName,
      Number(after[primaryKey(event.metadata)]),
      'create',
      null,
      after,
      after,
    );
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    if (!AUDITED.has(event.metadata.tableName) || !event.entity) return;
    const before = plain(event.databaseEntity);
    const after = plain(event.entity);
    const changed = Object.keys(after).filter(
      (key) => !NOISE.has(key) && key in before && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    if (!changed.length) return;
    const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, source[key]]));
    const key = primaryKey(event.metadata);
    await this.write(
      event.manager,
      event.metadata.tableName,
      Number(after[key] ?? before[key]),
      'update',
      pick(before),
      pick(after),
      after,
    );
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    if (!AUDITED.has(event.metadata.tableName)) return;
    const before = plain(event.databaseEntity ?? event.entity);
    const key = primaryKey(event.metadata);
    const id = Number(before[key] ?? event.entityId);
    await this.write(event.manager, event.metadata.tableName, id, 'delete', { ...before, [key]: id }, null, before);
  }

  /** TypeORM fires the events of one save in parallel; one connection must not run two statements at once. */
  private readonly pending = new WeakMap<object, Promise<unknown>>();

  private write(
    manager: InsertEvent<ObjectLiteral>['manager'],
    entity: string,
    entityId: number,
    action: AuditAction,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    record: Record<string, unknown>,
  ): Promise<void> {
    const key = manager.queryRunner ?? manager;
    const next = (this.pending.get(key) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const actor = currentActor();
        const municipalityId =
          entity === 'municipality' ? entityId : ((record.municipalityId as number | null | undefined) ?? null);
        // One statement text with bound values: TypeORM's insert would write the ids into the SQL (a new
        // statement per row on SQLite) and read the row back for createdAt, which nothing here uses.
        await insertRows(manager, AuditEvent, [
          {
            municipalityId,
            actorId: actor.actorId ?? null,
            actorEmail: actor.actorEmail ?? null,
            entity,
            entityId,
            action,
            before,
            after,
          },
        ]);
      });
    this.pending.set(key, next);
    return next;
  }
}

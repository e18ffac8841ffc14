import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, EntityManager, In, IsNull, LessThan, Not, Or, Repository, SelectQueryBuilder } from 'typeorm';
import { NotificationStatus, Role } from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import {
  hydrator,
  insertRows,
  insertSql,
  persistentValue,
  placeholders,
  rowsOf,
  sqlNames,
} from '../database/sql-toolkit';
import { Notification } from './notification.entity';

/**
 * Every column a new digest sets; id, createdAt and updatedAt come from the database's defaults, and the bodies
 * stay null until the mail is sent.
 */
const NEW_COLUMNS = [
  'idempotencyKey',
  'userId',
  'email',
  'municipalityId',
  'kind',
  'date',
  'planId',
  'locale',
  'subject',
  'content',
  'actionIds',
  'items',
  'status',
  'attempts',
  'lastError',
  'sentAt',
  'lockedUntil',
  'supersededById',
] as const satisfies readonly (keyof Notification)[];
export type NewNotification = Pick<Notification, (typeof NEW_COLUMNS)[number]>;

/**
 * The columns a send needs (not the items and action ids, which are for the sweep): the content to render, or
 * on rows written before rendering moved to send time, the bodies.
 */
const MAIL_COLUMNS = [
  'id',
  'idempotencyKey',
  'email',
  'kind',
  'date',
  'subject',
  'content',
  'bodyText',
  'bodyHtml',
  'attempts',
] as const;
export type ClaimedMail = Pick<Notification, (typeof MAIL_COLUMNS)[number]>;

/** What queueing and superseding need of an outbox row (not its bodies). */
const DIGEST_COLUMNS = {
  id: true,
  idempotencyKey: true,
  userId: true,
  email: true,
  kind: true,
  date: true,
  actionIds: true,
  attempts: true,
  status: true,
  supersededById: true,
} as const;
export type DigestRow = Pick<Notification, keyof typeof DIGEST_COLUMNS>;

/** The outbox ledger the sweep reads: what was sent, and what it queues again. */
const LEDGER_COLUMNS = {
  ...DIGEST_COLUMNS,
  items: true,
  planId: true,
  lockedUntil: true,
} as const;
export type LedgerRow = Pick<Notification, keyof typeof LEDGER_COLUMNS>;

/** Rows per INSERT; the sweep's statement texts stay few (powers of two up to this). */
const INSERT_ROWS = 64;
/** IN lists stay well below every driver's parameter limit. */
const IN_CHUNK = 500;
const UNSENT = [NotificationStatus.Queued, NotificationStatus.Failed];

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Every statement on the outbox (`notification`). The send's claim and its "sent" write run on every mail and
 * are written by hand once per dialect (UPDATE … RETURNING works in SQLite and PostgreSQL); the sweep's inserts
 * go through the toolkit's multi-row INSERT. Methods taking an EntityManager run in the caller's transaction.
 */
@Injectable()
export class OutboxRepository {
  private claimText?: string;
  private sentText?: string;
  private readonly hydrateMail: (raw: Record<string, unknown>) => ClaimedMail;
  private readonly timestamp: (value: Date) => unknown;

  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {
    this.hydrateMail = hydrator(notifications, MAIL_COLUMNS);
    this.timestamp = persistentValue(notifications.manager.connection, Notification, 'lockedUntil');
  }

  /** The hand-written statements, by name (also what the SQL snapshots record). */
  statements(): Record<string, string> {
    const connection = this.notifications.manager.connection;
    const insert = { onConflictDoNothing: true, returning: ['id', 'idempotencyKey'] } as const;
    return {
      claim: this.claimSql(),
      markSent: this.sentSql(),
      insertOne: insertSql(connection, Notification, NEW_COLUMNS, 1, insert),
      insertTwo: insertSql(connection, Notification, NEW_COLUMNS, 2, insert),
    };
  }

  /**
   * Inserts new digests, skipping a row whose idempotency key exists (a concurrent sweep claimed it), and
   * returns the id of each inserted row by key.
   */
  async insertNew(em: EntityManager, rows: NewNotification[]): Promise<Map<string, number>> {
    const inserted = await insertRows(em, Notification, rows, {
      columns: NEW_COLUMNS,
      onConflictDoNothing: true,
      returning: ['id', 'idempotencyKey'],
      maxRows: INSERT_ROWS,
    });
    return new Map(inserted.map((row) => [row.idempotencyKey!, Number(row.id)]));
  }

  /** Takes the lease on an unsent, not superseded row whose lease (if any) ran out; null when that fails. */
  async claim(id: number, now: Date, until: Date): Promise<ClaimedMail | null> {
    const result: unknown = await this.notifications.manager.query(this.claimSql(), [
      this.timestamp(until),
      id,
      NotificationStatus.Queued,
      NotificationStatus.Failed,
      this.timestamp(now),
    ]);
    const row = rowsOf(result)[0];
    return row ? this.hydrateMail(row) : null;
  }

  /** Marks the row sent and records the bodies that went out, in one UPDATE. */
  async markSent(id: number, at: Date, body: { text: string; html: string }): Promise<void> {
    await this.notifications.manager.query(this.sentSql(), [
      NotificationStatus.Sent,
      this.timestamp(at),
      body.text,
      body.html,
      id,
    ]);
  }

  /** Records a failed attempt and gives up the lease, so the queue's retry can claim the row again. */
  async markFailed(id: number, message: string): Promise<void> {
    await this.notifications.update(
      { id },
      { status: NotificationStatus.Failed, lastError: message.slice(0, 1000), lockedUntil: null },
    );
  }

  /** Why a claim failed: the row's status and whether it was superseded; null when it does not exist. */
  deliveryState(id: number): Promise<Pick<Notification, 'id' | 'status' | 'supersededById'> | null> {
    return this.notifications.findOne({ select: { id: true, status: true, supersededById: true }, where: { id } });
  }

  /**
   * Marks a failed, not superseded mail failed again: the conditional write locks the row (PostgreSQL) or the
   * database (SQLite) until commit, so of two retries at once only one finds it. True when it did.
   */
  async claimFailed(em: EntityManager, id: number): Promise<boolean> {
    const claim = await em.update(
      Notification,
      { id, status: NotificationStatus.Failed, supersededById: IsNull() },
      { status: NotificationStatus.Failed },
    );
    return !!claim.affected;
  }

  /** The outbox rows an actor may see: admins all, coordinators their municipality, everyone else their own. */
  visibleTo(actor: AuthUser, alias: string): SelectQueryBuilder<Notification> {
    const qb = scopeToTenant(this.notifications.createQueryBuilder(alias), alias, actor);
    if (actor.role === Role.Admin || actor.role === Role.Coordinator) return qb;
    return qb.andWhere(`${alias}.userId = :self`, { self: actor.id });
  }

  /** The sweep's ledger of a municipality: its rows of the days given that were not superseded. */
  ledger(municipalityId: number, from: string, to: string): Promise<LedgerRow[]> {
    return this.notifications.find({
      where: { municipalityId, date: Between(from, to), supersededById: IsNull() },
      select: LEDGER_COLUMNS,
    });
  }

  /** The rows of these idempotency keys, by key (in the caller's transaction when given one). */
  async digestsByKey(keys: string[], em: EntityManager = this.notifications.manager): Promise<Map<string, DigestRow>> {
    const rows = new Map<string, DigestRow>();
    for (const part of chunks(keys, IN_CHUNK))
      for (const row of await em.find(Notification, { select: DIGEST_COLUMNS, where: { idempotencyKey: In(part) } }))
        rows.set(row.idempotencyKey, row);
    return rows;
  }

  /** Unsent, not superseded, unleased rows of these users from before a day: what a newer digest may replace. */
  async replaceable(
    em: EntityManager,
    userIds: number[],
    before: string,
    now: Date,
  ): Promise<Pick<Notification, 'id' | 'userId' | 'kind' | 'date'>[]> {
    const out: Pick<Notification, 'id' | 'userId' | 'kind' | 'date'>[] = [];
    for (const part of chunks(userIds, IN_CHUNK))
      out.push(
        ...(await em.find(Notification, {
          select: { id: true, userId: true, kind: true, date: true },
          // status <> 'sent' rather than IN (queued, failed): with an IN, SQLite (no ANALYZE) reads every queued
          // row through the status index, which grows with each municipality a sweep writes; this way it uses
          // userId.
          where: {
            userId: In(part),
            date: LessThan(before),
            status: Not(NotificationStatus.Sent),
            supersededById: IsNull(),
            lockedUntil: Or(IsNull(), LessThan(now)),
          },
        })),
      );
    return out;
  }

  /** Points older rows at the one that replaces them, repeating the conditions in case a worker claimed one. */
  async supersede(em: EntityManager, olderIds: number[], byId: number, now: Date): Promise<void> {
    for (const part of chunks(olderIds, IN_CHUNK))
      await em.update(
        Notification,
        { id: In(part), status: In(UNSENT), supersededById: IsNull(), lockedUntil: Or(IsNull(), LessThan(now)) },
        { supersededById: byId },
      );
  }

  private claimSql(): string {
    if (this.claimText) return this.claimText;
    const { table, column: c } = sqlNames(this.notifications.manager.connection, Notification);
    const p = placeholders(this.notifications.manager.connection.driver);
    const returned = MAIL_COLUMNS.map((name) => `${c(name)} AS "${name}"`).join(', ');
    this.claimText =
      `UPDATE ${table} SET ${c('lockedUntil')} = ${p(0)}, ${c('attempts')} = ${c('attempts')} + 1, ` +
      `${c('updatedAt')} = CURRENT_TIMESTAMP WHERE ${c('id')} = ${p(1)} AND ${c('status')} IN (${p(2)}, ${p(3)}) ` +
      `AND ${c('supersededById')} IS NULL AND (${c('lockedUntil')} IS NULL OR ${c('lockedUntil')} < ${p(4)}) ` +
      `RETURNING ${returned}`;
    return this.claimText;
  }

  private sentSql(): string {
    if (this.sentText) return this.sentText;
    const { table, column: c } = sqlNames(this.notifications.manager.connection, Notification);
    const p = placeholders(this.notifications.manager.connection.driver);
    this.sentText =
      `UPDATE ${table} SET ${c('status')} = ${p(0)}, ${c('sentAt')} = ${p(1)}, ${c('bodyText')} = ${p(2)}, ` +
      `${c('bodyHtml')} = ${p(3)}, ${c('lastError')} = NULL, ${c('lockedUntil')} = NULL, ` +
      `${c('updatedAt')} = CURRENT_TIMESTAMP WHERE ${c('id')} = ${p(4)}`;
    return this.sentText;
  }
}

import type { EntityManager } from 'typeorm';
import { NotificationStatus } from '@kompass/shared';
import { hydrator } from '../database/prepared-read';
import { Notification } from './notification.entity';

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

const CLAIM = `UPDATE "notification" SET "lockedUntil" = ?, "attempts" = "attempts" + 1, "updatedAt" = CURRENT_TIMESTAMP
  WHERE "id" = ? AND "status" IN (?, ?) AND "supersededById" IS NULL AND ("lockedUntil" IS NULL OR "lockedUntil" < ?)
  RETURNING ${MAIL_COLUMNS.map((c) => `"${c}"`).join(', ')}`;
const SENT = `UPDATE "notification" SET "status" = ?, "sentAt" = ?, "bodyText" = ?, "bodyHtml" = ?, "lastError" = NULL, "lockedUntil" = NULL,
  "updatedAt" = CURRENT_TIMESTAMP WHERE "id" = ?`;

/**
 * The two statements of every send, written once with bound parameters (UPDATE … RETURNING works in SQLite and
 * PostgreSQL): through TypeORM's builders they cost a claim, a SELECT and an update, and on SQLite a statement
 * prepared anew for every mail, because its driver writes the id into the SQL text. Values go through the
 * driver's own conversion both ways, as TypeORM's would.
 */
export class OutboxStatements {
  private readonly claimSql: string;
  private readonly sentSql: string;
  private readonly hydrate: (raw: Record<string, unknown>) => ClaimedMail;

  constructor(private readonly em: EntityManager) {
    this.hydrate = hydrator(em.getRepository(Notification), MAIL_COLUMNS);
    const postgres = em.connection.driver.options.type === 'postgres';
    const placeholders = (sql: string) => (postgres ? ((n) => sql.replace(/\?/g, () => `$${++n}`))(0) : sql);
    this.claimSql = placeholders(CLAIM);
    this.sentSql = placeholders(SENT);
  }

  /** Takes the lease on an unsent, not superseded row whose lease (if any) ran out; null when that fails. */
  async claim(id: number, now: Date, until: Date): Promise<ClaimedMail | null> {
    const rows: Record<string, unknown>[] = await this.em.query(this.claimSql, [
      this.value('lockedUntil', until),
      id,
      NotificationStatus.Queued,
      NotificationStatus.Failed,
      this.value('lockedUntil', now),
    ]);
    // PostgreSQL answers an UPDATE … RETURNING with [rows, count].
    const row = (Array.isArray(rows[0]) ? (rows[0] as Record<string, unknown>[]) : rows)[0];
    return row ? this.hydrate(row) : null;
  }

  /** Marks the row sent and records the bodies that went out, in one UPDATE. */
  async markSent(id: number, at: Date, body: { text: string; html: string }): Promise<void> {
    await this.em.query(this.sentSql, [NotificationStatus.Sent, this.value('sentAt', at), body.text, body.html, id]);
  }

  private value(property: 'lockedUntil' | 'sentAt', date: Date): unknown {
    const column = this.em.connection.getMetadata(Notification).findColumnWithPropertyName(property)!;
    return this.em.connection.driver.preparePersistentValue(date, column);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale, NotificationKind, NotificationStatus, type ReminderRunDigest } from '@kompass/shared';
import { SendNotificationJob } from '../mail/jobs/send-notification.job';
import type { NotificationItem } from '../mail/notification.entity';
import { DigestRow, NewNotification, OutboxRepository } from '../mail/outbox.repository';
import { DigestLine, PlanLine, renderSubject, StoredDigest } from '../mail/templates/digest.template';
import type { User } from '../users/user.entity';
import { REMINDER_KINDS } from './reminder-kinds';
import { TransactionRunner } from '../database/transaction-runner';

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

export type QueuedDigest = ReminderRunDigest;

/** What queueing a row needs. */
export type QueueRow = Pick<DigestRow, 'id' | 'attempts' | 'userId' | 'email' | 'kind' | 'actionIds'>;

/** A new row as the rest of the sweep sees it, without reading it back. */
function pick(v: NewNotification): Omit<DigestRow, 'id'> {
  const { idempotencyKey, userId, email, kind, date, actionIds, attempts, status, supersededById } = v;
  return { idempotencyKey, userId, email, kind, date, actionIds, attempts, status, supersededById };
}

/**
 * Turns planned digests into outbox rows and send jobs, a municipality at a time. The idempotency key (the
 * registry's: recipient + kind + day; for a closing summary recipient + plan) is claimed by the INSERT itself (ON CONFLICT DO NOTHING):
 * a second sweep the same day, in this process or another, keeps the existing row and only re-queues it if it is
 * still unsent. Rows are committed before their jobs are queued, so a job never looks for a row not yet visible.
 */
@Injectable()
export class DigestWriter {
  private readonly logger = new Logger(DigestWriter.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly sendJob: SendNotificationJob,
    private readonly tx: TransactionRunner,
  ) {}

  /** The kind's idempotency key, from the registry. */
  static key(kind: NotificationKind, userId: number, date: string, planId: number | null): string {
    return REMINDER_KINDS[kind].idempotencyKey(userId, date, planId);
  }

  /**
   * The outbox rows of the digests, inserting those whose key is new (one transaction, which also supersedes
   * older unsent digests of their recipients), in the digests' order; sent and superseded rows are left out.
   */
  async persist(date: string, digests: PlannedDigest[]): Promise<DigestRow[]> {
    const byKey = new Map(digests.map((d) => [DigestWriter.key(d.kind, d.recipient.id, date, d.planId), d]));
    if (!byKey.size) return [];
    const rows = await this.outbox.digestsByKey([...byKey.keys()]);
    const fresh = [...byKey].filter(([key]) => !rows.has(key));
    if (fresh.length) {
      // Built before the transaction: on SQLite it holds the one write lock.
      const values = fresh.map(([key, digest]) => this.newRow(key, date, digest));
      const created = await this.tx.transaction(async (em) => {
        const ids = await this.outbox.insertNew(em, values);
        const inserted = new Map<string, DigestRow>();
        for (const v of values) {
          const id = ids.get(v.idempotencyKey);
          if (id !== undefined) inserted.set(v.idempotencyKey, { ...pick(v), id });
        }
        // A key not inserted was claimed by a concurrent sweep meanwhile: its row counts.
        const claimed = values.filter((v) => !ids.has(v.idempotencyKey)).map((v) => v.idempotencyKey);
        if (claimed.length)
          for (const [key, row] of await this.outbox.digestsByKey(claimed, em)) inserted.set(key, row);
        await this.supersedeOlder(em, date, [...inserted.values()]);
        return inserted;
      });
      for (const [key, row] of created) rows.set(key, row);
    }
    return [...byKey.keys()]
      .map((key) => rows.get(key))
      .filter(
        (row): row is DigestRow => !!row && row.status !== NotificationStatus.Sent && row.supersededById === null,
      );
  }

  /** Queues the send jobs of unsent rows in one bulk add. The job id names the attempts, so concurrent sweeps add each once. */
  async queue(rows: QueueRow[]): Promise<QueuedDigest[]> {
    if (!rows.length) return [];
    try {
      await this.sendJob.enqueueMany(rows);
    } catch (error) {
      // The rows stay queued in the outbox; the next sweep queues them again.
      this.logger.warn(`Could not queue ${rows.length} notification(s): ${(error as Error).message}`);
    }
    return rows.map((row) => ({
      notificationId: row.id,
      recipient: { userId: row.userId, email: row.email },
      kind: row.kind,
      actionIds: row.actionIds,
    }));
  }

  private newRow(key: string, date: string, digest: PlannedDigest): NewNotification {
    const locale = digest.recipient.locale === Locale.En ? Locale.En : Locale.Sv;
    // Only the subject is rendered here (the notification list shows it); the bodies are rendered from the
    // content when the mail is sent.
    const content: StoredDigest = {
      kind: digest.kind,
      locale,
      recipientName: digest.recipient.name,
      municipalityName: digest.municipalityName,
      date,
      items: digest.lines,
      plans: digest.plans,
      escalationDays: digest.escalationDays,
    };
    const items: NotificationItem[] = digest.lines.map((l) => ({
      actionId: l.actionId,
      reason: l.reason,
      deadline: l.deadline,
    }));
    return {
      idempotencyKey: key,
      userId: digest.recipient.id,
      email: digest.recipient.email,
      municipalityId: digest.municipalityId,
      kind: digest.kind,
      date,
      planId: digest.planId,
      locale,
      subject: renderSubject(content),
      content,
      actionIds: items.map((i) => i.actionId),
      items,
      status: NotificationStatus.Queued,
      attempts: 0,
      lastError: null,
      sentAt: null,
      lockedUntil: null,
      supersededById: null,
    };
  }

  /**
   * Unsent digests of the same recipient and kind from earlier days are replaced by the new one (their items were
   * due again and are in it), so a late retry can never deliver a stale digest on top of today's. One query finds
   * the candidates; only those get an UPDATE, which repeats the conditions in case a worker claimed one meanwhile.
   */
  private async supersedeOlder(em: EntityManager, date: string, rows: DigestRow[]): Promise<void> {
    const newer = new Map<string, DigestRow>();
    for (const row of rows)
      if (REMINDER_KINDS[row.kind].supersedesUnsent && row.userId !== null) newer.set(`${row.userId}|${row.kind}`, row);
    if (!newer.size) return;
    const now = new Date();
    const userIds = [...new Set([...newer.values()].map((r) => r.userId!))];
    const replaced = new Map<number, number[]>();
    for (const old of await this.outbox.replaceable(em, userIds, date, now)) {
      const row = newer.get(`${old.userId}|${old.kind}`);
      if (!row || old.id === row.id || old.date >= row.date) continue;
      replaced.set(row.id, [...(replaced.get(row.id) ?? []), old.id]);
    }
    for (const [id, olderIds] of replaced) await this.outbox.supersede(em, olderIds, id, now);
  }
}

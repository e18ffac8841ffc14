import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Locale, NotificationKind, NotificationStatus, type ReminderReason } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';
import type { StoredDigest } from './templates/digest.template';

/** Why an action is in a digest; the sweep reads these back to know what was already sent. */
export interface NotificationItem {
  actionId: number;
  /** Typed; a code string ('deadline-14', 'overdue', …) in rows written before reasons were typed */
  reason: ReminderReason | string;
  /** The deadline the reminder was about: a moved deadline is reminded again. */
  deadline: string;
}

/**
 * The outbox: one row per digest mail. The unique idempotencyKey (recipient + kind + day) is claimed by the
 * INSERT before any job runs, so however often a sweep runs, each digest exists once; a send job claims the
 * row with a conditional UPDATE (status and lease), so two workers never both send it.
 */
@Entity('notification')
@Index(['municipalityId', 'date'])
@Index(['userId', 'kind', 'date'])
export class Notification extends BaseRecord {
  @Column({ type: 'varchar', length: 120, unique: true })
  idempotencyKey: string;

  @Column({ type: 'integer', nullable: true })
  userId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  /** Copied at creation: the address the digest goes to even if the user changes it later. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'integer' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'varchar', length: 20 })
  kind: NotificationKind;

  /** The sweep's day (YYYY-MM-DD in TZ), not the send time. */
  @Column({ type: 'date' })
  date: string;

  /** For closing summaries: the plan that ended. */
  @Column({ type: 'integer', nullable: true })
  planId: number | null;

  @Column({ type: 'varchar', length: 2, default: Locale.Sv })
  locale: Locale;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  /**
   * What the digest says, stored by the sweep; the bodies are rendered from it at send time (rendering and
   * writing ~5 KB of bodies per digest dominated the sweep). Null on rows written before that change.
   */
  @Column({ type: 'simple-json', nullable: true })
  content: StoredDigest | null;

  /**
   * The bodies that went out, written by the UPDATE that marks the row sent, so a sent row is the exact record
   * of the mail. Null while unsent, except on rows written before rendering moved to send time: those carry
   * their bodies from the sweep and are sent as they are.
   */
  @Column({ type: 'text', nullable: true })
  bodyText: string | null;

  @Column({ type: 'text', nullable: true })
  bodyHtml: string | null;

  @Column({ type: 'simple-json' })
  actionIds: number[];

  @Column({ type: 'simple-json' })
  items: NotificationItem[];

  @Index()
  @Column({ type: 'varchar', length: 10, default: NotificationStatus.Queued })
  status: NotificationStatus;

  /** Claimed send attempts, successful or not. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: Date, nullable: true })
  sentAt: Date | null;

  /** Lease of the worker that is sending right now; a crashed worker's lease runs out. */
  @Column({ type: Date, nullable: true })
  lockedUntil: Date | null;

  /** A later digest of the same kind took over this unsent one (its items are in the new one). */
  @Column({ type: 'integer', nullable: true })
  supersededById: number | null;
}

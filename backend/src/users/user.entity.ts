import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Locale, Role } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Municipality } from '../municipalities/municipality.entity';
import { Department } from '../departments/department.entity';

@Entity('user')
@Index(['oidcIssuer', 'oidcSubject'], { unique: true })
export class User extends BaseRecord {
  /** Stored lower-case, so that lookups are exact on every dialect. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** Null only for admins, who belong to no municipality. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  municipalityId: number | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'departmentId' })
  department?: Relation<Department>;

  @Column({ type: 'varchar', length: 2, default: Locale.Sv })
  locale: Locale;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  /** Secret of the user's calendar feed (/api/calendar/<token>.ics); rotated from /api/auth/me. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true, select: false })
  calendarToken: string | null;

  /** Unused since LoginFailures (failures are counted per e-mail in login_failure); kept, as dropping it rebuilds the table. */
  @Column({ type: 'integer', default: 0, select: false })
  failedLogins: number;

  /** Unused since LoginFailures (a delay, no hard lock); kept, as dropping it rebuilds the table. */
  @Column({ type: Date, nullable: true, select: false })
  lockedUntil: Date | null;

  /**
   * A leave of absence (both days inclusive, YYYY-MM-DD in TZ): no digests go to the user then, and reminders
   * about their actions go to the department head instead. Both null when not paused.
   */
  @Column({ type: 'date', nullable: true })
  pausedFrom: string | null;

  @Column({ type: 'date', nullable: true })
  pausedUntil: string | null;

  /** Bumped on password change and deactivation: tokens carry it, so older tokens stop working. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  /** The OpenID Connect issuer and subject (`sub`) this user signs in as; set on the first SSO login. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  oidcIssuer: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  oidcSubject: string | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { ActionPriority, ActionStatus, type Judgement } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';

/** An åtgärd: one owned, dated piece of work answering one or more improvement items. */
@Entity('action')
@Index(['municipalityId', 'status', 'deadline'])
@Index(['planId', 'deadline'])
export class Action extends BaseRecord {
  @Column({ type: 'integer' })
  municipalityId: number;

  @Column({ type: 'integer' })
  planId: number;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Relation<ActionPlan>;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /**
   * Sub-questions the action works on, as a JSON array of codes: the union of its improvement items' codes,
   * kept in step when an item's codes are corrected, unless the action overrides them (questionCodesOverridden).
   */
  @Column({ type: 'simple-json' })
  questionCodes: string[];

  /** The codes were chosen on the action and no longer follow its improvement items. */
  @Column({ type: 'boolean', default: false })
  questionCodesOverridden: boolean;

  /** Area numbers derived from questionCodes and findings, kept for the area filter. */
  @Column({ type: 'simple-json' })
  areas: number[];

  @Index()
  @Column({ type: 'integer', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ownerId' })
  owner?: Relation<User>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'departmentId' })
  department?: Relation<Department>;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'varchar', length: 20, default: ActionStatus.NotStarted })
  status: ActionStatus;

  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'varchar', length: 10, default: ActionPriority.Normal })
  priority: ActionPriority;

  @Column({ type: 'text', nullable: true })
  expectedEffect: string | null;

  @Column({ type: Date, nullable: true })
  doneAt: Date | null;

  /** When the last progress report was made (or the action created): reminders ask for updates on stale actions. */
  @Column({ type: Date })
  lastProgressAt: Date;

  /** The owner's judgement in the latest progress report that gave one. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  judgement: Judgement | null;

  /**
   * Optimistic locking: a write must send the version it read; a stale one gets 409. Bumped by a conditional
   * UPDATE (not TypeORM's @VersionColumn, which does not check), so two concurrent writers cannot both win.
   */
  @Column({ type: 'integer', default: 1 })
  version: number;
}

/** An action's columns without its relations: what the list reads, hydrated without building an entity. */
export type ActionRow = Omit<Action, 'plan' | 'owner' | 'department'>;

import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

/** A municipality's reminder rules. No row means the defaults (DEFAULT_REMINDER_SETTINGS). */
@Entity('reminder_settings')
export class ReminderSettings {
  @PrimaryColumn({ type: 'integer' })
  municipalityId: number;

  @OneToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'simple-json' })
  deadlineDays: number[];

  @Column({ type: 'integer', default: 7 })
  repeatDays: number;

  @Column({ type: 'integer', default: 30 })
  staleDays: number;

  @Column({ type: 'integer', default: 14 })
  escalationDays: number;

  @Column({ type: 'boolean', default: true })
  leadershipSummary: boolean;

  @UpdateDateColumn()
  updatedAt: Date;
}

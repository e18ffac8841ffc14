import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

/**
 * A counter per municipality that database triggers raise on every write to what a plan's summary and report
 * read (plans, actions and their links, evaluations, scores, area totals, findings, the municipality itself).
 * Written only by the triggers of migration ReadRevision, so no write path can forget it.
 */
@Entity('read_revision')
export class ReadRevision {
  @PrimaryColumn({ type: 'integer' })
  municipalityId: number;

  @OneToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'integer', default: 0 })
  revision: number;
}

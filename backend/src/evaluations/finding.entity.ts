import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { FindingKind, type SuggestedQuestionCode } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Evaluation } from './evaluation.entity';

/** A strength or improvement item (förbättringsmöjlighet) of an evaluation, linked to its sub-questions. */
@Entity('finding')
@Index(['evaluationId', 'kind', 'area', 'order'])
export class Finding extends BaseRecord {
  @Column({ type: 'integer' })
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluationId' })
  evaluation?: Relation<Evaluation>;

  /** Denormalised from the evaluation, so tenant filters are one indexed predicate. */
  @Index()
  @Column({ type: 'integer' })
  municipalityId: number;

  @Column({ type: 'integer' })
  area: number;

  @Column({ type: 'varchar', length: 20 })
  kind: FindingKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer' })
  order: number;

  /** Confirmed by the coordinator (or taken from the best suggestion when it is clear enough). */
  @Column({ type: 'simple-json' })
  questionCodes: string[];

  @Column({ type: 'simple-json' })
  suggestedQuestionCodes: SuggestedQuestionCode[];
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Evaluation } from './evaluation.entity';

/** The achieved points of one sub-question. Max points come from the framework catalogue. */
@Entity('evaluation_score')
@Index(['evaluationId', 'questionCode'], { unique: true })
export class EvaluationScore {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  evaluationId: number;

  @ManyToOne(() => Evaluation, (evaluation) => evaluation.scores, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluationId' })
  evaluation?: Relation<Evaluation>;

  @Column({ type: 'varchar', length: 10 })
  questionCode: string;

  @Column({ type: 'integer' })
  area: number;

  @Column({ type: 'integer' })
  achieved: number;

  /** The percentage printed in the report, kept to trace a mismatch back. */
  @Column({ type: 'integer', nullable: true })
  statedPercent: number | null;
}

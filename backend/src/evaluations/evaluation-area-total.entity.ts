import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Evaluation } from './evaluation.entity';

/** The total a report states for an area. The derived total is always the sum of the area's scores. */
@Entity('evaluation_area_total')
@Index(['evaluationId', 'area'], { unique: true })
export class EvaluationAreaTotal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  evaluationId: number;

  @ManyToOne(() => Evaluation, (evaluation) => evaluation.areaTotals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluationId' })
  evaluation?: Relation<Evaluation>;

  @Column({ type: 'integer' })
  area: number;

  @Column({ type: 'integer' })
  statedTotal: number;
}

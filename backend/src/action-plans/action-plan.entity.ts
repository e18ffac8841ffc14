import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { PlanStatus } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Evaluation } from '../evaluations/evaluation.entity';
import { Municipality } from '../municipalities/municipality.entity';

/** A handlingsplan: the actions a municipality takes between an evaluation and its re-evaluation. */
@Entity('action_plan')
export class ActionPlan extends BaseRecord {
  @Index()
  @Column({ type: 'integer' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'integer' })
  baselineEvaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'baselineEvaluationId' })
  baselineEvaluation?: Relation<Evaluation>;

  /** Set when the re-evaluation is linked; the plan then closes. */
  @Column({ type: 'integer', nullable: true })
  followUpEvaluationId: number | null;

  @ManyToOne(() => Evaluation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'followUpEvaluationId' })
  followUpEvaluation?: Relation<Evaluation>;

  /** The revision the next round will use (readiness groups actions by its areas); null: the newest. */
  @Column({ type: 'integer', nullable: true })
  nextFrameworkId: number | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'date' })
  plannedReEvaluationDate: string;

  @Index()
  @Column({ type: 'varchar', length: 10, default: PlanStatus.Active })
  status: PlanStatus;

  @Column({ type: Date, nullable: true })
  closedAt: Date | null;
}

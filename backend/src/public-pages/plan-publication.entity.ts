import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';

/** Whether a plan is on the public page, and whether its actions are public unless they say otherwise. */
@Entity('plan_publication')
export class PlanPublication {
  @PrimaryColumn({ type: 'integer' })
  planId: number;

  @OneToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Relation<ActionPlan>;

  /** Copied from the plan: the read-revision trigger and the public query find the municipality without a join. */
  @Index()
  @Column({ type: 'integer' })
  municipalityId: number;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ type: 'boolean', default: true })
  actionsPublishedByDefault: boolean;

  @Column({ type: Date, nullable: true })
  publishedAt: Date | null;

  @UpdateDateColumn()
  updatedAt: Date;
}

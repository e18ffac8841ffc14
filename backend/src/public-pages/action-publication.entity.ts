import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Action } from '../actions/action.entity';

/**
 * An action's own publication choice and its text for residents, kept apart from the internal description and
 * progress comments. An action without a row follows its plan's default.
 */
@Entity('action_publication')
export class ActionPublication {
  @PrimaryColumn({ type: 'integer' })
  actionId: number;

  @OneToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @Index()
  @Column({ type: 'integer' })
  municipalityId: number;

  @Index()
  @Column({ type: 'integer' })
  planId: number;

  @Column({ type: 'boolean' })
  published: boolean;

  @Column({ type: 'text', nullable: true })
  publicSummary: string | null;

  @UpdateDateColumn()
  updatedAt: Date;
}

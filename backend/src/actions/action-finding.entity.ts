import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Finding } from '../evaluations/finding.entity';
import { Action } from './action.entity';

/** Which improvement items an action answers (many to many). */
@Entity('action_finding')
export class ActionFinding {
  @PrimaryColumn({ type: 'integer' })
  actionId: number;

  @Index()
  @PrimaryColumn({ type: 'integer' })
  findingId: number;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @ManyToOne(() => Finding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'findingId' })
  finding?: Relation<Finding>;
}

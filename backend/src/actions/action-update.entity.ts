import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import type { ActionStatus, Judgement } from '@kompass/shared';
import { User } from '../users/user.entity';
import { Action } from './action.entity';

export interface EvidenceLink {
  label: string;
  url: string;
}

export interface EvidenceAttachment {
  fileName: string;
  mediaType: string;
  size: number;
  checksum: string;
}

/** A lägesrapport: who reported what, when, with which status/progress change and evidence. Never edited. */
@Entity('action_update')
@Index(['actionId', 'createdAt'])
export class ActionUpdate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  actionId: number;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @Index()
  @Column({ type: 'integer' })
  municipalityId: number;

  @Column({ type: 'integer', nullable: true })
  authorId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorId' })
  author?: Relation<User>;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  statusFrom: ActionStatus | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  statusTo: ActionStatus | null;

  @Column({ type: 'integer', nullable: true })
  progressFrom: number | null;

  @Column({ type: 'integer', nullable: true })
  progressTo: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  judgement: Judgement | null;

  @Column({ type: 'simple-json' })
  links: EvidenceLink[];

  @Column({ type: 'simple-json' })
  attachments: EvidenceAttachment[];

  @CreateDateColumn()
  createdAt: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { CrosswalkAreaLink, CrosswalkQuestionLink } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Framework } from './framework.entity';

/** How the areas (and optionally sub-questions) of one revision map onto another's. One row per direction. */
@Entity('framework_crosswalk')
@Index(['sourceFrameworkId', 'targetFrameworkId'], { unique: true })
export class FrameworkCrosswalk extends BaseRecord {
  @Column({ type: 'integer' })
  sourceFrameworkId: number;

  @ManyToOne(() => Framework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sourceFrameworkId' })
  sourceFramework?: Relation<Framework>;

  @Index()
  @Column({ type: 'integer' })
  targetFrameworkId: number;

  @ManyToOne(() => Framework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'targetFrameworkId' })
  targetFramework?: Relation<Framework>;

  @Column({ type: 'simple-json' })
  areas: CrosswalkAreaLink[];

  @Column({ type: 'simple-json' })
  questions: CrosswalkQuestionLink[];
}

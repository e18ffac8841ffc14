import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { BaseRecord } from '../common/database/base-record';
import { FrameworkArea } from './framework-area.entity';

/** A sub-question (delfråga), addressed everywhere by its code, e.g. "1.3". */
@Entity('framework_question')
@Index(['frameworkId', 'code'], { unique: true })
export class FrameworkQuestion extends BaseRecord {
  @Column({ type: 'integer' })
  frameworkId: number;

  @Index()
  @Column({ type: 'integer' })
  areaId: number;

  @ManyToOne(() => FrameworkArea, (area) => area.questions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'areaId' })
  area?: Relation<FrameworkArea>;

  @Column({ type: 'varchar', length: 10 })
  code: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer' })
  maxPoints: number;

  @Column({ type: 'integer' })
  order: number;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, Relation } from 'typeorm';
import { BaseRecord } from '../common/database/base-record';
import { Framework } from './framework.entity';
import { FrameworkQuestion } from './framework-question.entity';

@Entity('framework_area')
@Index(['frameworkId', 'number'], { unique: true })
export class FrameworkArea extends BaseRecord {
  @Column({ type: 'integer' })
  frameworkId: number;

  @ManyToOne(() => Framework, (framework) => framework.areas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: Relation<Framework>;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'simple-json' })
  aliases: string[];

  @Column({ type: 'integer' })
  maxPoints: number;

  @OneToMany(() => FrameworkQuestion, (question) => question.area)
  questions?: Relation<FrameworkQuestion[]>;
}

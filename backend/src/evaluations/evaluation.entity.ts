import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, Relation } from 'typeorm';
import type { EvaluationWarning, ImportFormat } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Framework } from '../frameworks/framework.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { EvaluationScore } from './evaluation-score.entity';
import { EvaluationAreaTotal } from './evaluation-area-total.entity';

/** One Kommunkompassen evaluation of a municipality, with the source it was imported from. */
@Entity('evaluation')
@Index(['municipalityId', 'evaluatedAt'])
export class Evaluation extends BaseRecord {
  @Column({ type: 'integer' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'integer' })
  frameworkId: number;

  @ManyToOne(() => Framework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: Relation<Framework>;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  /** The first of the month when only the month is known (precision says which). */
  @Column({ type: 'date' })
  evaluatedAt: string;

  @Column({ type: 'varchar', length: 5, default: 'month' })
  evaluatedAtPrecision: 'month' | 'day';

  @Column({ type: 'varchar', length: 500, nullable: true })
  evaluators: string | null;

  /** Only a published summary: area totals without sub-question scores. Comparisons then work at area level. */
  @Column({ type: 'boolean', default: false })
  areaLevelOnly: boolean;

  @Column({ type: 'simple-json' })
  warnings: EvaluationWarning[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  sourceFormat: ImportFormat | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sourceFileName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  sourceMediaType: string | null;

  @Column({ type: 'integer', nullable: true })
  sourceSize: number | null;

  /** SHA-256 of the uploaded bytes; the file itself is in the file store under this name. */
  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceChecksum: string | null;

  @Column({ type: 'integer', nullable: true })
  importedById: number | null;

  @OneToMany(() => EvaluationScore, (score) => score.evaluation)
  scores?: Relation<EvaluationScore[]>;

  @OneToMany(() => EvaluationAreaTotal, (total) => total.evaluation)
  areaTotals?: Relation<EvaluationAreaTotal[]>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { DepartmentKind } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Municipality } from '../municipalities/municipality.entity';

@Entity('department')
@Index(['municipalityId', 'name'], { unique: true })
export class Department extends BaseRecord {
  @Column({ type: 'integer' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20, default: DepartmentKind.Administration })
  kind: DepartmentKind;
}

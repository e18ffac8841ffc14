import { Column, Entity, OneToMany, Relation } from 'typeorm';
import { BaseRecord } from '../common/database/base-record';
import { FrameworkArea } from './framework-area.entity';

/** A version of the Kommunkompassen model. Evaluations compare only within one framework. */
@Entity('framework')
export class Framework extends BaseRecord {
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer', nullable: true })
  validFrom: number | null;

  @Column({ type: 'integer', nullable: true })
  validTo: number | null;

  @OneToMany(() => FrameworkArea, (area) => area.framework)
  areas?: Relation<FrameworkArea[]>;
}

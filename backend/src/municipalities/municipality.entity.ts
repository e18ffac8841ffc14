import { Column, Entity } from 'typeorm';
import { BaseRecord } from '../common/database/base-record';

@Entity('municipality')
export class Municipality extends BaseRecord {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** 4-digit kommunkod, e.g. "1081" for Ronneby */
  @Column({ type: 'varchar', length: 4, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 11, nullable: true })
  organisationNumber: string | null;
}

import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import type { PublicLicence } from '@kompass/shared';
import { Municipality } from '../municipalities/municipality.entity';

/** A municipality's settings for its public page (/oppet/<kommunkod>); absent until a coordinator saves them. */
@Entity('public_profile')
export class PublicProfile {
  @PrimaryColumn({ type: 'integer' })
  municipalityId: number;

  @OneToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'varchar', length: 500, nullable: true })
  logoUrl: string | null;

  @Column({ type: 'simple-json' })
  frameAncestors: string[];

  @Column({ type: 'varchar', length: 20, default: 'CC0-1.0' })
  licence: PublicLicence;

  @Column({ type: 'boolean', default: false })
  showDepartments: boolean;

  @UpdateDateColumn()
  updatedAt: Date;
}

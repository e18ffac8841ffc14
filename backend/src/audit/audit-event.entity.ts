import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { AuditAction } from '@kompass/shared';

export type { AuditAction };

/** Who changed what and when, with the changed fields before and after. Written in the same transaction. */
@Entity('audit_event')
@Index(['entity', 'entityId'])
@Index(['municipalityId', 'createdAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer', nullable: true })
  municipalityId: number | null;

  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Column({ type: 'integer' })
  entityId: number;

  @Column({ type: 'varchar', length: 10 })
  action: AuditAction;

  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn()
  createdAt: Date;
}

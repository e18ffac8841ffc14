import { Column, Entity, JoinColumn, OneToOne, Relation } from 'typeorm';
import type { OidcRoleMapping } from '@kompass/shared';
import { BaseRecord } from '../common/database/base-record';
import { Municipality } from '../municipalities/municipality.entity';

/** A municipality's OpenID Connect provider (one per municipality). The client secret is never stored here. */
@Entity('oidc_connection')
export class OidcConnection extends BaseRecord {
  @Column({ type: 'integer', unique: true })
  municipalityId: number;

  @OneToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipalityId' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 200 })
  clientId: string;

  /** "env:NAME" or "file:/path": where the secret is read at login. */
  @Column({ type: 'varchar', length: 500 })
  clientSecretRef: string;

  /** Lower-case e-mail domains whose users this provider may sign in. */
  @Column({ type: 'simple-json' })
  allowedDomains: string[];

  @Column({ type: 'varchar', length: 200, default: 'roles' })
  roleClaim: string;

  @Column({ type: 'simple-json' })
  roleMap: OidcRoleMapping[];

  @Column({ type: 'boolean', default: true })
  passwordLoginAllowed: boolean;
}

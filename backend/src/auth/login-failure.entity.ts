import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per e-mail string, whether or not an account has that address: counting only real accounts
 * would tell a stranger which addresses exist. Cleared by a successful sign-in, a new password or `cli.js unlock`.
 */
@Entity('login_failure')
export class LoginFailure {
  /** The e-mail as typed, trimmed and lower-cased. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: Date })
  lastFailureAt: Date;
}

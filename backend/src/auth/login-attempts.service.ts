import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { RetryLaterException } from '../common/errors/domain.exception';
import { LoginFailure } from './login-failure.entity';
import { setHashQueueLimit, verifyPassword } from './password';
import { TransactionRunner } from '../database/transaction-runner';

/** Verified against when there is no usable hash (unknown e-mail, inactive user), so every answer costs the same. */
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$PVtGUHBm7y+y05UejS+k/A$aKPuWAk2h5jeOPux5yDbrJLlleN7Ni1JulVgL1o56t0';
/** Failures older than this are forgotten. */
const FAILURE_MEMORY_MS = 24 * 3600_000;
const ADDRESS_WINDOW_MS = 60_000;

/**
 * Every password check of a person (sign-in, the current password on PUT /auth/me) goes through here, in line with
 * OWASP ASVS 2.2: failures are counted per e-mail string (existing or not) in the database, so all processes share
 * them; after LOGIN_LOCKOUT_THRESHOLD of them each further attempt waits 5 s, 10 s, 20 s … up to
 * LOGIN_MAX_DELAY_SECONDS (a stranger can slow an account down but never lock it); failures per client address are
 * limited across e-mails; and argon2 runs in the bounded queue of password.ts. A refused attempt still runs one
 * verification, so its answer takes as long as any other.
 */
@Injectable()
export class LoginAttempts {
  /** Failed attempts per client address in the current minute (per process). */
  private readonly byAddress = new Map<string, { count: number; since: number }>();
  private lastPrune = 0;

  constructor(
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    setHashQueueLimit(config.loginHashQueue);
  }

  /**
   * True when `password` matches `hash` (null: no usable account, always false). Throws 429 while the address or
   * the e-mail must wait, 503 when the hashing queue is full.
   */
  async verify(email: string, address: string, hash: string | null, password: string): Promise<boolean> {
    this.assertAddressAllowed(address);
    const wait = await this.secondsToWait(email);
    const valid = (await verifyPassword(hash ?? DUMMY_HASH, password)) && hash !== null;
    if (wait > 0) {
      this.countAddressFailure(address);
      throw new RetryLaterException(
        HttpStatus.TOO_MANY_REQUESTS,
        `Too many failed attempts for this e-mail address: try again in ${wait} seconds`,
        wait,
      ).withCode('login_wait', { seconds: wait });
    }
    if (valid) {
      await this.clear(email);
      return true;
    }
    this.countAddressFailure(address);
    await this.recordFailure(email);
    return false;
  }

  /** Forgets the failures of an e-mail (successful sign-in, a new password set by an admin, `cli.js unlock`). */
  async clear(email: string): Promise<void> {
    await this.tx.write(() => this.failures.delete({ email }));
  }

  private async secondsToWait(email: string): Promise<number> {
    const row = await this.failures.findOneBy({ email });
    if (!row || row.lastFailureAt.getTime() < Date.now() - FAILURE_MEMORY_MS) return 0;
    const delay = loginDelaySeconds(row.failures, this.config.loginLockoutThreshold, this.config.loginMaxDelaySeconds);
    const waitMs = row.lastFailureAt.getTime() + delay * 1000 - Date.now();
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  private async recordFailure(email: string): Promise<void> {
    const now = new Date();
    if (now.getTime() - this.lastPrune > 3600_000) {
      this.lastPrune = now.getTime();
      await this.tx.write(() =>
        this.failures.delete({ lastFailureAt: LessThan(new Date(now.getTime() - FAILURE_MEMORY_MS)) }),
      );
    }
    await this.tx.write(() =>
      this.failures
        .createQueryBuilder()
        .insert()
        .values({ email, failures: 0, lastFailureAt: now })
        .orIgnore()
        .execute(),
    );
    // One UPDATE, so that concurrent failures all count.
    await this.tx.write(() =>
      this.failures
        .createQueryBuilder()
        .update()
        .set({ failures: () => 'failures + 1', lastFailureAt: now })
        .where('email = :email', { email })
        .execute(),
    );
  }

  private assertAddressAllowed(address: string): void {
    const entry = this.byAddress.get(address);
    const now = Date.now();
    if (!entry || now - entry.since >= ADDRESS_WINDOW_MS || entry.count < this.config.loginAddressLimit) return;
    const wait = Math.max(1, Math.ceil((entry.since + ADDRESS_WINDOW_MS - now) / 1000));
    throw new RetryLaterException(
      HttpStatus.TOO_MANY_REQUESTS,
      `Too many failed sign-ins from your address: try again in ${wait} seconds`,
      wait,
    ).withCode('login_wait', { seconds: wait });
  }

  private countAddressFailure(address: string): void {
    const now = Date.now();
    const entry = this.byAddress.get(address);
    if (entry && now - entry.since < ADDRESS_WINDOW_MS) entry.count += 1;
    else this.byAddress.set(address, { count: 1, since: now });
    if (this.byAddress.size > 10_000)
      for (const [key, value] of this.byAddress) if (now - value.since >= ADDRESS_WINDOW_MS) this.byAddress.delete(key);
  }
}

/**
 * Seconds an e-mail waits after its last failure: none below the threshold, then 5, 10, 20 … capped. The first step
 * is longer than one argon2 verification even on a busy machine, or a refused attempt (which still verifies) would
 * end its own wait.
 */
export function loginDelaySeconds(failures: number, threshold: number, maxSeconds: number): number {
  if (failures < threshold) return 0;
  return Math.min(maxSeconds, 5 * 2 ** Math.min(failures - threshold, 30));
}

import * as argon2 from 'argon2';
import { HttpStatus } from '@nestjs/common';
import { BadRequestException, RetryLaterException } from '../common/errors/domain.exception';
import { PASSWORD_MIN_LENGTH, passwordProblems } from './password-policy';

export { PASSWORD_MIN_LENGTH } from './password-policy';

/**
 * One argon2 computation at a time per process. Each takes 64 MiB; libuv would run four at once, which on two
 * cores bought ~10 % more logins per second (4 verifications: 2.4 s at once, 2.7 s one by one) for 192 MiB more
 * memory. Serialised, a burst of logins costs one hash's memory whatever its size.
 * The queue is bounded (LOGIN_HASH_QUEUE): a flood of junk logins gets 503s instead of making a real one wait
 * behind all of them.
 */
let argon2Tail: Promise<unknown> = Promise.resolve();
let waiting = 0;
let queueLimit = 8;

export function setHashQueueLimit(limit: number): void {
  queueLimit = limit;
}

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (waiting >= queueLimit)
    return Promise.reject(
      new RetryLaterException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'The server is busy checking passwords; try again in a moment',
        1,
      ).withCode('login_busy'),
    );
  waiting += 1;
  const run = argon2Tail.then(work, work).finally(() => {
    waiting -= 1;
  });
  argon2Tail = run.catch(() => undefined);
  return run;
}

/** argon2id with the library's defaults (64 MiB, t=3, p=4), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return oneAtATime(() => argon2.hash(password, { type: argon2.argon2id }));
}

/** False for a wrong password or a malformed hash; a full queue rejects with a 503. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return oneAtATime(() => argon2.verify(hash, password).catch(() => false));
}

/** A long passphrase beats complexity rules (NIST SP 800-63B): length, and not a common or obvious one. */
export function assertPasswordPolicy(password: string, field = 'password', email?: string, words: string[] = []): void {
  const problems = passwordProblems(password, { email, words });
  if (problems.length)
    throw new BadRequestException(
      `Invalid request: ${field} ${problems.join(', ')}`,
      problems.map((message) => ({
        field,
        message,
        code: message.startsWith('is too common') ? ('common_password' as const) : ('weak_password' as const),
        params: { limit: PASSWORD_MIN_LENGTH },
      })),
    ).withCode('weak_password', { limit: PASSWORD_MIN_LENGTH });
}

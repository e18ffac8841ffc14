import * as argon2 from 'argon2';
import { BadRequestException } from '../common/errors/domain.exception';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * One argon2 computation at a time per process. Each takes 64 MiB; libuv would run four at once, which on two
 * cores bought ~10 % more logins per second (4 verifications: 2.4 s at once, 2.7 s one by one) for 192 MiB more
 * memory. Serialised, a burst of logins costs one hash's memory whatever its size.
 */
let argon2Tail: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = argon2Tail.then(work, work);
  argon2Tail = run.catch(() => undefined);
  return run;
}

/** argon2id with the library's defaults (64 MiB, t=3, p=4), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return oneAtATime(() => argon2.hash(password, { type: argon2.argon2id }));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await oneAtATime(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

/** A long passphrase beats complexity rules (NIST SP 800-63B): length, and not an obvious one. */
export function assertPasswordPolicy(password: string, field = 'password', email?: string): void {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  if (password.length > 200) problems.push('must be at most 200 characters long');
  if (/^(.)\1+$/.test(password)) problems.push('must not repeat one character');
  if (email && password.toLowerCase().includes(email.split('@')[0].toLowerCase()) && email.split('@')[0].length >= 4)
    problems.push('must not contain your e-mail name');
  if (problems.length)
    throw new BadRequestException(
      `Invalid request: ${field} ${problems.join(', ')}`,
      problems.map((message) => ({ field, message, code: 'weak_password' as const, params: { limit: PASSWORD_MIN_LENGTH } })),
    ).withCode('weak_password', { limit: PASSWORD_MIN_LENGTH });
}

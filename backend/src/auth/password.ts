import * as argon2 from 'argon2';
import { BadRequestException } from '../common/errors/domain.exception';

export const PASSWORD_MIN_LENGTH = 10;

/** argon2id with the library's defaults (64 MiB, t=3, p=4), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
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
    throw new BadRequestException(`Invalid request: ${field} ${problems.join(', ')}`, problems.map((message) => ({ field, message })));
}

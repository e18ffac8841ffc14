import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { PASSWORD_MIN_LENGTH, SWEDISH_MONTHS } from '@kompass/shared';

export { PASSWORD_MIN_LENGTH };

/**
 * Words every Kompass user might build a password from: zxcvbn's lists are English and international, so the
 * Swedish ones an attacker of a municipality would try first are added here.
 */
const SWEDISH_WORDS = [
  'kommun',
  'kommunen',
  'kommunkompassen',
  'kompass',
  'lösenord',
  'losenord',
  'hemligt',
  'hemlig',
  'välkommen',
  'valkommen',
  'sverige',
  'svenska',
  'sommar',
  'sommaren',
  'vinter',
  'vintern',
  'hösten',
  'höst',
  'våren',
  'vår',
  ...SWEDISH_MONTHS,
  'måndag',
  'fredag',
  'hejsan',
  'hejhej',
  'qwertyuiopå',
  'asdfghjklöä',
  'förvaltning',
  'region',
  'stockholm',
  'göteborg',
  'malmö',
  'uppsala',
  'kvalitet',
];

/** zxcvbn's score: 3 means about 10^8 guesses or more (fine behind argon2id and login throttling). */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function strength() {
  // Built on first use: the dictionaries take a few hundred milliseconds to index.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, swedish: SWEDISH_WORDS },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/**
 * NIST SP 800-63B: length and a check against common and breached passwords, no composition rules. Returns what
 * is wrong, empty when the password is fine. `words` are the user's own (e.g. their municipality's name).
 */
export function passwordProblems(password: string, context: { email?: string; words?: string[] } = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  if (password.length > 200) problems.push('must be at most 200 characters long');
  if (/^(.)\1+$/.test(password)) problems.push('must not repeat one character');
  const emailName = context.email?.split('@')[0].toLowerCase() ?? '';
  if (emailName.length >= 4 && password.toLowerCase().includes(emailName))
    problems.push('must not contain your e-mail name');
  if (problems.length) return problems;
  const own = (context.words ?? [])
    .flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 3);
  if (
    onlyKnownWords(password, [...own, ...SWEDISH_WORDS]) ||
    strength().check(password, [...own, emailName].filter(Boolean)).score < MIN_SCORE
  )
    problems.push(
      'is too common or too easy to guess (e.g. a known password, a keyboard row, or the municipality name with digits)',
    );
  return problems;
}

/** "Ronnebykommun2026!": nothing left once the municipality's name, Swedish words, digits and symbols are taken out. */
function onlyKnownWords(password: string, words: string[]): boolean {
  let rest = password.toLowerCase();
  for (const word of [...words].sort((a, b) => b.length - a.length)) rest = rest.split(word).join('');
  return rest.replace(/[^\p{L}]+/gu, '').length < 4;
}

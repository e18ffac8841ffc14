import { loginDelaySeconds } from './login-attempts.service';
import { passwordProblems } from './password-policy';

describe('loginDelaySeconds', () => {
  it('lets the first failures through, then waits 5 s, doubling up to the cap', () => {
    expect([0, 4].map((n) => loginDelaySeconds(n, 5, 60))).toEqual([0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => loginDelaySeconds(n, 5, 60))).toEqual([5, 10, 20, 40, 60]);
    expect(loginDelaySeconds(10_000, 5, 60)).toBe(60);
  });
});

describe('passwordProblems', () => {
  it('refuses the passwords of the probe and the municipality name with digits, and accepts a passphrase', () => {
    for (const password of ['1234567890', 'password12', 'qwertyuiop', 'Ronneby2026', 'RonnebyKommun!!', 'Sommaren2026'])
      expect(passwordProblems(password, { words: ['Ronneby kommun'] })).toEqual([
        expect.stringContaining('too common'),
      ]);
    expect(passwordProblems('Tre-gröna-hästar-i-Kallinge', { words: ['Ronneby'] })).toEqual([]);
    expect(passwordProblems('kort')).toEqual(['must be at least 10 characters long']);
  });
});

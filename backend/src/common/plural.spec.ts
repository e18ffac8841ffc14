import { counted, pluralOf } from './plural';

describe('plural', () => {
  it('picks the Swedish form by Intl.PluralRules: one for 1, other for 0 and many', () => {
    const actions = { one: 'åtgärd', other: 'åtgärder' };
    expect([0, 1, 2, 38].map((n) => counted('sv', n, actions))).toEqual([
      '0 åtgärder',
      '1 åtgärd',
      '2 åtgärder',
      '38 åtgärder',
    ]);
    expect(counted('sv', 1, { one: 'klar', other: 'klara' })).toBe('1 klar');
    expect(pluralOf('sv', 1, { one: 'förbättringsmöjlighet', other: 'förbättringsmöjligheter' })).toBe(
      'förbättringsmöjlighet',
    );
  });

  it('does the same in English', () => {
    expect([1, 3].map((n) => counted('en', n, { one: 'day', other: 'days' }))).toEqual(['1 day', '3 days']);
  });
});

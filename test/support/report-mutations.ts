import fc from 'fast-check';

/** Mutations of a report's lines for property tests: what copy-paste, OCR and hand edits do to real files. */
export type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; other: number }
  | { op: 'number'; at: number; value: number }
  | { op: 'junk'; at: number; junk: string }
  | { op: 'truncate'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constant('number' as const),
    at: fc.nat(),
    value: fc.oneof(fc.integer({ min: -50, max: 150 }), fc.integer()),
  }),
  fc.record({
    op: fc.constant('junk' as const),
    at: fc.nat(),
    junk: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.constantFrom(
        '<li>',
        '</ul>\t<ul>',
        'STYRKOR\tFÖRBÄTTRINGSMÖJLIGHETER',
        'Rubriker\t2017',
        '1.1',
        '\t\t',
        '%',
        '| | |',
        'Område 99',
      ),
    ),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutate(lines: string[], mutations: Mutation[]): string {
  const out = [...lines];
  for (const m of mutations) {
    if (out.length === 0) break;
    const i = m.at % out.length;
    if (m.op === 'delete') out.splice(i, 1);
    else if (m.op === 'duplicate') out.splice(i, 0, out[i]);
    else if (m.op === 'swap') [out[i], out[m.other % out.length]] = [out[m.other % out.length], out[i]];
    else if (m.op === 'number') out[i] = out[i].replace(/\d+/, String(m.value));
    else if (m.op === 'junk')
      out[i] = out[i].slice(0, m.at % (out[i].length + 1)) + m.junk + out[i].slice(m.at % (out[i].length + 1));
    else out[i] = out[i].slice(0, m.at % (out[i].length + 1));
  }
  return out.join('\n');
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript file under a folder, specs included. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('evaluations/ and findings/', () => {
  it('findings/ imports evaluations/ (which owns the Finding entity), never the reverse', () => {
    const reverse = sources(__dirname).filter((file) => /from '(\.\.\/)+findings\//.test(readFileSync(file, 'utf8')));
    expect(reverse).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(__dirname, '../../admin/dist');
/** The budget for what index.html loads before the first page shows; pages load on demand. */
const INITIAL_JS_BUDGET_GZIP = 350 * 1000;

/** The built admin's first load stays small: react-admin and MUI are big, so every page is lazy. */
describe('admin bundle', () => {
  it(`loads at most ${INITIAL_JS_BUDGET_GZIP / 1000} kB of gzipped JavaScript up front`, () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = Object.fromEntries(scripts.map((file) => [file, gzipSync(readFileSync(join(DIST, file))).length]));
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    if (total > INITIAL_JS_BUDGET_GZIP)
      throw new Error(`Initial admin JS is ${(total / 1000).toFixed(1)} kB gzipped: ${JSON.stringify(sizes, null, 2)}`);
  });
});

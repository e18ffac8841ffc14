import { join } from 'node:path';
import { adminInitialJs } from '../../bench/lib/admin-size';
import { ADMIN_INITIAL_JS_BUDGET_KB } from '../../bench/lib/targets';

const DIST = join(__dirname, '../../admin/dist');

/** The built admin's first load stays small: react-admin and MUI are big, so every page is lazy. */
describe('admin bundle', () => {
  it(`loads at most ${ADMIN_INITIAL_JS_BUDGET_KB} kB of gzipped JavaScript up front`, () => {
    // The bench's own measure: module script, modulepreloads and their static imports, gzipped at level 9
    const size = adminInitialJs(DIST);
    expect(size).not.toBeNull();
    expect(size!.files.length).toBeGreaterThan(0);
    if (size!.gzipKb > ADMIN_INITIAL_JS_BUDGET_KB) {
      const files = Object.fromEntries(size!.files.map(({ file, gzipKb }) => [file, `${gzipKb.toFixed(1)} kB`]));
      throw new Error(`Initial admin JS is ${size!.gzipKb.toFixed(1)} kB gzipped: ${JSON.stringify(files, null, 2)}`);
    }
  });
});

import { IMPORT_FORMATS } from '@kompass/shared';
import { IMPORT_FORMAT_DRIVERS } from '.';

describe('import format drivers', () => {
  it('registers one driver per format of IMPORT_FORMATS, each under its own name', () => {
    expect(Object.keys(IMPORT_FORMAT_DRIVERS).sort()).toEqual([...IMPORT_FORMATS].sort());
    for (const [format, driver] of Object.entries(IMPORT_FORMAT_DRIVERS)) expect(driver.format).toBe(format);
  });

  it('holds the text formats, read into the heap, to the text limit', () => {
    const textual = Object.values(IMPORT_FORMAT_DRIVERS)
      .filter((d) => d.textual)
      .map((d) => d.format);
    expect(textual.sort()).toEqual(['csv', 'report-text']);
  });
});

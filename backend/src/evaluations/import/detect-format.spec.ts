import { KK2016 } from '@kompass/shared';
import { MAX_IMPORT_BYTES } from '@kompass/shared';
import { decodeText, detectFormat, listZipEntries, looksBinary, looksLikeCsv } from './detect-format';
import { UnreadableDocumentError } from './import-result';
import { buildImportTemplate } from './template.builder';

/** A minimal stored (uncompressed) zip, enough for the central-directory reader. */
function makeZip(entries: { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const body = Buffer.from(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(body.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof UnreadableDocumentError ? error.reason : `unexpected ${String(error)}`;
  }
}

describe('detectFormat', () => {
  it('recognises PDF by its magic, even after a little leading junk', () => {
    expect(detectFormat({ bytes: Buffer.from('%PDF-1.7\n...') })).toBe('pdf');
    expect(detectFormat({ bytes: Buffer.from('\uFEFF\n  %PDF-1.4\n') })).toBe('pdf');
  });

  it('recognises a real workbook, and refuses Word files, other zips, damaged zips and zip bombs', async () => {
    expect(detectFormat({ bytes: await buildImportTemplate(KK2016) })).toBe('xlsx');
    expect(reasonOf(() => detectFormat({ bytes: makeZip([{ name: 'word/document.xml', data: '<w/>' }]) }))).toBe(
      'unsupported-format',
    );
    expect(reasonOf(() => detectFormat({ bytes: makeZip([{ name: 'a.txt', data: 'hej' }]) }))).toBe(
      'unsupported-format',
    );
    expect(reasonOf(() => detectFormat({ bytes: Buffer.from('PK\u0003\u0004 not really a zip') }))).toBe('unreadable');
    const bomb = makeZip([{ name: 'xl/workbook.xml', data: 'x' }]);
    bomb.writeUInt32LE(0xfffffff0, bomb.length - 22 - 46 - 'xl/workbook.xml'.length + 24);
    expect(reasonOf(() => detectFormat({ bytes: bomb }))).toBe('too-large');
  });

  it('refuses old binary Office files', () => {
    expect(reasonOf(() => detectFormat({ bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }))).toBe(
      'unsupported-format',
    );
  });

  it('tells CSV from report text by its header, in UTF-8 or Windows-1252', () => {
    expect(detectFormat({ bytes: Buffer.from('\uFEFFOmråde;Kod;Delfråga;Max;Uppnått\r\n') })).toBe('csv');
    expect(detectFormat({ bytes: Buffer.from('Kod;Uppn\u00e5tt\r\n1.1;8', 'latin1') })).toBe('csv');
    expect(detectFormat({ text: 'code,achieved\n1.1,8' })).toBe('csv');
    expect(detectFormat({ text: '# KommunKompassen\n1.1\tFinns?\t8\t15' })).toBe('report-text');
    expect(detectFormat({ bytes: Buffer.from('a;b\n1;2'), fileName: 'poäng.CSV' })).toBe('csv');
  });

  it('refuses empty, oversized and binary uploads with a reason', () => {
    expect(reasonOf(() => detectFormat({ bytes: Buffer.alloc(0) }))).toBe('empty');
    expect(reasonOf(() => detectFormat({ text: '  \n ' }))).toBe('empty');
    expect(reasonOf(() => detectFormat({ bytes: Buffer.from(' \n\t ') }))).toBe('empty');
    expect(reasonOf(() => detectFormat({ bytes: Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41) }))).toBe('too-large');
    expect(reasonOf(() => detectFormat({ bytes: Buffer.from([0x41, 0x00, 0x42, 0x43]) }))).toBe('binary');
    expect(
      reasonOf(() => detectFormat({ bytes: Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 31) % 32)) })),
    ).toBe('binary');
  });
});

describe('text helpers', () => {
  it('decodes UTF-8 with BOM and falls back to Windows-1252', () => {
    expect(decodeText(Buffer.from('\uFEFFUppnått'))).toBe('Uppnått');
    expect(decodeText(Buffer.from([0x55, 0x70, 0x70, 0x6e, 0xe5, 0x74, 0x74, 0x20, 0x96, 0x20, 0x80]))).toBe(
      'Uppnått – €',
    );
  });

  it('judges binary by NULs or a share of control characters', () => {
    expect(looksBinary('vanlig text\tmed tabb\r\n')).toBe(false);
    expect(looksBinary('a\u0000b')).toBe(true);
    expect(looksBinary(`${'x'.repeat(98)}\u0001\u0002`)).toBe(true);
  });

  it('only calls CSV what has a code and an achieved column', () => {
    expect(looksLikeCsv('Kod;Delfråga;Uppnått')).toBe(true);
    expect(looksLikeCsv('Delfråga;Poäng')).toBe(true);
    expect(looksLikeCsv('STYRKOR\tFÖRBÄTTRINGSMÖJLIGHETER')).toBe(false);
    // A sheet of area totals names the area, not a sub-question.
    expect(looksLikeCsv('Område;Poäng;Max')).toBe(true);
    expect(looksLikeCsv('Område;Namn')).toBe(false);
  });

  it('lists zip entries, or null for junk', () => {
    expect(listZipEntries(makeZip([{ name: 'xl/a.xml', data: 'abc' }]))).toEqual([
      expect.objectContaining({ name: 'xl/a.xml', uncompressedSize: 3 }),
    ]);
    expect(listZipEntries(Buffer.from('PK junk'))).toBeNull();
  });
});

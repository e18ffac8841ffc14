import { MAX_IMPORT_BYTES } from '@kompass/shared';
import { inflateRawSync } from 'node:zlib';
import { ImportFormat, UnreadableDocumentError } from './import-result';

/**
 * Text, markdown and CSV are parsed into objects in the API's own heap (capped by `config.nodeFlags`), so they get
 * a limit of their own: a whole Kommunkompassen report as text is ~100 kB, a score CSV 46 lines. A 19 MB CSV of
 * 3 million rows took 3 GB before this limit; PDFs are read in a worker thread with limits of its own.
 */
export const MAX_TEXT_IMPORT_BYTES = 2 * 1024 * 1024;
/**
 * exceljs holds the whole unpacked workbook in memory, ~9 bytes of heap per unpacked byte (7.4 MB → 67 MB), so
 * more than this would endanger the process; the import template unpacks to ~50 kB. Also the zip-bomb guard,
 * counted in bytes really inflated: the sizes in the zip headers are whatever the sender wrote there.
 */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 8 * 1024 * 1024;

const CODE_HEADER = /^(kod|code|delfr[aå]ga(\s*nr)?|fr[aå]ga\s*nr|nr|id)$/;
/** A sheet of area totals may have an area column instead of a code column. */
const AREA_HEADER = /^(omr[aå]de|area)$/;
const ACHIEVED_HEADER = /^(uppn[aå]tt|po[aä]ng|achieved|score|points|resultat)$/;

export interface ZipEntry {
  name: string;
  /** As declared in the central directory: a claim, not a measurement. */
  uncompressedSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflate */
  method: number;
  localHeaderOffset: number;
}

/** Reads the zip central directory (names and sizes) without inflating anything; null when it isn't a readable zip. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    const name = Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString('utf8');
    entries.push({
      name,
      uncompressedSize,
      compressedSize,
      method,
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

/** "%PDF-" may legally follow up to 1 KB of junk (some generators prepend a BOM or whitespace). */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * Decodes uploaded text: UTF-8 (BOM stripped) when valid, else Windows-1252, which is what
 * Swedish Excel writes for "CSV (semikolonavgränsad)". Rejects binary junk with a clear message.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableDocumentError('empty', 'The file is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  if (looksBinary(text)) {
    throw new UnreadableDocumentError(
      'binary',
      'The file looks like binary data, not a report, PDF, Excel or CSV file',
    );
  }
  return text.replace(/^\uFEFF/, '');
}

/** 0x80–0x9F of Windows-1252 (Node's TextDecoder decodes them as Latin-1 control characters). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/** NUL bytes or more than 1% control characters mean this is not text someone meant to upload. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

/** Does the first non-empty line look like a spreadsheet header with a code (or area) and an achieved column? */
export function looksLikeCsv(text: string): boolean {
  const first = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .find((l) => l.trim() !== '');
  if (!first || !/[;,\t]/.test(first)) return false;
  const cells = first.split(/[;,\t]/).map((c) => normaliseHeader(c));
  return cells.some((c) => CODE_HEADER.test(c) || AREA_HEADER.test(c)) && cells.some((c) => ACHIEVED_HEADER.test(c));
}

export function normaliseHeader(cell: string): string {
  return cell.replace(/^"|"$/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

export interface DetectInput {
  bytes?: Uint8Array;
  text?: string;
  /** Only breaks ties (a .csv whose header we don't recognise is still read as CSV, to report its header problem). */
  fileName?: string;
}

/**
 * Decides what an upload is from its content, never from its name alone:
 * %PDF- → pdf, a zip with xl/ entries → xlsx, text with a code/achieved header → csv, other text → report-text.
 */
export function detectFormat(input: DetectInput): ImportFormat {
  if (input.text !== undefined) {
    if (input.text.trim() === '') throw new UnreadableDocumentError('empty', 'The text is empty');
    return looksLikeCsv(input.text) || /\.csv$/i.test(input.fileName ?? '') ? 'csv' : 'report-text';
  }
  const bytes = input.bytes;
  if (!bytes || bytes.length === 0) throw new UnreadableDocumentError('empty', 'The file is empty');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new UnreadableDocumentError('too-large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  if (looksLikePdf(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    checkXlsxZip(bytes);
    return 'xlsx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UnreadableDocumentError(
      'unsupported-format',
      'Old Excel (.xls) and Word (.doc) files are not supported: save as .xlsx, .csv or PDF',
    );
  }
  const text = decodeText(bytes);
  if (text.trim() === '') throw new UnreadableDocumentError('empty', 'The file contains no text');
  return looksLikeCsv(text) || /\.csv$/i.test(input.fileName ?? '') ? 'csv' : 'report-text';
}

/** Accepts only real workbooks, and refuses zips that would inflate absurdly. */
function checkXlsxZip(bytes: Uint8Array): void {
  const entries = listZipEntries(bytes);
  if (!entries) throw new UnreadableDocumentError('unreadable', 'The file looks like a zip/Excel file but is damaged');
  if (entries.some((e) => e.name.startsWith('word/'))) {
    throw new UnreadableDocumentError('unsupported-format', 'Word documents are not supported: save the report as PDF');
  }
  if (!entries.some((e) => e.name.startsWith('xl/'))) {
    throw new UnreadableDocumentError('unsupported-format', 'The zip file is not an Excel workbook (.xlsx)');
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_ZIP_UNCOMPRESSED_BYTES) {
    throw new UnreadableDocumentError(
      'too-large',
      `The workbook unpacks to ${(total / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_ZIP_UNCOMPRESSED_BYTES / 1024 / 1024} MB that can be read: keep only the scores and findings sheets`,
    );
  }
  measureUnpackedSize(bytes, entries);
}

const tooLargeWhenUnpacked = () =>
  new UnreadableDocumentError(
    'too-large',
    `The workbook unpacks to more than ${MAX_ZIP_UNCOMPRESSED_BYTES / 1024 / 1024} MB, more than can be read: keep only the scores and findings sheets`,
  );

/**
 * Inflates every entry as the zip reader will (data after the local header, length from the central directory)
 * and counts the bytes that really come out, stopping at the limit: a workbook whose headers claim 1,000 bytes
 * for 300 MB of XML is refused after reading 8 MB, where the zip library would first inflate it all.
 */
export function measureUnpackedSize(
  bytes: Uint8Array,
  entries: ZipEntry[],
  limit = MAX_ZIP_UNCOMPRESSED_BYTES,
): number {
  const damaged = () =>
    new UnreadableDocumentError('unreadable', 'The file looks like a zip/Excel file but is damaged');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    // 0xFFFFFFFF marks zip64 sizes, which no workbook small enough to import needs.
    if (entry.compressedSize === 0xffffffff || start + entry.compressedSize > bytes.length) throw damaged();
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLargeWhenUnpacked();
        throw damaged();
      }
    } else
      throw new UnreadableDocumentError(
        'unreadable',
        `The workbook uses a zip compression method (${entry.method}) that cannot be read`,
      );
    if (total > limit) throw tooLargeWhenUnpacked();
  }
  return total;
}

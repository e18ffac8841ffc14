import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UnreadableDocumentError } from './import-result';

/** One positioned piece of text as pdfjs reports it (PDF units, y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

export interface PdfExtractOptions {
  /** Wall-clock limit for the whole document; a hostile PDF can make pdfjs loop for a long time. */
  timeoutMs?: number;
  maxPages?: number;
  /** V8 old-generation limit of the worker. */
  memoryMb?: number;
  /** Keep running headers, footers and page numbers (reading a PDF as printed, not as a report to import). */
  keepRunningText?: boolean;
}

/** Next to this file in src/ and, once the build copies *.mjs, in dist/. */
const WORKER_FILE = path.join(__dirname, 'pdf-text.worker.mjs');
const DEFAULTS = { timeoutMs: 20_000, maxPages: 300, memoryMb: 512 };
/** Gap between two items, in multiples of the font height, that separates table columns. */
const COLUMN_GAP_EM = 1;
/** A line starting further right than this share of the page is in a right-hand column. */
const RIGHT_COLUMN_SHARE = 0.3;
/** A running header/footer stands at least this many font heights apart from the page's content. */
const FURNITURE_GAP_EM = 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}

/** A laid-out line of one page: its baseline, its height and its text with tabs between columns. */
interface PageLine {
  y: number;
  height: number;
  text: string;
}

function linesOfPage(page: PdfPage): PageLine[] {
  const items = page.items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  if (items.length === 0) return [];
  const tolerance = Math.max(1.5, median(items.map((i) => i.height)) * 0.45);
  const left = Math.min(...items.map((i) => i.x));
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(line[0].y - item.y) <= tolerance) line.push(item);
    else groups.push([item]);
  }
  return groups.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = line[0].x - left > page.width * RIGHT_COLUMN_SHARE ? '\t' : '';
    line.forEach((item, i) => {
      if (i > 0) {
        const prev = line[i - 1];
        const gap = item.x - (prev.x + prev.width);
        const em = Math.max(prev.height, item.height, 1);
        if (gap >= em * COLUMN_GAP_EM) text += '\t';
        else if (gap > em * 0.12 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      }
      text += item.str;
    });
    const height = Math.max(...line.map((i) => i.height));
    return { y: line[0].y, height, text: text.replace(/ +\t/g, '\t').replace(/\t +/g, '\t').trimEnd() };
  });
}

/** Key of a running header/footer line: the page number in it ignored. */
function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Running headers and footers (page numbers): the first or last line of a page, set apart from the page's
 * content by a margin, with the same text (numbers aside) at the same place on several pages. They are
 * dropped so that a table row or a list item broken by a page break continues on the next page.
 */
function runningFurniture(pages: PageLine[][]): Set<PageLine> {
  const candidates = new Map<string, PageLine[]>();
  for (const lines of pages) {
    if (lines.length < 3) continue;
    const margin = FURNITURE_GAP_EM * median(lines.map((l) => l.height));
    const edges: [PageLine, PageLine][] = [
      [lines[0], lines[1]],
      [lines[lines.length - 1], lines[lines.length - 2]],
    ];
    edges.forEach(([edge, next], top) => {
      if (Math.abs(edge.y - next.y) < margin) return;
      const key = `${top}:${furnitureKey(edge.text)}`;
      candidates.set(key, [...(candidates.get(key) ?? []), edge]);
    });
  }
  const furniture = new Set<PageLine>();
  for (const lines of candidates.values()) {
    if (lines.length >= 2 && lines.length * 3 >= pages.length) lines.forEach((l) => furniture.add(l));
  }
  return furniture;
}

/**
 * Turns positioned text into lines a text parser can read: items on the same baseline form a line,
 * a wide horizontal gap becomes a tab (so table columns stay apart), and a line that starts in the
 * right half of the page starts with a tab (so a right-column-only line stays in its column).
 * Pages follow each other without a break and without running headers/footers, as the text of a
 * document flows: a table cell or list item cut by a page break reads as one.
 */
export function layoutPdfPages(pages: PdfPage[], keepRunningText = false): string {
  const laidOut = pages.map(linesOfPage);
  const furniture = keepRunningText ? new Set<PageLine>() : runningFurniture(laidOut);
  const out = laidOut
    .flat()
    .filter((line) => !furniture.has(line))
    .map((line) => line.text);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function failure(name: string, message: string): UnreadableDocumentError {
  if (name === 'PasswordException') return new UnreadableDocumentError('unreadable', 'The PDF is password protected');
  if (name === 'InvalidPDFException')
    return new UnreadableDocumentError('unreadable', 'The PDF is damaged or not a PDF');
  return new UnreadableDocumentError('unreadable', `The PDF could not be read (${message.slice(0, 200)})`);
}

/** Extracts positioned text in a worker thread with a time and memory limit; junk yields UnreadableDocumentError. */
export function extractPdfPages(bytes: Uint8Array, options: PdfExtractOptions = {}): Promise<PdfPage[]> {
  const { timeoutMs, maxPages, memoryMb } = { ...DEFAULTS, ...options };
  return new Promise<PdfPage[]>((resolve, reject) => {
    const data = new Uint8Array(bytes); // a private copy the worker may own
    let settled = false;
    let worker: Worker;
    try {
      worker = new Worker(WORKER_FILE, {
        workerData: { data, maxPages },
        transferList: [data.buffer],
        resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
        stdout: true,
        stderr: true,
      });
    } catch (error) {
      reject(new UnreadableDocumentError('unreadable', `PDF reading is unavailable: ${(error as Error).message}`));
      return;
    }
    worker.stdout.resume(); // pdfjs may chatter; nobody needs it
    worker.stderr.resume();
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new UnreadableDocumentError('timeout', `Reading the PDF took more than ${Math.round(timeoutMs / 1000)} s`),
          ),
        ),
      timeoutMs,
    );
    worker.on('message', (msg: { ok: boolean; pages?: PdfPage[]; name?: string; message?: string }) =>
      settle(() =>
        msg.ok && Array.isArray(msg.pages)
          ? resolve(msg.pages)
          : reject(failure(msg.name ?? 'Error', msg.message ?? 'unknown error')),
      ),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UnreadableDocumentError('too-large', 'The PDF needs too much memory to read')
            : failure(error.name, error.message),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(failure('Error', `reader stopped with code ${code}`))));
  });
}

/** The PDF's text layer laid out as tab-separated lines, ready for parseReportText. */
export async function extractPdfText(bytes: Uint8Array, options: PdfExtractOptions = {}): Promise<string> {
  const text = layoutPdfPages(await extractPdfPages(bytes, options), options.keepRunningText);
  if (text.replace(/\s/g, '').length < 20) {
    throw new UnreadableDocumentError(
      'no-text-layer',
      'The PDF has no text layer (is it a scan?): upload the report as text, or fill in the Excel template',
    );
  }
  return text;
}

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
}

/** Next to this file in src/ and, once the build copies *.mjs, in dist/. */
const WORKER_FILE = path.join(__dirname, 'pdf-text.worker.mjs');
const DEFAULTS = { timeoutMs: 20_000, maxPages: 300, memoryMb: 512 };
/** Gap between two items, in multiples of the font height, that separates table columns. */
const COLUMN_GAP_EM = 1;
/** A line starting further right than this share of the page is in a right-hand column. */
const RIGHT_COLUMN_SHARE = 0.3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}

/**
 * Turns positioned text into lines a text parser can read: items on the same baseline form a line,
 * a wide horizontal gap becomes a tab (so table columns stay apart), and a line that starts in the
 * right half of the page starts with a tab (so a right-column-only line stays in its column).
 */
export function layoutPdfPages(pages: PdfPage[]): string {
  const out: string[] = [];
  for (const page of pages) {
    const items = page.items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
    if (items.length === 0) continue;
    const tolerance = Math.max(1.5, median(items.map((i) => i.height)) * 0.45);
    const left = Math.min(...items.map((i) => i.x));
    const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: PdfTextItem[][] = [];
    for (const item of sorted) {
      const line = lines[lines.length - 1];
      if (line && Math.abs(line[0].y - item.y) <= tolerance) line.push(item);
      else lines.push([item]);
    }
    for (const line of lines) {
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
      out.push(text.replace(/ +\t/g, '\t').replace(/\t +/g, '\t').trimEnd());
    }
    out.push('');
  }
  return out.join('\n');
}

function failure(name: string, message: string): UnreadableDocumentError {
  if (name === 'PasswordException') return new UnreadableDocumentError('unreadable', 'The PDF is password protected');
  if (name === 'InvalidPDFException') return new UnreadableDocumentError('unreadable', 'The PDF is damaged or not a PDF');
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
      () => settle(() => reject(new UnreadableDocumentError('timeout', `Reading the PDF took more than ${Math.round(timeoutMs / 1000)} s`))),
      timeoutMs,
    );
    worker.on('message', (msg: { ok: boolean; pages?: PdfPage[]; name?: string; message?: string }) =>
      settle(() => (msg.ok && Array.isArray(msg.pages) ? resolve(msg.pages) : reject(failure(msg.name ?? 'Error', msg.message ?? 'unknown error')))),
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
  const text = layoutPdfPages(await extractPdfPages(bytes, options));
  if (text.replace(/\s/g, '').length < 20) {
    throw new UnreadableDocumentError(
      'no-text-layer',
      'The PDF has no text layer (is it a scan?): upload the report as text, or fill in the Excel template',
    );
  }
  return text;
}

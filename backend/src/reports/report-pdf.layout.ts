/** Page geometry, colours and the table helper of the leadership PDF (pdfkit, A4, Helvetica). */

export const PAGE = { width: 595.28, height: 841.89, left: 50, right: 50, top: 56, bottom: 64 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const BOTTOM = PAGE.height - PAGE.bottom;

export const COLOURS = {
  ink: '#1f2933',
  muted: '#5f6b7a',
  heading: '#16365c',
  rule: '#c9d1db',
  zebra: '#f2f5f8',
  band: '#e8eef5',
  before: '#6b7280',
  after: '#1d5fb4',
  grid: '#d5dbe3',
};

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' };

/** Characters outside Latin-1 that WinAnsi still has (pdfkit's map for the standard fonts). */
const WIN_ANSI_EXTRA = new Set([
  0x192, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x20ac, 0x2030,
  0x2039, 0x203a, 0x2c6, 0x2122, 0x152, 0x153, 0x2dc, 0x160, 0x161, 0x178, 0x17d, 0x17e,
]);
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '–',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2265': '>=',
  '\u2264': '<=',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/**
 * The built-in Helvetica encodes WinAnsi only: å, ä, ö, é and the Swedish quotes are fine, but a title typed
 * with, say, ł or an emoji would print as garbage. Such characters become their base letter or "?".
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code)) out += ch;
    else if (REPLACEMENTS[ch]) out += REPLACEMENTS[ch];
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every((c) => c.codePointAt(0)! < 0x7f) ? base : '?';
    }
  }
  return out;
}

/** A font, size and colour, set together. */
export interface TextStyle {
  bold?: boolean;
  size: number;
  colour: string;
}

export function setStyle(doc: PDFKit.PDFDocument, style: TextStyle): PDFKit.PDFDocument {
  return doc
    .font(style.bold ? FONT.bold : FONT.regular)
    .fontSize(style.size)
    .fillColor(style.colour);
}

/** Full-width text at `y` in `style`, with no page break; returns its height. */
export function textBlock(doc: PDFKit.PDFDocument, y: number, text: string, style: TextStyle): number {
  const clean = winAnsi(text);
  setStyle(doc, style).text(clean, PAGE.left, y, { width: CONTENT_WIDTH });
  return doc.heightOfString(clean, { width: CONTENT_WIDTH });
}

/** A full-width horizontal line at `y`. */
export function rule(doc: PDFKit.PDFDocument, y: number, lineWidth: number, colour = COLOURS.rule): void {
  doc
    .moveTo(PAGE.left, y)
    .lineTo(PAGE.left + CONTENT_WIDTH, y)
    .lineWidth(lineWidth)
    .strokeColor(colour)
    .stroke();
}

export interface Column<Row> {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
  value: (row: Row) => string;
  bold?: (row: Row) => boolean;
}

export interface TableOptions<Row> {
  fontSize?: number;
  /** Extra lines drawn under a row (e.g. the actions behind a sub-question), indented under the second column */
  details?: (row: Row) => string[];
  /** A row that must not be shaded as zebra (e.g. the total row gets a rule above instead) */
  isTotal?: (row: Row) => boolean;
}

const PAD = 4;

/**
 * Draws a table from `y`, repeating the header on each new page, and returns the y below it. Rows grow with
 * wrapped text and their detail lines; a row never splits across pages.
 */
export function drawTable<Row>(
  doc: PDFKit.PDFDocument,
  y: number,
  columns: Column<Row>[],
  rows: Row[],
  options: TableOptions<Row> = {},
): number {
  const size = options.fontSize ?? 9;
  const header = (top: number) => {
    setStyle(doc, { bold: true, size: size - 0.5, colour: COLOURS.muted });
    let x = PAGE.left;
    for (const c of columns) {
      doc.text(winAnsi(c.header), x + PAD, top + PAD, {
        width: c.width - 2 * PAD,
        align: c.align ?? 'left',
        lineBreak: false,
      });
      x += c.width;
    }
    const bottom = top + size + 2 * PAD;
    rule(doc, bottom, 0.8, COLOURS.ink);
    return bottom + 1;
  };
  y = header(y);
  rows.forEach((row, index) => {
    const cells = columns.map((c) => winAnsi(c.value(row)));
    let details = (options.details?.(row) ?? []).map(winAnsi);
    const detailX = PAGE.left + columns[0].width + PAD;
    const detailWidth = CONTENT_WIDTH - columns[0].width - 2 * PAD;
    doc.fontSize(size);
    const cellHeight = Math.max(
      ...cells.map((text, i) =>
        doc
          .font(columns[i].bold?.(row) ? FONT.bold : FONT.regular)
          .heightOfString(text || ' ', { width: columns[i].width - 2 * PAD }),
      ),
    );
    doc.font(FONT.regular).fontSize(size - 1);
    const heightOf = (lines: string[]) =>
      cellHeight +
      2 * PAD +
      (lines.length ? lines.reduce((h, d) => h + doc.heightOfString(d, { width: detailWidth - 10 }) + 1.5, 0) + 2 : 0);
    // A row never splits, so a sub-question with more actions than a page holds lists what fits and says how many more.
    const pageRoom = BOTTOM - PAGE.top - size - 2 * PAD - 2;
    if (heightOf(details) > pageRoom) {
      const all = details;
      let shown = all.length;
      const cut = (n: number) => [...all.slice(0, n), `… och ${all.length - n} åtgärder till (se XLSX-exporten)`];
      while (shown > 0 && heightOf(cut(shown)) > pageRoom) shown -= 1;
      details = cut(shown);
    }
    const height = heightOf(details);
    if (y + height > BOTTOM) {
      doc.addPage();
      y = header(PAGE.top);
    }
    const total = options.isTotal?.(row) ?? false;
    if (total) rule(doc, y, 0.8, COLOURS.ink);
    else if (index % 2 === 1) doc.rect(PAGE.left, y, CONTENT_WIDTH, height).fillColor(COLOURS.zebra).fill();
    let x = PAGE.left;
    cells.forEach((text, i) => {
      const c = columns[i];
      setStyle(doc, { bold: total || c.bold?.(row), size, colour: COLOURS.ink });
      doc.text(text, x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left' });
      x += c.width;
    });
    let dy = y + PAD + cellHeight + 2;
    setStyle(doc, { size: size - 1, colour: COLOURS.muted });
    for (const d of details) {
      doc.text('•', detailX, dy, { width: 8, lineBreak: false });
      doc.text(d, detailX + 10, dy, { width: detailWidth - 10 });
      dy += doc.heightOfString(d, { width: detailWidth - 10 }) + 1.5;
    }
    y += height;
  });
  rule(doc, y, 0.5);
  return y + 6;
}

/** Starts a new page unless `needed` points still fit below `y`. */
export function ensureSpace(doc: PDFKit.PDFDocument, y: number, needed: number): number {
  if (y + needed <= BOTTOM) return y;
  doc.addPage();
  return PAGE.top;
}

/** Section heading with a thin rule under it; returns the y below. */
export function heading(doc: PDFKit.PDFDocument, y: number, text: string, size = 14): number {
  y = ensureSpace(doc, y, size + 60);
  const below = y + textBlock(doc, y, text, { bold: true, size, colour: COLOURS.heading }) + 3;
  rule(doc, below, 0.6);
  return below + 8;
}

/** Footer on every buffered page, written inside the bottom margin (with the margin lifted so no page is added). */
export function drawFooters(doc: PDFKit.PDFDocument, left: string, generated: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.bottom + 26;
    rule(doc, y - 6, 0.5);
    setStyle(doc, { size: 8, colour: COLOURS.muted });
    doc.text(winAnsi(`${left} · ${generated}`), PAGE.left, y, { width: CONTENT_WIDTH * 0.75, lineBreak: false });
    doc.text(`Sida ${i - range.start + 1} av ${range.count}`, PAGE.left, y, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

/** A key figure: a caption, a big value and a note under it. */
export interface KeyFigure {
  label: string;
  value: string;
  note: string;
}

/** Key figures in tinted boxes side by side; returns the y below them. */
export function keyFigures(doc: PDFKit.PDFDocument, y: number, boxes: KeyFigure[]): number {
  const gap = 10;
  const width = (CONTENT_WIDTH - gap * (boxes.length - 1)) / boxes.length;
  boxes.forEach((b, i) => {
    const x = PAGE.left + i * (width + gap);
    doc.rect(x, y, width, 58).fillColor(COLOURS.band).fill();
    const cell = { width: width - 20, lineBreak: false };
    setStyle(doc, { size: 8, colour: COLOURS.muted }).text(winAnsi(b.label.toUpperCase()), x + 10, y + 8, cell);
    setStyle(doc, { bold: true, size: 20, colour: COLOURS.heading }).text(winAnsi(b.value), x + 10, y + 20, cell);
    setStyle(doc, { size: 8, colour: COLOURS.muted }).text(winAnsi(b.note), x + 10, y + 44, cell);
  });
  return y + 58 + 16;
}

/** A paragraph of running text (optionally a bullet point) that moves to a new page when it does not fit. */
export function paragraph(
  doc: PDFKit.PDFDocument,
  y: number,
  text: string,
  options: { bullet?: boolean; size?: number } = {},
): number {
  const size = options.size ?? 9.5;
  const indent = options.bullet ? 12 : 0;
  const clean = winAnsi(text);
  doc.font(FONT.regular).fontSize(size);
  const height = doc.heightOfString(clean, { width: CONTENT_WIDTH - indent });
  y = ensureSpace(doc, y, height + 4);
  doc.fillColor(COLOURS.ink);
  if (options.bullet) doc.text('•', PAGE.left + 2, y, { lineBreak: false });
  doc.text(clean, PAGE.left + indent, y, { width: CONTENT_WIDTH - indent });
  return y + height + 4;
}

/**
 * A Swedish A4 document with the briefing's margins and metadata, and the promise of its bytes. pdfkit is
 * required here, on the first download, since the public page imports this file for its colours.
 */
export function openPdf(info: { title: string; subject: string; createdAt: Date }): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const PDFDocument = require('pdfkit') as typeof import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: winAnsi(info.title),
      Author: 'Kompass',
      Subject: winAnsi(info.subject),
      CreationDate: info.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The title block of a briefing: kicker, municipality, plan title and the grey lines under them; returns the y below. */
export function titleBlock(
  doc: PDFKit.PDFDocument,
  kicker: string,
  municipality: string,
  plan: string,
  lines: string[],
): number {
  let y = PAGE.top;
  setStyle(doc, { bold: true, size: 8.5, colour: COLOURS.muted }).text(winAnsi(kicker), PAGE.left, y);
  y += 16;
  y += textBlock(doc, y, municipality, { bold: true, size: 22, colour: COLOURS.heading }) + 2;
  y += textBlock(doc, y, plan, { size: 12, colour: COLOURS.ink }) + 6;
  setStyle(doc, { size: 9, colour: COLOURS.muted });
  for (const line of lines) {
    doc.text(winAnsi(line), PAGE.left, y, { width: CONTENT_WIDTH });
    y += 12;
  }
  return y;
}

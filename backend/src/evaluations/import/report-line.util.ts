/**
 * Small helpers shared by the report-text parsers: the same report reaches us as markdown with
 * HTML fragments (converted Word/PDF), as markdown pipe tables, or as plain text from a PDF viewer
 * or from our own PDF extractor (columns separated by tabs), so every rule works on "cells".
 */

/** Longer lines are cut: no real report line is this long, and it bounds regex work on hostile input. */
export const MAX_LINE_LENGTH = 20_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Tags out, entities decoded, whitespace collapsed. `<br>`, `<li>` and `<p>` boundaries become spaces. */
export function stripTags(text: string): string {
  return decodeEntities(text.replace(/<[^<>]{0,2000}>/g, ' ').replace(/\*\*|__/g, ''))
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits a line into raw cells: tabs first (our PDF extractor and converted reports use them),
 * then markdown pipes, then runs of 3+ spaces (plain text pasted from a PDF viewer).
 * Empty cells are kept, because a leading empty cell means "right-hand column".
 */
export function splitCells(raw: string): string[] {
  if (raw.includes('\t')) return raw.split('\t');
  const trimmed = raw.trim();
  if (trimmed.startsWith('|') || / \| /.test(trimmed)) {
    return trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|');
  }
  if (/\S {3,}\S/.test(trimmed)) {
    const leading = /^ {12,}\S/.test(raw) ? [''] : [];
    return [...leading, ...trimmed.split(/ {3,}/)];
  }
  return [raw];
}

export function plainCells(raw: string): string[] {
  return splitCells(raw).map(stripTags);
}

const NUMBER_RE = /^[-\u2212\u2013]?\d{1,6}(?:[.,]\d{1,3})?$/;
const PERCENT_RE = /^[-\u2212\u2013]?\d{1,6}(?:[.,]\d{1,3})?\s?%$/;

/** "8", "7,5", "−2" → number; anything else → undefined. */
export function parseNumber(cell: string): number | undefined {
  const s = cell.trim();
  if (!NUMBER_RE.test(s)) return undefined;
  return Number(s.replace(/[\u2212\u2013]/, '-').replace(',', '.'));
}

/** "53%", "53 %" → 53 */
export function parsePercent(cell: string): number | undefined {
  const s = cell.trim();
  if (!PERCENT_RE.test(s)) return undefined;
  return Number(
    s
      .replace(/\s?%$/, '')
      .replace(/[\u2212\u2013]/, '-')
      .replace(',', '.'),
  );
}

export function isNumericCell(cell: string): boolean {
  return parseNumber(cell) !== undefined || parsePercent(cell) !== undefined;
}

/** "1.3", "1.3." → "1.3" (leading zeros dropped so "01.03" is "1.3") */
export function parseQuestionCode(cell: string): string | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(cell.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

export function areaOfCode(code: string): number {
  return Number(code.split('.')[0]);
}

export interface NumericTail {
  achieved?: number;
  achievedText?: string;
  max?: number;
  percent?: number;
}

/**
 * Reads the trailing numbers of a row given as tokens or cells: [achieved] [max] [percent%].
 * Returns how many trailing entries were consumed, so the rest is the question text.
 */
export function readNumericTail(parts: string[]): { tail: NumericTail; consumed: number } {
  const tail: NumericTail = {};
  let i = parts.length;
  // "53 %" arrives as two tokens from some viewers.
  if (i >= 2 && parts[i - 1] === '%' && parseNumber(parts[i - 2]) !== undefined) {
    tail.percent = parseNumber(parts[i - 2]);
    i -= 2;
  } else if (i >= 1 && parsePercent(parts[i - 1]) !== undefined) {
    tail.percent = parsePercent(parts[i - 1]);
    i -= 1;
  }
  const numbers: number[] = [];
  while (i > 0 && numbers.length < 2) {
    const n = parseNumber(parts[i - 1]);
    // A year ("Rubriker 2017") is never a score.
    if (n === undefined || (Number.isInteger(n) && n >= 1900 && n <= 2099)) break;
    numbers.unshift(n);
    i -= 1;
  }
  if (numbers.length === 2) [tail.achieved, tail.max] = numbers;
  else if (numbers.length === 1) tail.achieved = numbers[0];
  return { tail, consumed: parts.length - i };
}

export const BULLET_RE =
  /^[\u2022\u00b7\u25aa\u25cf\u25cb\u25e6\u2023\u2043\u2219\u25a0\uf0b7\uf0a7*\-\u2013\u2014\u2713]\s*/;

/** Markdown headings and the numbered/area headings of a report. */
export function isMarkdownHeading(raw: string): boolean {
  return /^\s{0,3}#{1,6}\s/.test(raw);
}

/** "## Område 3 Politisk styrning", "Område 3: ...", "3.3 Område 3 ..." → 3; table-of-contents lines are not headings. */
export function areaHeadingNumber(plain: string): number | undefined {
  if (plain.length > 160 || /\.{4,}|…{2,}/.test(plain)) return undefined;
  const m = /^(?:#{1,6}\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?Område\s+(\d{1,2})\b(?!\s*(?:[.,]\d|%|poäng))/i.exec(plain);
  return m ? Number(m[1]) : undefined;
}

/** Lines like "--\t--", "|---|:--|", "———" are table rules, not content. */
export function isRuleLine(plain: string): boolean {
  return plain !== '' && /^[\s|:\-–—_=+]+$/.test(plain);
}

/** Joins a wrapped continuation to the text before it, undoing hyphenation at the break ("genom-" + "syrar"). */
export function joinWrapped(before: string, after: string): string {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (!a) return b;
  if (!b) return a;
  if (/[\p{L}]-$/u.test(a) && /^\p{Ll}/u.test(b) && !/^(och|eller|samt|som)\b/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

import { ParsedFinding, ParsedFindingKind } from './import-result';
import { BULLET_RE, isRuleLine, joinWrapped, splitCells, stripTags } from './report-line.util';

type Segment = { type: 'item' | 'continuation'; text: string };

const STRENGTHS_AND_IMPROVEMENTS = /\bstyrkor\b.{0,40}\b(?:förbättrings|utvecklings)/i;
const STRENGTHS_ONLY = /^(?:#{1,6}\s*)?styrkor:?$/i;
const IMPROVEMENTS_ONLY = /^(?:#{1,6}\s*)?(?:förbättrings|utvecklings)(?:möjligheter|områden):?$/i;

/**
 * "STYRKOR | FÖRBÄTTRINGSMÖJLIGHETER" starts a two-column table; "Styrkor" / "Förbättringsområden" (later reports:
 * "Utvecklingsområden") alone a one-column list, bullets or not.
 */
export function findingsHeader(plain: string): { forced?: ParsedFindingKind } | undefined {
  if (plain.length <= 80 && STRENGTHS_AND_IMPROVEMENTS.test(plain)) return {};
  if (STRENGTHS_ONLY.test(plain)) return { forced: 'strength' };
  if (IMPROVEMENTS_ONLY.test(plain)) return { forced: 'improvement' };
  return undefined;
}

/** Key under which running page headers/footers are recognised: case, digits and spacing ignored. */
export function repeatKey(plain: string): string {
  return plain.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Collects the STYRKOR / FÖRBÄTTRINGSMÖJLIGHETER items of one area at a time. The left column is
 * strengths, the right improvements. Text that is not a list item continues the last item of its
 * column: that is how an item split over two tables (or wrapped onto the next PDF line) is merged.
 */
export class FindingsCollector {
  readonly findings: ParsedFinding[] = [];
  private area: number | undefined;
  private mode: { forced?: ParsedFindingKind } | undefined;
  private last: Partial<Record<ParsedFindingKind, ParsedFinding>> = {};
  private readonly counters = new Map<string, number>();

  /** `runningLines`: repeatKey()s of short lines seen on many pages (headers/footers), never merged into an item. */
  constructor(private readonly runningLines: Set<string> = new Set()) {}

  get currentArea(): number | undefined {
    return this.area;
  }

  get active(): boolean {
    return this.mode !== undefined;
  }

  /** A new area section: items never continue across areas. */
  setArea(area: number): void {
    if (area !== this.area) this.last = {};
    this.area = area;
    this.mode = undefined;
  }

  /** Returns false when there is no area to put the findings in. */
  start(header: { forced?: ParsedFindingKind }): boolean {
    if (this.area === undefined) return false;
    // `last` is kept on purpose: a continuation table may finish the previous table's last item.
    this.mode = header;
    return true;
  }

  stop(): void {
    this.mode = undefined;
  }

  feed(raw: string, line: number): void {
    if (!this.mode || this.area === undefined) return;
    const plain = stripTags(raw);
    if (plain === '' || isRuleLine(plain) || /^\d{1,3}$/.test(plain)) return;
    const isList = /<li\b/i.test(raw) || BULLET_RE.test(plain);
    if (!isList && this.runningLines.has(repeatKey(plain))) return;

    const cells = mergeBulletCells(splitCells(raw));
    const columns: [ParsedFindingKind, string][] = this.mode.forced
      ? [[this.mode.forced, cells.join(' ')]]
      : cells.length === 1
        ? [['strength', cells[0]]]
        : [
            ['strength', cells[0]],
            ['improvement', cells.slice(1).join(' ')],
          ];
    for (const [kind, cell] of columns) {
      for (const segment of segmentsOf(cell)) this.apply(kind, segment, line);
    }
  }

  private apply(kind: ParsedFindingKind, segment: Segment, line: number): void {
    const area = this.area as number;
    const previous = this.last[kind];
    if (segment.type === 'continuation' && previous) {
      previous.text = joinWrapped(previous.text, segment.text);
      return;
    }
    const key = `${area}:${kind}`;
    const order = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, order);
    const finding: ParsedFinding = { area, kind, text: segment.text, order, suggestedQuestionCodes: [], line };
    this.findings.push(finding);
    this.last[kind] = finding;
  }
}

/** A cell that is only a bullet glyph (PDFs often place "•" apart from its text) belongs to the next cell. */
function mergeBulletCells(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const plain = stripTags(cells[i]);
    if (plain !== '' && BULLET_RE.test(plain) && plain.replace(BULLET_RE, '') === '' && i + 1 < cells.length) {
      cells[i + 1] = `${plain} ${cells[i + 1]}`;
      continue;
    }
    out.push(cells[i]);
  }
  return out;
}

function cleanItem(text: string): string {
  return stripTags(text).replace(BULLET_RE, '').trim();
}

/** Splits one column cell into list items and loose text (which continues the previous item). */
export function segmentsOf(cell: string): Segment[] {
  const segments: Segment[] = [];
  const push = (type: Segment['type'], text: string) => {
    if (text !== '') segments.push({ type, text });
  };
  if (/<li\b/i.test(cell)) {
    const parts = cell.split(/<li\b[^>]{0,500}>/i);
    push('continuation', stripTags(parts[0]));
    for (const part of parts.slice(1)) {
      const close = part.search(/<\/li>/i);
      push('item', cleanItem(close >= 0 ? part.slice(0, close) : part));
      if (close >= 0) push('continuation', stripTags(part.slice(close)));
    }
    return segments;
  }
  const text = stripTags(cell);
  if (text === '') return segments;
  // Pasted text sometimes has several bullets on one line.
  const pieces = text.split(/\s(?=[\u2022\u25aa\u25cf\uf0b7]\s)/);
  pieces.forEach((piece) => {
    if (BULLET_RE.test(piece)) push('item', piece.replace(BULLET_RE, '').trim());
    else push('continuation', piece.trim());
  });
  return segments;
}

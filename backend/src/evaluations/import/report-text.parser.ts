import {
  emptyEvaluation,
  ImportFormat,
  ImportOutcome,
  ImportProblem,
  ImportWarning,
  ParsedAreaTotal,
  ParsedFindingKind,
  ParsedScore,
} from './import-result';
import { FindingsCollector, findingsHeader, repeatKey } from './report-findings.collector';
import { extractReportMetadata } from './report-metadata.extractor';
import {
  areaHeadingNumber,
  BULLET_RE,
  areaOfCode,
  isMarkdownHeading,
  MAX_LINE_LENGTH,
  NumericTail,
  parseNumber,
  parsePercent,
  parseQuestionCode,
  plainCells,
  readNumericTail,
} from './report-line.util';

interface PendingScore {
  code: string;
  question: string;
  line: number;
  extraLines: number;
  /** Seen inside a score table: if its numbers never come, that is a problem, not a stray numbered heading. */
  inTable?: boolean;
}

interface Totals {
  table?: ParsedAreaTotal;
  summary?: ParsedAreaTotal;
}

const SCORE_HEADER = /\b(uppnått|uppnådd|uppnådda|poäng|resultat)\b/i;
const TOTAL_LABEL = /^(summa|delsumma|poäng|resultat|område\s*\d{0,2})\b/i;
const GRAND_TOTAL_LABEL = /^(totalt?|totalpoäng|summa\s+totalt|sammanlagt)\b/i;
const SECTION_FOUR = /översikt\s+av\s+poäng|poängsammanställning/i;
/** "Område | Poäng 2017": a summary table of area totals (all a published summary may have). */
const SUMMARY_HEADER = /^(?:område|områden)\s+(?!\d).{0,60}\b(?:poäng|resultat|(?:19|20)\d{2})$/i;
const SUMMARY_ROW = /^(?:område\s+)?(\d{1,2})[.:]?\s+\p{L}[^\d]{0,100}?\s(\d{1,3})(?:\s*(?:p|poäng|\/\s*100))?$/iu;
/** A line of running prose: in converted reports a paragraph is one long line. */
const PROSE_LENGTH = 250;

/** "1.\tOffentlighet och demokrati\tUppnått\tMax\tProcent" → 1; a header without area number → 0. */
function scoreTableHeader(cells: string[], plain: string): number | undefined {
  if (plain.length > 200 || !SCORE_HEADER.test(plain) || !/\bmax(?:poäng)?\b/i.test(plain) || BULLET_RE.test(plain))
    return undefined;
  const first = cells.find((c) => c !== '') ?? '';
  const m = /^(?:Område\s+)?(\d{1,2})\.?(?:\s|$)/i.exec(first) ?? /^(?:Område\s+)?(\d{1,2})\.?\s/i.exec(plain);
  return m ? Number(m[1]) : 0;
}

/** "1. Samspel mellan förtroendevalda och medborgare Uppnått Max Procent" → the name between number and column titles. */
function scoreTableAreaName(plain: string): string | undefined {
  const rest = plain.replace(/^(?:Område\s+)?\d{1,2}\.?\s*/i, '');
  const end = rest.search(SCORE_HEADER);
  const name = (end < 0 ? rest : rest.slice(0, end)).trim();
  return name.length >= 3 && /\p{L}/u.test(name) ? name : undefined;
}

/** A row of only numbers, optionally labelled: "45 100 45%", "\t\t65\t100\t65%", "Summa 45 100". */
function numericOnlyRow(cells: string[], plain: string): { tail: NumericTail; label?: string } | undefined {
  let parts = cells.filter((c) => c !== '');
  if (parts.length <= 1) parts = plain.split(' ');
  let label: string | undefined;
  if (parts.length > 0 && (TOTAL_LABEL.test(parts[0]) || GRAND_TOTAL_LABEL.test(parts[0]))) {
    const words = parts[0].split(' ');
    label = parts[0];
    parts = parts.slice(1);
    if (words.length > 3) return undefined;
  }
  if (parts.length < 2 || parts.length > 4) return undefined;
  const { tail, consumed } = readNumericTail(parts);
  if (consumed !== parts.length || tail.achieved === undefined) return undefined;
  return { tail, label };
}

/**
 * "Totalt" under an area's table is that area's total in some reports and the whole report's in others:
 * it is the grand total when it is more than the area's rows could add up to.
 */
function isGrandTotal(tail: NumericTail, scores: ParsedScore[], area: number): boolean {
  const rows = scores.filter((s) => areaOfCode(s.code) === area);
  const maxSum = rows.reduce((sum, s) => sum + (s.max ?? 0), 0);
  const achievedSum = rows.reduce((sum, s) => sum + (s.achieved ?? 0), 0);
  // Without rows to add up, an area of either model revision has at most 100 points.
  if (rows.length === 0) return (tail.max ?? tail.achieved ?? 0) > 100;
  if (tail.max !== undefined && maxSum > 0) return tail.max > maxSum;
  return (tail.achieved ?? 0) > achievedSum * 1.5 + 5;
}

/** Reads a row starting with a question code, from cells when the row has columns, else from words. */
function scoreRow(cells: string[], plain: string): { pending: PendingScore; tail?: NumericTail } | undefined {
  const start = cells.findIndex((c) => c !== '');
  if (start < 0) return undefined;
  const cellCode = parseQuestionCode(cells[start]);
  if (cellCode && cells.length - start >= 2) {
    const rest = cells.slice(start + 1);
    while (rest.length > 0 && rest[rest.length - 1] === '') rest.pop();
    const hasQuestion = rest.length > 0 && parseNumber(rest[0]) === undefined && parsePercent(rest[0]) === undefined;
    const question = hasQuestion ? rest[0] : '';
    const values = hasQuestion ? rest.slice(1) : rest;
    const pending = { code: cellCode, question, line: 0, extraLines: 0 };
    if (values.length === 0) {
      // The numbers may still sit inside the question cell ("1.1\tFinns ...? 8 15 53%").
      const words = question.split(' ');
      const { tail, consumed } = readNumericTail(words);
      if (tail.achieved === undefined) return { pending };
      pending.question = words.slice(0, words.length - consumed).join(' ');
      return { pending, tail };
    }
    const { tail, consumed } = readNumericTail(values);
    // Extra numeric columns in front (an earlier evaluation's score) are passed over: the last ones are this one's.
    if (
      tail.achieved !== undefined &&
      values.slice(0, values.length - consumed).every((v) => parseNumber(v) !== undefined)
    ) {
      return { pending, tail };
    }
    // A non-numeric cell where a number belongs: keep what is there so validation can name it.
    return {
      pending,
      tail: {
        achievedText: values[0],
        max: parseNumber(values[1] ?? ''),
        percent: parsePercent(values[values.length - 1] ?? ''),
      },
    };
  }
  const words = plain.split(' ');
  const code = parseQuestionCode(words[0]);
  if (!code) return undefined;
  const { tail, consumed } = readNumericTail(words.slice(1));
  const pending = { code, question: words.slice(1, words.length - consumed).join(' '), line: 0, extraLines: 0 };
  return tail.achieved === undefined ? { pending } : { pending, tail };
}

function runningLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const raw of lines) {
    const plain = raw.trim();
    if (plain === '' || plain.length > 100) continue;
    const key = repeatKey(plain);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key));
}

/**
 * Parses a Kommunkompassen report given as text: the score tables of "Översikt av poängfördelning",
 * area totals (the sum row, or the number beside "Rubriker"), the STYRKOR / FÖRBÄTTRINGSMÖJLIGHETER
 * items of each "Område N" section, and title-page metadata. Areas are matched by number, never by name.
 * Never throws on odd input; it reports what it could not read.
 */
export function parseReportText(text: string, format: ImportFormat = 'report-text'): ImportOutcome {
  const lines = text.split(/\r\n|\n|\r/).map((l) => (l.length > MAX_LINE_LENGTH ? l.slice(0, MAX_LINE_LENGTH) : l));
  const parsed = emptyEvaluation(format);
  const problems: ImportProblem[] = [];
  const warnings: ImportWarning[] = [];
  const totals = new Map<number, Totals>();
  const findings = new FindingsCollector(runningLines(lines));

  let scoreArea: number | undefined; // area of the score table being read (section 4)
  let inScoreTable = false;
  let pending: PendingScore | undefined;
  let lastScore: { score: ParsedScore; index: number; wraps: number } | undefined;
  let rubriker: { area: number; linesLeft: number } | undefined;
  let orphanFindingsWarned = false;
  let previousHeader: { forced?: ParsedFindingKind; index: number } | undefined;
  let summaryLinesLeft = 0; // inside an "Område | Poäng" summary table

  const totalsOf = (area: number): Totals => {
    let t = totals.get(area);
    if (!t) totals.set(area, (t = {}));
    return t;
  };
  const pushScore = (p: PendingScore, tail: NumericTail, index: number) => {
    const score: ParsedScore = { code: p.code, achieved: tail.achieved ?? null, line: p.line };
    if (tail.achieved === undefined) score.achievedText = tail.achievedText ?? '';
    if (tail.max !== undefined) score.max = tail.max;
    if (tail.percent !== undefined) score.statedPercent = tail.percent;
    if (p.question) score.question = p.question;
    parsed.scores.push(score);
    lastScore = { score, index, wraps: 0 };
  };
  const flushPending = () => {
    if (pending?.inTable) {
      problems.push({
        line: pending.line,
        field: pending.code,
        code: 'import_no_score',
        params: { code: pending.code },
        message: `No score could be read for ${pending.code}`,
      });
    }
    pending = undefined;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const cells = plainCells(raw);
    const plain = cells.filter((c) => c !== '').join(' ');
    if (plain === '') return;
    // Table-of-contents lines ("Område 1 Offentlighet ..... 6") carry page numbers, not scores.
    if (/(?:\.\s?){4,}|…{2,}/.test(plain)) return;

    // Structure first: headings switch what the following lines mean.
    const header = scoreTableHeader(cells, plain);
    if (header !== undefined) {
      flushPending();
      findings.stop();
      rubriker = undefined;
      scoreArea = header || undefined;
      const areaName = header ? scoreTableAreaName(plain) : undefined;
      if (areaName) (parsed.areaNames ??= []).push({ area: header, name: areaName, line: lineNo });
      inScoreTable = true;
      lastScore = undefined;
      return;
    }
    if (SUMMARY_HEADER.test(plain) && plain.length <= 100) {
      summaryLinesLeft = 12;
      return;
    }
    if (summaryLinesLeft > 0) {
      summaryLinesLeft--;
      const m = SUMMARY_ROW.exec(plain);
      if (m) {
        const n = Number(m[1]);
        totalsOf(n).summary ??= { area: n, statedTotal: Number(m[2]), line: lineNo };
        return;
      }
    }
    const area = areaHeadingNumber(plain);
    if (area !== undefined) {
      flushPending();
      inScoreTable = false;
      rubriker = undefined;
      findings.setArea(area);
      return;
    }
    let fh = findingsHeader(plain);
    // "STYRKOR" and "FÖRBÄTTRINGSMÖJLIGHETER" a little apart vertically in a PDF: still one two-column header.
    if (fh?.forced === 'improvement' && previousHeader?.forced === 'strength' && previousHeader.index === index - 1)
      fh = {};
    if (fh) {
      flushPending();
      inScoreTable = false;
      rubriker = undefined;
      previousHeader = { ...fh, index };
      if (!findings.start(fh) && !orphanFindingsWarned) {
        orphanFindingsWarned = true;
        warnings.push({
          code: 'unknown-area',
          line: lineNo,
          message: `Strengths/improvements at line ${lineNo} come before any "Område N" heading and were skipped`,
        });
      }
      return;
    }
    if (/^(?:#{1,6}\s*)?Rubriker\b/i.test(plain) && findings.currentArea !== undefined) {
      findings.stop();
      rubriker = { area: findings.currentArea, linesLeft: 10 };
      return;
    }
    const heading = isMarkdownHeading(raw) || SECTION_FOUR.test(plain) || /^\d{1,2}\.?\s+\p{Lu}\p{Ll}/u.test(plain);
    const prose = plain.length > PROSE_LENGTH && !/<li\b/i.test(raw) && !raw.includes('\t');
    const row = scoreRow(cells, plain);

    if (findings.active) {
      if (!heading && !prose && !row) {
        findings.feed(raw, lineNo);
        return;
      }
      findings.stop();
    }

    if (rubriker) {
      // The area total printed large beside the "Rubriker" list (the last number on the row).
      const last = cells.filter((c) => c !== '').pop() ?? '';
      const total = /^\d{1,3}$/.test(last) && (cells.length > 1 || plain === last) ? Number(last) : undefined;
      if (total !== undefined) {
        totalsOf(rubriker.area).summary ??= { area: rubriker.area, statedTotal: total, line: lineNo };
        rubriker = undefined;
        return;
      }
      if (heading || --rubriker.linesLeft <= 0) rubriker = undefined;
    }

    if (row) {
      flushPending();
      row.pending.line = lineNo;
      if (row.tail) {
        pushScore(row.pending, row.tail, index);
        inScoreTable = true;
      } else {
        pending = { ...row.pending, inTable: inScoreTable };
      }
      return;
    }

    const numeric = numericOnlyRow(cells, plain);
    if (numeric && pending) {
      pushScore(pending, numeric.tail, index);
      pending = undefined;
      return;
    }
    if (pending) {
      // A question wrapped over lines; its numbers come on the line where they were printed.
      const words = plain.split(' ');
      const { tail, consumed } = readNumericTail(words);
      if (tail.achieved !== undefined && consumed < words.length) {
        pending.question = `${pending.question} ${words.slice(0, words.length - consumed).join(' ')}`.trim();
        pushScore(pending, tail, index);
        pending = undefined;
        return;
      }
      if (++pending.extraLines <= (pending.inTable ? 3 : 1) && !heading && !prose) {
        pending.question = `${pending.question} ${plain}`.trim();
        return;
      }
      flushPending();
    }
    const tableArea = lastScore ? areaOfCode(lastScore.score.code) : scoreArea;
    if (numeric && inScoreTable && tableArea !== undefined) {
      const t = totalsOf(tableArea);
      const grand =
        t.table !== undefined ||
        (numeric.label !== undefined &&
          GRAND_TOTAL_LABEL.test(numeric.label) &&
          isGrandTotal(numeric.tail, parsed.scores, tableArea));
      if (!grand) {
        t.table = { area: tableArea, statedTotal: numeric.tail.achieved, line: lineNo };
        if (numeric.tail.max !== undefined) t.table.statedMax = numeric.tail.max;
        if (numeric.tail.percent !== undefined) t.table.statedPercent = numeric.tail.percent;
      }
      return;
    }
    if (heading || prose) {
      inScoreTable = false;
      lastScore = undefined;
      return;
    }
    // The wrapped tail of a question printed under its row ("klagomålshantering för medborgare/brukare?").
    const questionLike =
      cells.filter((c) => c !== '').length === 1 && plain.length <= 120 && !/\d/.test(plain) && !BULLET_RE.test(plain);
    if (lastScore && lastScore.index === index - 1 && lastScore.wraps < 3 && questionLike) {
      lastScore.score.question = `${lastScore.score.question ?? ''} ${plain}`.trim();
      lastScore.index = index;
      lastScore.wraps++;
    }
  });
  flushPending();

  parsed.findings = findings.findings;
  for (const [area, t] of [...totals].sort((a, b) => a[0] - b[0])) {
    const chosen = t.table ?? t.summary;
    if (!chosen) continue;
    parsed.areaTotals.push(chosen);
    if (t.table && t.summary && t.table.statedTotal !== t.summary.statedTotal) {
      warnings.push({
        code: 'area-total-conflict',
        area,
        line: t.summary.line,
        message:
          `Area ${area}: the report states ${t.summary.statedTotal} in the area section but ${t.table.statedTotal} ` +
          `in the score table (line ${t.table.line}); the score table is used`,
      });
    }
  }
  Object.assign(parsed, extractReportMetadata(lines));
  return { parsed, problems, warnings };
}

/** True when the text at least calls itself a Kommunkompassen report. */
export function mentionsKommunkompassen(text: string): boolean {
  return /kommun\s?kompass/i.test(text.slice(0, 2_000_000));
}

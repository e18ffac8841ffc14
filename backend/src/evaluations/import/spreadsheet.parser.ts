import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { loadExcelJs } from '../../common/export/lazy-libraries';
import { normaliseHeader } from './detect-format';
import {
  emptyEvaluation,
  ImportFormat,
  ImportOutcome,
  ParsedFindingKind,
  UnreadableDocumentError,
} from './import-result';
import { parseQuestionCode } from './report-line.util';

/** A cell as the rules see it: text, a number, a date (Excel's doing) or nothing. */
export type SheetCell = string | number | Date | null;
/** `row` is the number the user sees in Excel, or the CSV line (1-based, header included). */
export interface SheetRow {
  row: number;
  cells: SheetCell[];
}

const HEADERS = {
  code: /^(kod|code|nr|id|fr[aå]genr|fr[aå]ga nr|delfr[aå]ga nr|fr[aå]gekod)$/,
  codeOrQuestion: /^(delfr[aå]ga|fr[aå]ga|question)$/,
  question: /^(delfr[aå]ga|fr[aå]ga|question|text|beskrivning)$/,
  area: /^(omr[aå]de|area|omr)$/,
  achieved: /^(uppn[aå]tt|uppn[aå]dda po[aä]ng|po[aä]ng|achieved|score|points|resultat)$/,
  max: /^(max|maxpo[aä]ng|max po[aä]ng|max points|maxpoints|max_points|maximal po[aä]ng)$/,
  kind: /^(typ|type|kind|slag)$/,
  findingText: /^(text|iakttagelse|beskrivning|finding)$/,
};
const SEARCH_HEADER_ROWS = 20;

function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A number from a numeric cell or from text such as "7,5" (Swedish decimal comma); undefined if it is not one. */
function cellNumber(cell: SheetCell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const s = cellText(cell).replace(/\s/g, '');
  return /^[-\u2212]?\d{1,6}(?:[.,]\d{1,6})?$/.test(s) ? Number(s.replace('\u2212', '-').replace(',', '.')) : undefined;
}

function findColumn(headers: string[], pattern: RegExp, except: number[] = []): number {
  return headers.findIndex((h, i) => pattern.test(h) && !except.includes(i));
}

interface ScoreColumns {
  code: number;
  achieved: number;
  max: number;
  area: number;
  /** No code column: the "Område" column keys the rows, which are area totals. */
  areaTotalsOnly: boolean;
}

/** Finds the header row of the score table: the first row naming a code column and an achieved column. */
function scoreHeader(rows: SheetRow[]): { index: number; columns: ScoreColumns } | undefined {
  for (let i = 0; i < Math.min(rows.length, SEARCH_HEADER_ROWS); i++) {
    const headers = rows[i].cells.map((c) => normaliseHeader(cellText(c)));
    const achieved = findColumn(headers, HEADERS.achieved);
    if (achieved < 0) continue;
    let code = findColumn(headers, HEADERS.code);
    if (code < 0) {
      // "Delfråga" holds the code when there is no "Kod" column and its cells look like codes.
      const candidate = findColumn(headers, HEADERS.codeOrQuestion);
      const values = rows.slice(i + 1, i + 60).map((r) => cellText(r.cells[candidate]));
      const filled = values.filter((v) => v !== '');
      if (candidate >= 0 && filled.length > 0 && filled.filter((v) => parseQuestionCode(v)).length * 2 >= filled.length)
        code = candidate;
    }
    const area = findColumn(headers, HEADERS.area);
    // A sheet of area totals may name only the area ("Område": 1, "Område 1", "1. Offentlighet och demokrati").
    const areaTotalsOnly = code < 0 && area >= 0;
    if (areaTotalsOnly) code = area;
    if (code < 0) continue;
    return { index: i, columns: { code, achieved, max: findColumn(headers, HEADERS.max), area, areaTotalsOnly } };
  }
  return undefined;
}

/** "3", "3. Politisk styrning", "Område 3" → 3 */
function areaNumber(cell: SheetCell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  const m = /^(?:område\s*)?(\d{1,2})\b(?![.,]\d)/i.exec(cellText(cell));
  return m ? Number(m[1]) : undefined;
}

/**
 * Reads score rows from a table (CSV or one worksheet). Rows without a code but with an area and an
 * achieved value are area totals (what a published summary gives). Rows whose achieved cell is empty
 * are skipped: the template ships with it empty, and validation reports what is still missing.
 */
export function readScoreRows(rows: SheetRow[], format: ImportFormat): ImportOutcome {
  const outcome: ImportOutcome = { parsed: emptyEvaluation(format), problems: [], warnings: [] };
  const header = scoreHeader(rows);
  if (!header) {
    outcome.problems.push({
      row: rows[0]?.row ?? 1,
      code: 'import_no_header',
      message:
        'No header row with a code or area column ("Kod" or "Område") and an achieved column ("Uppnått" or "Poäng") was found',
    });
    return outcome;
  }
  const { columns } = header;
  for (const { row, cells } of rows.slice(header.index + 1)) {
    if (cells.every((c) => cellText(c) === '')) continue;
    const codeCell = cells[columns.code];
    const achievedCell = cells[columns.achieved];
    const achievedText = cellText(achievedCell);
    const maxCell = columns.max >= 0 ? cells[columns.max] : undefined;
    const max = cellNumber(maxCell);
    if (cellText(maxCell) !== '' && max === undefined) {
      outcome.problems.push({
        row,
        field: 'max',
        code: 'import_not_number',
        params: { found: cellText(maxCell) },
        message: `Row ${row}: max "${cellText(maxCell)}" is not a number`,
      });
      continue;
    }
    if (codeCell instanceof Date) {
      outcome.problems.push({
        row,
        field: 'code',
        code: 'import_code_is_date',
        message: `Row ${row}: Excel turned the code into a date (${cellText(codeCell)}); format the Kod column as text and type the code again`,
      });
      continue;
    }
    const codeText = typeof codeCell === 'number' ? String(codeCell) : cellText(codeCell).replace(',', '.');
    const code = parseQuestionCode(codeText);
    if (!code) {
      const area =
        codeText === '' ? areaNumber(columns.area >= 0 ? cells[columns.area] : undefined) : areaNumber(codeText);
      if (codeText !== '' && area === undefined) {
        const expected = columns.areaTotalsOnly
          ? 'an area number or a sub-question code like 1.3'
          : 'a sub-question code like 1.3';
        outcome.problems.push({
          row,
          field: 'code',
          code: 'import_bad_code',
          params: { found: codeText },
          message: `Row ${row}: "${codeText}" is not ${expected}`,
        });
      } else if (achievedText !== '' && area !== undefined) {
        const total = cellNumber(achievedCell);
        if (total === undefined) {
          outcome.problems.push({
            row,
            field: 'achieved',
            code: 'import_not_number',
            params: { found: achievedText },
            message: `Row ${row}: total "${achievedText}" is not a number`,
          });
        } else {
          outcome.parsed.areaTotals.push({
            area,
            statedTotal: total,
            ...(max !== undefined ? { statedMax: max } : {}),
            row,
          });
        }
      } else if (achievedText !== '') {
        outcome.problems.push({
          row,
          field: 'code',
          code: 'import_points_without_code',
          message: `Row ${row}: has points but no code`,
        });
      }
      continue;
    }
    if (achievedText === '') continue;
    const achieved = cellNumber(achievedCell);
    outcome.parsed.scores.push({
      code,
      achieved: achieved ?? null,
      ...(achieved === undefined ? { achievedText } : {}),
      ...(max !== undefined ? { max } : {}),
      row,
    });
  }
  return outcome;
}

/** Reads the optional "Iakttagelser" sheet: Område, Typ (Styrka / Förbättringsmöjlighet), Text, optional Kod. */
export function readFindingRows(rows: SheetRow[], outcome: ImportOutcome): boolean {
  const headerIndex = rows.slice(0, SEARCH_HEADER_ROWS).findIndex((r) => {
    const h = r.cells.map((c) => normaliseHeader(cellText(c)));
    return (
      findColumn(h, HEADERS.area) >= 0 && findColumn(h, HEADERS.kind) >= 0 && findColumn(h, HEADERS.findingText) >= 0
    );
  });
  if (headerIndex < 0) return false;
  const h = rows[headerIndex].cells.map((c) => normaliseHeader(cellText(c)));
  const [area, kind, text, code] = [HEADERS.area, HEADERS.kind, HEADERS.findingText, HEADERS.code].map((p) =>
    findColumn(h, p),
  );
  const counters = new Map<string, number>();
  for (const { row, cells } of rows.slice(headerIndex + 1)) {
    const body = cellText(cells[text]);
    if (body === '') continue;
    const areaNo = areaNumber(cells[area]);
    const kindText = cellText(cells[kind]).toLowerCase();
    const findingKind: ParsedFindingKind | undefined = /styrk|strength/.test(kindText)
      ? 'strength'
      : /förbättr|forbattr|improvement|utveckl/.test(kindText)
        ? 'improvement'
        : undefined;
    if (areaNo === undefined || !findingKind) {
      outcome.problems.push({
        row,
        field: areaNo === undefined ? 'Område' : 'Typ',
        code: 'import_finding_row_incomplete',
        message: `Row ${row} of the findings sheet needs an area number and a type (Styrka or Förbättringsmöjlighet)`,
      });
      continue;
    }
    const key = `${areaNo}:${findingKind}`;
    const order = (counters.get(key) ?? 0) + 1;
    counters.set(key, order);
    const linked = code >= 0 ? parseQuestionCode(cellText(cells[code]).replace(',', '.')) : undefined;
    outcome.parsed.findings.push({
      area: areaNo,
      kind: findingKind,
      text: body,
      order,
      suggestedQuestionCodes: linked ? [{ code: linked, confidence: 1 }] : [],
      row,
    });
  }
  return true;
}

/** RFC 4180 CSV with `;`, `,` or tab separators (whichever the header uses most), quotes and BOM tolerated. */
export function csvRows(text: string): SheetRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
  const rows: SheetRow[] = [];
  let cells: SheetCell[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ row: rowStart, cells });
      cells = [];
      cell = '';
      line++;
      rowStart = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ row: rowStart, cells });
  }
  return rows;
}

export function parseCsv(text: string): ImportOutcome {
  return readScoreRows(csvRows(text), 'csv');
}

function excelCell(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date || typeof result === 'number' || typeof result === 'string') return result;
    return typeof result === 'boolean' ? String(result) : null;
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return value.error;
  return null;
}

export function sheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ row: rowNumber, cells: values.map((v) => excelCell(v)) });
  });
  return rows;
}

/** The Excel workbook in `bytes`; UnreadableDocumentError when it does not open. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new UnreadableDocumentError(
      'unreadable',
      'The Excel file could not be read; is it damaged or password protected?',
    );
  }
  return workbook;
}

/** Reads the first worksheet with a score header, and findings from a sheet with Område/Typ/Text columns. */
export async function parseXlsx(bytes: Uint8Array): Promise<ImportOutcome> {
  const workbook = await loadWorkbook(bytes);
  const sheets = workbook.worksheets.map((sheet) => sheetRows(sheet));
  const scoreSheet = sheets.find((rows) => scoreHeader(rows) !== undefined);
  const outcome = readScoreRows(scoreSheet ?? sheets[0] ?? [], 'xlsx');
  for (const rows of sheets) {
    if (rows !== scoreSheet && readFindingRows(rows, outcome)) break;
  }
  return outcome;
}

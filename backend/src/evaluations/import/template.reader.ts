import type { AreaDefinition } from '@kompass/shared';
import { decodeText, normaliseHeader } from './detect-format';
import { ImportProblem } from './import-result';
import { parseQuestionCode } from './report-line.util';
import { csvRows, loadWorkbook, SheetCell, SheetRow, sheetRows } from './spreadsheet.parser';
import { TEMPLATE_SCORE_SHEET } from './template.builder';

export interface TemplateAreas {
  areas: AreaDefinition[];
  problems: ImportProblem[];
}

const text = (cell: SheetCell | undefined): string =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '').trim();
const number = (cell: SheetCell | undefined): number | undefined => {
  const s = text(cell).replace(',', '.');
  return /^\d{1,5}(\.\d+)?$/.test(s) ? Number(s) : undefined;
};

async function templateRows(bytes: Uint8Array): Promise<SheetRow[]> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return csvRows(decodeText(bytes));
  const workbook = await loadWorkbook(bytes);
  const sheet = workbook.getWorksheet(TEMPLATE_SCORE_SHEET) ?? workbook.worksheets[0];
  return sheet ? sheetRows(sheet) : [];
}

/**
 * Reads a revision's areas and sub-questions from the import template of another revision, edited by an
 * admin: Område ("N. Name"), Kod, Delfråga and Max per sub-question, and a "Summa område N" row whose
 * Max is the area's maximum (without one, the area's maximum is the sum of its sub-questions).
 */
export async function readTemplateAreas(bytes: Uint8Array): Promise<TemplateAreas> {
  const rows = await templateRows(bytes);
  const problems: ImportProblem[] = [];
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => /^kod$/.test(normaliseHeader(text(c)))));
  if (headerIndex < 0)
    return {
      areas: [],
      problems: [{ message: 'No header row with the columns Område, Kod, Delfråga and Max was found' }],
    };
  const headers = rows[headerIndex].cells.map((c) => normaliseHeader(text(c)));
  const col = (re: RegExp) => headers.findIndex((h) => re.test(h));
  const columns = {
    area: col(/^omr[aå]de$/),
    code: col(/^kod$/),
    question: col(/^(delfr[aå]ga|fr[aå]ga)$/),
    max: col(/^max/),
  };
  const missing = Object.entries(columns)
    .filter(([, i]) => i < 0)
    .map(([name]) => name);
  if (missing.length)
    return {
      areas: [],
      problems: [{ row: rows[headerIndex].row, message: `The header row lacks the column(s) ${missing.join(', ')}` }],
    };

  const areas = new Map<number, AreaDefinition>();
  for (const { row, cells } of rows.slice(headerIndex + 1)) {
    const areaCell = /^(?:område\s*)?(\d{1,2})\.?\s*(.*)$/i.exec(text(cells[columns.area]));
    const codeText = text(cells[columns.code]);
    const max = number(cells[columns.max]);
    if (!areaCell && codeText === '') continue;
    if (!areaCell) {
      problems.push({ row, field: 'Område', message: `Row ${row}: the Område cell must read "N. Name"` });
      continue;
    }
    const areaNumber = Number(areaCell[1]);
    const area = areas.get(areaNumber) ?? { number: areaNumber, name: areaCell[2].trim(), maxPoints: 0, questions: [] };
    areas.set(areaNumber, area);
    if (codeText === '') {
      // The "Summa område N" row: its Max is the area's maximum.
      if (max !== undefined) area.maxPoints = max;
      continue;
    }
    const code = parseQuestionCode(codeText.replace(',', '.'));
    const question = text(cells[columns.question]);
    if (!code)
      problems.push({ row, field: 'Kod', message: `Row ${row}: "${codeText}" is not a sub-question code like 1.3` });
    else if (max === undefined)
      problems.push({ row, field: 'Max', message: `Row ${row}: sub-question ${code} has no max` });
    else if (question === '')
      problems.push({ row, field: 'Delfråga', message: `Row ${row}: sub-question ${code} has no text` });
    else area.questions.push({ code, text: question, maxPoints: max });
  }
  for (const area of areas.values())
    if (area.maxPoints === 0) area.maxPoints = area.questions.reduce((s, q) => s + q.maxPoints, 0);
  if (!areas.size && !problems.length) problems.push({ message: 'The template has no areas or sub-questions' });
  return { areas: [...areas.values()].sort((a, b) => a.number - b.number), problems };
}

import { HttpStatus } from '@nestjs/common';
import type { ApiErrorDetail } from '@kompass/shared';
import { DomainException, UnprocessableException } from '../common/errors/domain.exception';
import { loadExcelJs } from '../common/export/lazy-libraries';
import { listZipEntries, measureUnpackedSize } from '../evaluations/import/detect-format';
import { UnreadableDocumentError } from '../evaluations/import/import-result';

/** An export of 500 actions is ~60 kB; the limits leave room for what Excel adds when saving, not for more. */
export const MAX_ACTION_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_ACTION_IMPORT_UNPACKED_BYTES = 4 * 1024 * 1024;
/** As many rows as one bulk edit may change. */
export const MAX_ACTION_IMPORT_ROWS = 500;

/** The columns the import reads, as the export names them. Id and Version are required; the others optional. */
export const IMPORT_COLUMNS = {
  id: 'Id',
  title: 'Åtgärd',
  owner: 'Ansvarig',
  department: 'Förvaltning',
  deadline: 'Slutdatum',
  status: 'Status',
  priority: 'Prioritet',
  version: 'Version',
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** One non-empty row of the sheet: its Excel row number and the cells as text ('' when empty; dates as YYYY-MM-DD). */
export interface SheetRow {
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

const tooLarge = (message: string) =>
  new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, message).withCode('import_too_large');

/**
 * Checks the bytes before exceljs sees them: a real zip with xl/ entries whose inflated size (measured, not as
 * declared) stays under the limit, since exceljs holds the whole unpacked workbook in memory.
 */
export function assertReadableWorkbook(bytes: Buffer): void {
  if (bytes.length > MAX_ACTION_IMPORT_BYTES)
    throw tooLarge(`The file is larger than ${MAX_ACTION_IMPORT_BYTES / 1024 / 1024} MB`);
  const entries = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? listZipEntries(bytes) : null;
  if (!entries || !entries.some((e) => e.name.startsWith('xl/')))
    throw new UnprocessableException('The file is not an Excel workbook (.xlsx): upload the export of the plan', [
      { field: 'file', message: 'not an .xlsx workbook', code: 'import_unsupported_format' },
    ]).withCode('import_unsupported_format');
  try {
    measureUnpackedSize(bytes, entries, MAX_ACTION_IMPORT_UNPACKED_BYTES);
  } catch (error) {
    if (error instanceof UnreadableDocumentError && error.reason === 'too-large')
      throw tooLarge(`The workbook unpacks to more than ${MAX_ACTION_IMPORT_UNPACKED_BYTES / 1024 / 1024} MB`);
    if (error instanceof UnreadableDocumentError)
      throw new UnprocessableException(error.message).withCode('import_unreadable');
    throw error;
  }
}

/** The text of a cell as a person reads it; Excel dates become YYYY-MM-DD, the export's formula guard is undone. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if (v.richText) return cellText(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return '';
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects were handled above; a scalar is left
  const text = String(value).trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Reads the first sheet whose header row has the Id and Version columns; 422 naming a missing column. */
export async function readActionSheet(bytes: Buffer): Promise<SheetRow[]> {
  assertReadableWorkbook(bytes);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnprocessableException('The workbook could not be read: is it damaged or password protected?').withCode(
      'import_unreadable',
    );
  }
  const sheet = workbook.getWorksheet('Åtgärder') ?? workbook.worksheets[0];
  if (!sheet)
    throw new UnprocessableException('The workbook has no sheet of actions').withCode('action_import_no_sheet');
  if (sheet.actualRowCount > MAX_ACTION_IMPORT_ROWS + 1)
    throw new DomainException(
      HttpStatus.PAYLOAD_TOO_LARGE,
      `The sheet has more than ${MAX_ACTION_IMPORT_ROWS} rows of actions`,
    ).withCode('action_import_too_many_rows', { limit: MAX_ACTION_IMPORT_ROWS });
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => header.set(cellText(cell.value).toLowerCase(), col));
  const columns = new Map<ImportColumn, number>();
  for (const [key, name] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, string][]) {
    const col = header.get(name.toLowerCase());
    if (col !== undefined) columns.set(key, col);
  }
  const missing = (['id', 'version'] as const).filter((c) => !columns.has(c));
  if (missing.length) {
    const details: ApiErrorDetail[] = missing.map((c) => ({
      field: `rad 1, ${IMPORT_COLUMNS[c]}`,
      message: `column "${IMPORT_COLUMNS[c]}" is missing`,
      code: 'action_import_missing_column',
      params: { column: IMPORT_COLUMNS[c] },
    }));
    throw new UnprocessableException(
      `The header row has no ${missing.map((c) => `"${IMPORT_COLUMNS[c]}"`).join(' or ')} column: keep the header row of the export`,
      details,
    ).withCode('action_import_missing_column', { column: IMPORT_COLUMNS[missing[0]] });
  }
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: SheetRow['cells'] = {};
    for (const [key, col] of columns) cells[key] = cellText(row.getCell(col).value);
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: number, cells });
  });
  return rows;
}

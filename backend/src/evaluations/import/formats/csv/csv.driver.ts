import { decodeText } from '../../detect-format';
import { parseCsv } from '../../spreadsheet.parser';
import type { ImportFormatDriver } from '../import-format-driver';

/** The import template's scores as CSV, uploaded or pasted. */
export const csvDriver: ImportFormatDriver = {
  format: 'csv',
  textual: true,
  mediaType: 'text/csv; charset=utf-8',
  read: async ({ text, bytes }) => ({ outcome: parseCsv(text ?? decodeText(bytes as Uint8Array)) }),
};

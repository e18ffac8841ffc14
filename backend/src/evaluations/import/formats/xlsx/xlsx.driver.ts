import { UnreadableDocumentError } from '../../import-result';
import { parseXlsx } from '../../spreadsheet.parser';
import type { ImportFormatDriver } from '../import-format-driver';

/** Kompass's filled-in import template (or SKR's score sheet) as Excel. */
export const xlsxDriver: ImportFormatDriver = {
  format: 'xlsx',
  textual: false,
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  async read({ bytes }) {
    if (!bytes) throw new UnreadableDocumentError('unsupported-format', 'An Excel file must be uploaded as a file');
    return { outcome: await parseXlsx(bytes) };
  },
};

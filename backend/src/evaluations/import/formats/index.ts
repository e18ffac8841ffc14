import type { ImportFormat } from '@kompass/shared';
import { csvDriver } from './csv/csv.driver';
import type { ImportFormatDriver } from './import-format-driver';
import { pdfDriver } from './pdf/pdf.driver';
import { reportTextDriver } from './report-text/report-text.driver';
import { xlsxDriver } from './xlsx/xlsx.driver';

export type { ImportFormatDriver, ImportInput } from './import-format-driver';

/**
 * The registration list: one driver per format. A new format is its folder, its name in IMPORT_FORMATS
 * (@kompass/shared) and a line here; detection (detect-format.ts) learns to recognise it.
 */
export const IMPORT_FORMAT_DRIVERS: Record<ImportFormat, ImportFormatDriver> = {
  'report-text': reportTextDriver,
  pdf: pdfDriver,
  xlsx: xlsxDriver,
  csv: csvDriver,
};

export const importFormatDriver = (format: ImportFormat): ImportFormatDriver => IMPORT_FORMAT_DRIVERS[format];

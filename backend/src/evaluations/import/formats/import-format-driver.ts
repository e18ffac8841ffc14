import type { FrameworkDefinition, ImportFormat } from '@kompass/shared';
import type { ImportOutcome } from '../import-result';
import type { PdfExtractOptions } from '../pdf-text.extractor';

export interface ImportInput {
  /** The uploaded file; or give `text` for pasted text. */
  bytes?: Uint8Array;
  text?: string;
  format?: 'auto' | ImportFormat;
  framework: FrameworkDefinition;
  /** Only breaks ties in detection (e.g. an unrecognisable .csv is still read as CSV to report why). */
  fileName?: string;
  pdf?: PdfExtractOptions;
}

/**
 * One import format, in the manner of Twenty's drivers: a folder under formats/ with a driver, registered in
 * formats/index.ts. The pipeline around it (size limits, detection, validation, linking) is the same for all.
 */
export interface ImportFormatDriver {
  format: ImportFormat;
  /** Read into the API's own heap as text, so held to MAX_TEXT_IMPORT_BYTES. */
  textual: boolean;
  /** The media type recorded as the evaluation's source. */
  mediaType: string;
  /**
   * Reads the upload into scores, totals and findings with the problems found; `text` is the document's text
   * where it has one (checked for "Kommunkompassen" when nothing was read). Throws UnreadableDocumentError.
   */
  read(input: ImportInput): Promise<{ outcome: ImportOutcome; text?: string }>;
}

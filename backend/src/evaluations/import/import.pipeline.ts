import type { FrameworkDefinition } from '@kompass/shared';
import { MAX_IMPORT_BYTES } from '@kompass/shared';
import { decodeText, detectFormat, MAX_TEXT_IMPORT_BYTES } from './detect-format';
import { validateEvaluation } from './evaluation-validator';
import { linkFindings } from './finding-linker';
import {
  ImportFormat,
  ImportOutcome,
  UnreadableDocumentError,
} from './import-result';
import { extractPdfText, PdfExtractOptions } from './pdf-text.extractor';
import { mentionsKommunkompassen, parseReportText } from './report-text.parser';
import { parseCsv, parseXlsx } from './spreadsheet.parser';

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

async function parseByFormat(format: ImportFormat, input: ImportInput): Promise<{ outcome: ImportOutcome; text?: string }> {
  const bytes = input.bytes;
  switch (format) {
    case 'pdf': {
      if (!bytes) throw new UnreadableDocumentError('unsupported-format', 'A PDF must be uploaded as a file');
      const text = await extractPdfText(bytes, input.pdf);
      return { outcome: parseReportText(text, 'pdf'), text };
    }
    case 'xlsx':
      if (!bytes) throw new UnreadableDocumentError('unsupported-format', 'An Excel file must be uploaded as a file');
      return { outcome: await parseXlsx(bytes) };
    case 'csv':
      return { outcome: parseCsv(input.text ?? decodeText(bytes as Uint8Array)) };
    case 'report-text': {
      const text = input.text ?? decodeText(bytes as Uint8Array);
      return { outcome: parseReportText(text, 'report-text'), text };
    }
  }
}

/**
 * The whole import: detect the format, read it, validate it against `framework` and suggest which
 * sub-questions each strength/improvement concerns. Blocking problems come back in `problems`
 * (pass the outcome to `ensureImportable` to throw an ImportError for them). Throws only
 * UnreadableDocumentError (not a Kommunkompassen document, empty, binary junk, unreadable PDF...);
 * anything else escaping is a bug, deliberately not disguised (the fuzz test hunts for those).
 */
export async function parseEvaluationImport(input: ImportInput): Promise<ImportOutcome> {
  if (input.bytes && input.bytes.length > MAX_IMPORT_BYTES) {
    throw new UnreadableDocumentError('too-large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  if (input.text !== undefined && input.text.length > MAX_IMPORT_BYTES) {
    throw new UnreadableDocumentError('too-large', `The text is longer than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  if (input.bytes === undefined && input.text === undefined) throw new UnreadableDocumentError('empty', 'Nothing was uploaded');
  const format = !input.format || input.format === 'auto' ? detectFormat(input) : input.format;
  const size = input.text?.length ?? input.bytes?.length ?? 0;
  if ((format === 'report-text' || format === 'csv') && size > MAX_TEXT_IMPORT_BYTES)
    throw new UnreadableDocumentError(
      'too-large',
      `A report as text or CSV is at most ${MAX_TEXT_IMPORT_BYTES / 1024 / 1024} MB (a whole Kommunkompassen report is about 0.1 MB); upload the PDF or the Excel template instead`,
    );
  const { outcome, text } = await parseByFormat(format, input);
  const { parsed } = outcome;
  const empty = parsed.scores.length === 0 && parsed.areaTotals.length === 0 && parsed.findings.length === 0;
  if (empty && outcome.problems.length === 0 && text !== undefined && !mentionsKommunkompassen(text)) {
    throw new UnreadableDocumentError(
      'not-kommunkompassen',
      'No Kommunkompassen scores or findings were found: is this a Kommunkompassen report, or the filled-in import template?',
    );
  }
  const validation = validateEvaluation(parsed, input.framework);
  linkFindings(parsed.findings, input.framework);
  return {
    parsed,
    problems: [...outcome.problems, ...validation.problems],
    warnings: [...outcome.warnings, ...validation.warnings],
  };
}

import { MAX_IMPORT_BYTES } from '@kompass/shared';
import { detectFormat, MAX_TEXT_IMPORT_BYTES } from './detect-format';
import { validateEvaluation } from './evaluation-validator';
import { linkFindings } from './finding-linker';
import { ImportOutcome, UnreadableDocumentError } from './import-result';
import { mentionsKommunkompassen } from './report-text.parser';
import { importFormatDriver, type ImportInput } from './formats';

export type { ImportInput } from './formats';

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
  if (input.bytes === undefined && input.text === undefined)
    throw new UnreadableDocumentError('empty', 'Nothing was uploaded');
  const format = !input.format || input.format === 'auto' ? detectFormat(input) : input.format;
  const driver = importFormatDriver(format);
  const size = input.text?.length ?? input.bytes?.length ?? 0;
  if (driver.textual && size > MAX_TEXT_IMPORT_BYTES)
    throw new UnreadableDocumentError(
      'too-large',
      `A report as text or CSV is at most ${MAX_TEXT_IMPORT_BYTES / 1024 / 1024} MB (a whole Kommunkompassen report is about 0.1 MB); upload the PDF or the Excel template instead`,
    );
  const { outcome, text } = await driver.read(input);
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

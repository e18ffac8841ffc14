import { UnreadableDocumentError } from '../../import-result';
import { extractPdfText } from '../../pdf-text.extractor';
import { parseReportText } from '../../report-text.parser';
import type { ImportFormatDriver } from '../import-format-driver';

/** SKR's report as PDF: its text (read in a worker thread), then the report-text parser. */
export const pdfDriver: ImportFormatDriver = {
  format: 'pdf',
  textual: false,
  mediaType: 'application/pdf',
  async read({ bytes, pdf }) {
    if (!bytes) throw new UnreadableDocumentError('unsupported-format', 'A PDF must be uploaded as a file');
    const text = await extractPdfText(bytes, pdf);
    return { outcome: parseReportText(text, 'pdf'), text };
  },
};

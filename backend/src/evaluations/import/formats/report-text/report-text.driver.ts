import { decodeText } from '../../detect-format';
import { parseReportText } from '../../report-text.parser';
import type { ImportFormatDriver } from '../import-format-driver';

/** The report as text: markdown, HTML-ish text or text pasted from a PDF viewer. */
export const reportTextDriver: ImportFormatDriver = {
  format: 'report-text',
  textual: true,
  mediaType: 'text/plain; charset=utf-8',
  async read({ text, bytes }) {
    const content = text ?? decodeText(bytes as Uint8Array);
    return { outcome: parseReportText(content, 'report-text'), text: content };
  },
};

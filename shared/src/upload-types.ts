/** The formats an evaluation report is read from. `report-text` covers markdown, HTML-ish text and text pasted from a PDF viewer. */
export const IMPORT_FORMATS = ['report-text', 'pdf', 'xlsx', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The largest report file the import takes; the admin checks it before sending. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What the import's file picker offers: the extensions and media types of IMPORT_FORMATS. */
export const IMPORT_FILE_ACCEPT = '.pdf,.txt,.md,.xlsx,.csv,application/pdf,text/plain,text/csv';

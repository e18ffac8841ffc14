/**
 * What an uploader may decide about how a file is served back. Anything else (HTML, SVG, XHTML, XML, scripts)
 * could run in Kompass's origin when opened, so it is served as a download of bytes.
 */
const SERVABLE_MEDIA_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/tiff',
  'image/heic',
  'text/plain',
  'text/csv',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

/** The uploader's Content-Type if it is on the allow-list (parameters dropped), else application/octet-stream. */
export function servableMediaType(declared: string | null | undefined): string {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  return SERVABLE_MEDIA_TYPES.has(type) ? type : 'application/octet-stream';
}

/**
 * Bidi controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) make `faktura\u202Etxt.exe` read as `fakturaexe.txt`;
 * C0/C1 controls and quotes would break a header; slashes would name a path.
 */
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"\\/]/g;

/** A file name fit to store and to send back in Content-Disposition: NFC, no unsafe characters, at most 200 characters. */
export function cleanFileName(name: string | null | undefined, fallback: string): string {
  const cleaned = (name ?? '').normalize('NFC').replace(UNSAFE_IN_NAMES, '').trim().slice(0, 200);
  return cleaned || fallback;
}

/**
 * Spreadsheet formula injection (CSV/XLSX): a cell starting with = + - @ (or tab/CR) is run as a formula by
 * Excel. Prefixing an apostrophe keeps it text (OWASP's advice).
 */
export function neutraliseCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A formula start after any character a reader might split on (comma, semicolon, tab, line break). */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n][ \t]*)([=+\-@])/g;

/**
 * Semicolon-separated, as Swedish Excel expects, with a BOM so å/ä/ö open correctly. A reader set to commas (or
 * one that ignores quotes) splits `Åtgärd,=1+1` into a formula cell, so every field holding any separator, quote
 * or line break is quoted, and a formula start after each separator is neutralised too, not only the first.
 */
export function toSwedishCsv(header: string[], rows: unknown[][]): string {
  const cell = (value: unknown) => {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- cells are scalars and dates
    const text = String(neutraliseCell(value) ?? '').replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
    return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/**
 * Spreadsheet formula injection (CSV/XLSX): a cell starting with = + - @ (or tab/CR) is run as a formula by
 * Excel. Prefixing an apostrophe keeps it text (OWASP's advice).
 */
export function neutraliseCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Semicolon-separated, as Swedish Excel expects, with a BOM so å/ä/ö open correctly. */
export function toSwedishCsv(header: string[], rows: unknown[][]): string {
  const cell = (value: unknown) => {
    const text = String(neutraliseCell(value) ?? '');
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

// CSV as Excel on a Chinese Windows opens it, for every export of the project (the window's tables through
// electron/core/export/table-export.ts, the platform's commitment export): RFC 4180, CRLF, a UTF-8 BOM.

export type CsvCell = string | number | boolean | null;

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written as text with a leading
 * apostrophe: names and reasons typed at a counter must never become formulas in the supervisor's Excel (CSV
 * injection). Numbers stay numbers.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const csvField = (cell: CsvCell): string => {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? safeText(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A header and rows as CSV text, with the BOM and a CRLF after every line. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * RFC 4180 CSV: a field with a comma, a quote or a line break is quoted (quotes doubled), records
 * end with CRLF. A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or
 * a carriage return) gets a leading ' so that it is shown, never evaluated (CSV injection).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(cells: readonly (string | number | boolean | null | undefined)[]) {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

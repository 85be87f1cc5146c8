// CSV for spreadsheet users (RFC 4180 quoting), safe to open in Excel.
/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";

// A cell starting with one of these is read as a formula by Excel and LibreOffice (CSV
// injection, OWASP): prefix it with an apostrophe so it stays text. Tab and carriage return are
// on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  // Numbers we produce are counts and scores, never formulas.
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, ending in CRLF as RFC 4180 asks. */
export function csvRow(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

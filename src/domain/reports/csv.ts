// CSV for reports opened in Excel. RFC 4180: fields with commas, quotes or line breaks are
// quoted and quotes doubled; lines end CRLF. Formula-injection guard (OWASP): a cell starting
// with = + - @ (or tab / carriage return) is prefixed with an apostrophe so that a spreadsheet
// shows it as text instead of running it. Names like "=SUM(...)" typed by the public are data.

export type CsvCell = string | number | boolean | undefined;

const FORMULA_START: RegExp = /^[=+\-@\t\r]/;
const NEEDS_QUOTES: RegExp = /[",\r\n]/;

/** One cell, guarded and quoted as needed. */
export function csvCell(value: CsvCell): string {
  const text = value === undefined ? '' : String(value);
  // Numbers are data the report made (a negative count is not a formula); text came from people.
  if (typeof value === 'string' && FORMULA_START.test(text)) {
    // Neutralised AND quoted (OWASP CSV injection): the apostrophe shows it as text, the quotes
    // stop a parser splitting or trimming it back into something a spreadsheet would run.
    return `"'${text.replace(/"/g, '""')}"`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, CRLF between records, ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

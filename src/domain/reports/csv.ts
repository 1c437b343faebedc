// CSV for reports opened in Excel. RFC 4180: fields with commas, quotes or line breaks are
// quoted and quotes doubled; lines end CRLF. Formula-injection guard (OWASP): a cell starting
// with = + - @ (or tab / carriage return) is prefixed with an apostrophe so that a spreadsheet
// shows it as text instead of running it. Names like "=SUM(...)" typed by the public are data.

export type CsvCell = string | number | boolean | undefined;

const FORMULA_START: RegExp = /^[=+\-@\t\r]/;
const NEEDS_QUOTES: RegExp = /[",\r\n]/;

/** One cell, guarded and quoted as needed. */
export function csvCell(value: CsvCell): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, CRLF between records, ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

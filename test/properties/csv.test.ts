// Property: the CSV export (issue 14). Whatever text people typed, the file parses as RFC 4180
// back to the same cells (text that would start a spreadsheet formula comes back neutralised
// with its apostrophe, and only that), and no text cell starts a formula: = + - @ tab or CR.
import fc from 'fast-check';
import { csvCell, toCsv, type CsvCell } from '../../src/domain/reports/csv';
import { quarterlyReportToCsv } from '../../src/domain/reports/quarterlyReportCsv';
import type { QuarterlyReport } from '../../src/domain/reports/quarterlyReport';
import { isoDate } from '../../src/domain/model/dates';
import { hostileText } from './support/arbitraries';

const RUNS: number = 200;
const FORMULA_START: RegExp = /^[=+\-@\t\r]/;

/**
 * A strict RFC 4180 reader: records end with CRLF; a field is quoted (quotes doubled inside, and
 * anything else allowed) or unquoted (no quote, comma, CR or LF at all). Anything else throws,
 * so a file a lenient reader would guess at fails here.
 */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= text.length) throw new Error('A quoted field is never closed.');
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i += 1;
            break;
          } else {
            field += text[i];
            i += 1;
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`A quote inside an unquoted field at ${i}.`);
          field += text[i];
          i += 1;
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i += 1;
      } else if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else {
        throw new Error(`Expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 2))}.`);
      }
    }
    records.push(record);
  }
  return records;
}

/** The cell as a spreadsheet should show it: text that starts a formula gains an apostrophe. */
function expectedCell(value: CsvCell): string {
  if (value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  { weight: 6, arbitrary: hostileText(30) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=SUM(A1:A9)',
      '+44 1782',
      '-1',
      '@cmd',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://x","y")',
      "'=1",
      '"',
      ',',
      '\r\n',
      ''
    )
  },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(-0)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(undefined) }
);

describe('CSV export (fast-check)', () => {
  test('a table of any cells parses as RFC 4180 back to the same cells, formulas neutralised', () => {
    const table = fc
      .integer({ min: 1, max: 6 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }));
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseRfc4180(toCsv(rows));
        expect(parsed).toEqual(rows.map((row) => row.map(expectedCell)));
      }),
      { numRuns: RUNS }
    );
  });

  test('rows of different lengths (as the quarterly report has) still parse, row by row', () => {
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (table) => {
        expect(parseRfc4180(toCsv(table))).toEqual(table.map((row) => row.map(expectedCell)));
      }),
      { numRuns: RUNS }
    );
  });

  test('no text cell starts a formula, whatever was typed', () => {
    fc.assert(
      fc.property(hostileText(30), (text) => {
        const [[parsed]] = parseRfc4180(`${csvCell(text)}\r\n`);
        expect(FORMULA_START.test(parsed)).toBe(false);
      }),
      { numRuns: RUNS }
    );
  });

  test('the quarterly report, with any service names and references, parses and starts no formula', () => {
    const countRow = fc.record({ key: fc.constant('R01' as never), label: hostileText(30), count: fc.nat(1000) });
    const report: fc.Arbitrary<QuarterlyReport> = fc.record({
      quarterStart: fc.constant(isoDate('2026-10-01')),
      quarterEnd: fc.constant(isoDate('2026-12-31')),
      activeTotal: fc.nat(1000),
      activeByType: fc.array(countRow, { maxLength: 4 }),
      activeByService: fc.array(countRow, { maxLength: 4 }),
      activeByAge: fc.array(countRow, { maxLength: 4 }),
      reviewsOverdue: fc.array(
        fc.record({
          caseId: hostileText(20),
          sanctionId: hostileText(20),
          reviewDate: fc.constant(isoDate('2026-11-01')),
          daysOverdue: fc.nat(400)
        }),
        { maxLength: 4 }
      ),
      appeals: fc.record({ received: fc.nat(50), upheld: fc.nat(50), varied: fc.nat(50), quashed: fc.nat(50), undecided: fc.nat(50) }),
      markersDueForReview: fc.array(
        fc.record({ markerId: hostileText(20), reviewDate: fc.constant(isoDate('2026-12-01')), overdue: fc.boolean() }),
        {
          maxLength: 4
        }
      )
    });
    fc.assert(
      fc.property(report, (value) => {
        const parsed = parseRfc4180(quarterlyReportToCsv(value));
        // Blank separator rows read back as one empty cell; every other cell is text or a count.
        for (const field of parsed.flat()) expect(FORMULA_START.test(field)).toBe(false);
        const services = parsed
          .slice(parsed.findIndex((row) => row[0] === 'Active restrictions by service') + 1)
          .slice(0, value.activeByService.length);
        expect(services.map((row) => row[0])).toEqual(value.activeByService.map((row) => expectedCell(row.label)));
      }),
      { numRuns: RUNS }
    );
  });
});

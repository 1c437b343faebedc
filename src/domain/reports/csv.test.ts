import { csvCell, toCsv } from './csv';

describe('CSV serialiser', () => {
  test('quotes commas, quotes and line breaks (RFC 4180) and ends records with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'two\nlines']
      ])
    ).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
    expect(toCsv([])).toBe('');
  });

  test.each([
    // Neutralised with an apostrophe AND quoted (issue 14, OWASP CSV injection).
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+44 1782 000000', `"'+44 1782 000000"`],
    ['-1', `"'-1"`],
    ['@cmd', `"'@cmd"`],
    ['\tleading tab', `"'\tleading tab"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"']
  ])('guards formula injection: %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('leaves ordinary values, names and numbers alone', () => {
    expect(csvCell("Siân O'Brien")).toBe("Siân O'Brien");
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

import { distinctFileNames, FILE_NAME_MAX_LENGTH, safeFileName } from './fileNames';

describe('file names from a device (issue 14)', () => {
  test.each([
    ['C:\\Users\\sam\\Photos\\broken window.jpg', 'broken window.jpg'],
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['call log: 3 Dec?.pdf', 'call log- 3 Dec-.pdf'],
    ['  .hidden notes.docx. ', 'hidden notes.docx'],
    ['CON.txt', '_CON.txt'],
    ['nul', '_nul'],
    ['Siân O’Brien #2 100%.png', 'Siân O’Brien -2 100-.png'],
    ['tab\there.pdf', 'tabhere.pdf'],
    // Found by the property tests (test/properties/fileNames.test.ts):
    ['a\uD800b.pdf', 'ab.pdf'],
    ['notes..final.docx', 'notes.final.docx'],
    ['con.tar.gz', '_con.tar.gz'],
    ['photo\u202Egpj.png', 'photogpj.png'],
    ['Report v1.2 Final Draft', 'Report v1.2 Final Draft']
  ])('%j is stored as %j', (raw, expected) => {
    expect(safeFileName(raw)).toEqual({ ok: true, name: expected });
  });

  test.each(['letter.pdf.exe', 'invoice.JS', 'photo.jpg.scr', 'run.ps1'])('a program is refused: %s', (raw) => {
    const result = safeFileName(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/is a program \(\.\w+\), which cannot be attached/);
  });

  test.each(['', '...', '///', '\u0000\u0001'])('a name with nothing usable is refused: %j', (raw) => {
    expect(safeFileName(raw).ok).toBe(false);
  });

  test('an over-long name is shortened, keeping its extension', () => {
    const result = safeFileName(`${'a'.repeat(400)}.pdf`);
    expect(result.ok && result.name.length).toBe(FILE_NAME_MAX_LENGTH);
    expect(result.ok && result.name.endsWith('.pdf')).toBe(true);
  });

  test('an "extension" too long to be one is part of the name, which is still shortened to the limit', () => {
    const result = safeFileName(`a.${'b'.repeat(200)}`);
    expect(result.ok && result.name).toBe(`a.${'b'.repeat(FILE_NAME_MAX_LENGTH - 2)}`);
  });

  test('a number added to a name at the limit keeps it within the limit', () => {
    const name = `${'a'.repeat(FILE_NAME_MAX_LENGTH - 4)}.pdf`;
    const [, second] = distinctFileNames([name, name]);
    expect(second).toBe(`${'a'.repeat(FILE_NAME_MAX_LENGTH - 8)} (2).pdf`);
  });

  test('names made distinct, as SharePoint refuses two attachments of one name', () => {
    expect(distinctFileNames(['a.pdf', 'A.pdf', 'a.pdf', 'b'])).toEqual(['a.pdf', 'A (2).pdf', 'a (3).pdf', 'b']);
  });
});

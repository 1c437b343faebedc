// Property: whatever name a device gives a file, safeFileName either gives a name SharePoint
// accepts (and that still says what kind of file it is) or refuses in words staff understand,
// and distinctFileNames never gives two attachments the same name (issue 14).
import fc from 'fast-check';
import { distinctFileNames, FILE_NAME_MAX_LENGTH, safeFileName } from '../../src/domain/validation/fileNames';
import { character, hostileText, isWellFormed, TROUBLE_CHARACTERS } from './support/arbitraries';

const RUNS: number = 300;

/** SharePoint Online's reserved names (and Windows', which SharePoint's sync client must write). */
const RESERVED: RegExp = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini|_vti_.*|\.lock)$/i;

/** Every rule SharePoint (and the project, for # % ~ & { }) applies to a stored name; the broken ones. */
function brokenRules(name: string): string[] {
  const broken: string[] = [];
  if (name === '') broken.push('empty');
  if (/["*:<>?/\\|#%~&{}]/.test(name)) broken.push('forbidden character');
  // eslint-disable-next-line no-control-regex -- control characters are what is being looked for.
  if (/[\u0000-\u001F\u007F-\u009F]/.test(name)) broken.push('control character');
  if (/^[\s.]|[\s.]$/.test(name)) broken.push('leading or trailing space or dot');
  if (name.includes('..')) broken.push('two dots in a row');
  if (RESERVED.test(name) || RESERVED.test(name.split('.')[0])) broken.push('reserved name');
  if (name.length > FILE_NAME_MAX_LENGTH) broken.push('too long');
  if (!isWellFormed(name)) broken.push('lone surrogate');
  if (name !== name.normalize('NFC')) broken.push('not NFC');
  return broken;
}

const REFUSALS: RegExp =
  /has no name we can use\. Rename the file and add it again\.$|is a program \(\.[^)]*\), which cannot be attached to a case\. Attach documents, photos or recordings only\.$/;

const extension: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('pdf', 'docx', 'JPG', 'png', 'msg', 'eml', 'txt', 'mp3', 'heic', 'tar', 'gz', 'exe', 'js', 'bat', 'ps1'),
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 6 })
);

/** A name as a browser or a mail client might hand it over. */
const rawName: fc.Arbitrary<string> = fc.oneof(
  hostileText(60),
  fc.tuple(hostileText(40), extension).map(([stem, ext]) => `${stem}.${ext}`),
  fc
    .tuple(
      fc.constantFrom('CON', 'prn', 'Aux', 'nul', 'COM1', 'lpt9', 'com0', 'desktop.ini', '_vti_cnf', '.lock'),
      fc.array(extension, { maxLength: 2 })
    )
    .map(([reserved, extensions]) => [reserved, ...extensions].join('.')),
  // An "extension" that is really the rest of a sentence, or far too long to be one.
  fc.tuple(hostileText(20), fc.string({ unit: character, minLength: 17, maxLength: 200 })).map(([stem, rest]) => `${stem}.${rest}`),
  fc
    .tuple(fc.array(fc.constantFrom('..', '.', 'C:', 'Users', 'me', '~$'), { maxLength: 4 }), hostileText(20), extension)
    .map(([folders, stem, ext]) => `${folders.join(fc.sample(fc.constantFrom('/', '\\'), 1)[0])}/${stem}.${ext}`),
  fc
    .tuple(fc.string({ unit: character, minLength: 1, maxLength: 3 }), fc.integer({ min: 100, max: 400 }), extension)
    .map(([piece, times, ext]) => `${piece.repeat(times)}.${ext}`),
  fc.string({ unit: fc.constantFrom(...TROUBLE_CHARACTERS), maxLength: 12 })
);

describe('file names from a device (fast-check)', () => {
  test('safeFileName never throws, and either gives a name SharePoint accepts or refuses in plain words', () => {
    fc.assert(
      fc.property(rawName, (raw) => {
        const result = safeFileName(raw);
        if (result.ok) {
          expect(brokenRules(result.name)).toEqual([]);
        } else {
          expect(result.message).toMatch(REFUSALS);
        }
      }),
      { numRuns: RUNS }
    );
  });

  test('the extension of a usable name is kept (lower case), so the file still opens in the right program', () => {
    fc.assert(
      fc.property(fc.tuple(hostileText(40), extension), ([stem, ext]) => {
        const result = safeFileName(`${stem}.${ext}`);
        // Only a name with something of its own before the dot (after any folders) has an extension to keep.
        if (result.ok && /[A-Za-z0-9]/.test(stem.split(/[/\\]/).pop() ?? '')) {
          expect(result.name.endsWith(`.${ext.toLowerCase()}`)).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });

  test('a program is refused whatever comes before its extension', () => {
    fc.assert(
      fc.property(hostileText(40), fc.constantFrom('exe', 'EXE', 'js', 'bat', 'ps1', 'lnk'), (stem, program) => {
        // ".exe" alone is a file called "exe", not a program: there must be a name before the dot.
        fc.pre(/[A-Za-z0-9]/.test(stem.split(/[/\\]/).pop() ?? ''));
        expect(safeFileName(`${stem}.${program}`).ok).toBe(false);
      }),
      { numRuns: RUNS }
    );
  });

  test('a safe name is its own safe name (making it safe twice changes nothing)', () => {
    fc.assert(
      fc.property(rawName, (raw) => {
        const once = safeFileName(raw);
        if (once.ok) expect(safeFileName(once.name)).toEqual(once);
      }),
      { numRuns: RUNS }
    );
  });

  test('distinctFileNames gives distinct names (as SharePoint compares them) that are still safe', () => {
    const safeNames = fc
      .array(fc.oneof(rawName, fc.constantFrom('a.pdf', 'A.PDF', 'a (2).pdf', 'a', 'a (2)', 'a (3).pdf')), { maxLength: 12 })
      .map((raws) => raws.map(safeFileName).flatMap((result) => (result.ok ? [result.name] : [])))
      // Repeats are the point: every name at least twice.
      .map((names) => [...names, ...names]);
    fc.assert(
      fc.property(safeNames, (names) => {
        const distinct = distinctFileNames(names);
        expect(distinct).toHaveLength(names.length);
        expect(new Set(distinct.map((name) => name.toLowerCase())).size).toBe(distinct.length);
        for (const name of distinct) expect(brokenRules(name)).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });
});

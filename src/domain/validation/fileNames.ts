// File names that come from a person's device (issue 14): made safe by SharePoint's rules, or
// refused in words a member of staff understands. A browser may give a full path or a name
// with characters SharePoint refuses; a name may try to climb out of its folder (../), use a
// name Windows reserves (CON, NUL, COM1…), be too long, or hide a program behind a document's
// extension (letter.pdf.exe).

/** SharePoint refuses these in file names (and # % break links to the file). */
const UNSAFE: RegExp = /["*:<>?/\\|#%~&{}]/g;
/**
 * Removed outright: C0 and C1 controls, invisible format characters (zero-width spaces, the
 * bidi overrides that make "gpj.exe" read as "exe.jpg"), U+FFFE/U+FFFF and unpaired surrogates,
 * which cannot be encoded in a URL or stored by SharePoint at all.
 */
const INVISIBLE: RegExp =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
  /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cf}|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Windows and SharePoint Online reserve these names, with or without an extension. */
const RESERVED: RegExp = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini|_vti_.*|\.lock)$/i;
/** What counts as an extension: a short run of letters and digits after the last dot ("docx", "mp3"). */
const EXTENSION: RegExp = /^[\p{L}\p{N}]{1,16}$/u;
/** Kinds of file that run when opened: never attached to a case file. */
const PROGRAMS: ReadonlySet<string> = new Set([
  'exe',
  'com',
  'bat',
  'cmd',
  'msi',
  'msp',
  'scr',
  'pif',
  'cpl',
  'dll',
  'js',
  'jse',
  'vbs',
  'vbe',
  'wsf',
  'wsh',
  'ps1',
  'psm1',
  'hta',
  'jar',
  'lnk',
  'reg',
  'sh',
  'app',
  'iso',
  'img'
]);
/** Long enough for any real name, short enough for SharePoint's 400-character path. */
export const FILE_NAME_MAX_LENGTH: number = 128;

export type FileNameResult = { ok: true; name: string } | { ok: false; message: string };

/** The longest start of `text` within `maxLength` UTF-16 units that does not split a character (a surrogate pair). */
export function clippedToLength(text: string, maxLength: number): string {
  let clipped = '';
  for (const character of text) {
    if (clipped.length + character.length > maxLength) break;
    clipped += character;
  }
  return clipped;
}

/** The name to store the file under, or why it cannot be attached. */
export function safeFileName(raw: string): FileNameResult {
  // Only the last part of a path: "C:\\Users\\me\\letter.pdf" or "../../x" keep their own name.
  const leaf = raw.split(/[/\\]/).pop() ?? '';
  // NFC before anything is measured (a name from a Mac arrives decomposed), after the invisible
  // characters are gone (one between a letter and its accent would stop them composing).
  const cleaned = leaf
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    // SharePoint refuses ".." anywhere in a name, not only as a whole path part.
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned === '' || /^-+$/.test(cleaned)) {
    return { ok: false, message: `"${leaf.replace(INVISIBLE, '')}" has no name we can use. Rename the file and add it again.` };
  }
  const dot = cleaned.lastIndexOf('.');
  const hasExtension = dot > 0 && EXTENSION.test(cleaned.slice(dot + 1));
  const extension = hasExtension ? cleaned.slice(dot + 1).toLowerCase() : '';
  if (PROGRAMS.has(extension)) {
    return {
      ok: false,
      message: `"${cleaned}" is a program (.${extension}), which cannot be attached to a case. Attach documents, photos or recordings only.`
    };
  }
  const stem = hasExtension ? cleaned.slice(0, dot) : cleaned;
  // "CON.txt" and "con.tar.gz" are both the reserved CON to Windows: the part before the first dot decides.
  const safeStem = RESERVED.test(stem) || RESERVED.test(cleaned) || RESERVED.test(stem.split('.')[0]) ? `_${stem}` : stem;
  const suffix = extension === '' ? '' : `.${extension}`;
  return { ok: true, name: `${clippedToLength(safeStem, FILE_NAME_MAX_LENGTH - suffix.length).replace(/[\s.]+$/, '')}${suffix}` };
}

/**
 * Names made distinct in order, as SharePoint refuses two attachments of the same name: "a.pdf",
 * "a (2).pdf". The number goes before the extension; a long stem is shortened to make room, so
 * the name stays within FILE_NAME_MAX_LENGTH.
 */
export function distinctFileNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, suffix] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; seen.has(candidate.toLowerCase()); n += 1) {
      const number = ` (${n})`;
      candidate = `${clippedToLength(stem, FILE_NAME_MAX_LENGTH - number.length - suffix.length).replace(/[\s.]+$/, '')}${number}${suffix}`;
    }
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}

// File names that come from a person's device (issue 14): made safe by SharePoint's rules, or
// refused in words a member of staff understands. A browser may give a full path or a name
// with characters SharePoint refuses; a name may try to climb out of its folder (../), use a
// name Windows reserves (CON, NUL, COM1…), be too long, or hide a program behind a document's
// extension (letter.pdf.exe).

/** SharePoint refuses these in file names (and # % break links to the file). */
const UNSAFE: RegExp = /["*:<>?/\\|#%~&{}]/g;
// eslint-disable-next-line no-control-regex
const CONTROL: RegExp = /[\u0000-\u001F\u007F]/g;
const RESERVED: RegExp = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini|_vti_.*)$/i;
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

/** The name to store the file under, or why it cannot be attached. */
export function safeFileName(raw: string): FileNameResult {
  // Only the last part of a path: "C:\\Users\\me\\letter.pdf" or "../../x" keep their own name.
  const leaf = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = leaf
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned === '' || /^-+$/.test(cleaned)) {
    return { ok: false, message: `"${raw}" has no name we can use. Rename the file and add it again.` };
  }
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  if (PROGRAMS.has(extension)) {
    return {
      ok: false,
      message: `"${leaf}" is a program (.${extension}), which cannot be attached to a case. Attach documents, photos or recordings only.`
    };
  }
  const stem = dot > 0 ? cleaned.slice(0, dot) : cleaned;
  const safeStem = RESERVED.test(stem) || RESERVED.test(cleaned) ? `_${stem}` : stem;
  const suffix = extension === '' ? '' : `.${extension}`;
  return { ok: true, name: `${safeStem.slice(0, FILE_NAME_MAX_LENGTH - suffix.length).replace(/[\s.]+$/, '')}${suffix}` };
}

/** Names made distinct in order, as SharePoint refuses two attachments of the same name: "a.pdf", "a (2).pdf". */
export function distinctFileNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, suffix] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; seen.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${suffix}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}

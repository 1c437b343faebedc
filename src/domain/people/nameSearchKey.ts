// One way to turn a name into a search key, used for what is stored and for what staff type,
// so a customer under a restriction is found however their name is written (issue 12):
// any Unicode normalisation form, with or without accents (Siân/Sian, Łukasz/Lukasz), straight,
// curly or no apostrophe (O'Brien, O’Brien, OBrien), hyphens or spaces, Mac/Mc, any case.
//
// Keys are matched by equality, never by prefix: an equality test on an indexed column is the
// one query SharePoint always answers from the index on a list of any size, so the search keeps
// working at 100,000 people. Each person therefore stores several keys (surname, the parts of a
// compound surname, first and last name, full name, and the same for every alias or previous
// name), and a query is turned into the key of what was typed.

import type { Person } from '../model/person';

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ĳ: 'ij'
};

/** Surname particles that belong to the surname that follows them (ap Dafydd, de la Cruz, Ní Bhriain). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'ap',
  'ab',
  'ferch',
  'verch',
  'mac',
  'mc',
  'nic',
  'ni',
  'ui',
  'o',
  'de',
  'del',
  'della',
  'der',
  'di',
  'da',
  'du',
  'la',
  'le',
  'van',
  'von',
  'den',
  'st',
  'bin',
  'bint',
  'ibn',
  'al',
  'el'
]);

/** The longest key SharePoint's indexed single line of text holds. */
export const NAME_KEY_MAX_LENGTH: number = 255;

function foldLetters(text: string): string {
  let folded = '';
  for (const character of text) folded += FOLDED_LETTERS[character] ?? character;
  return folded;
}

/**
 * The words of a name, folded: decomposed (NFKD, so any normalisation form and compatibility
 * characters give the same letters), marks removed, letters with no decomposition folded
 * (ł→l), lower case, apostrophes and other punctuation dropped inside a word, and hyphens,
 * spaces, dots and commas separating words. "Mc" becomes "mac" so McDonald and MacDonald meet.
 */
export function nameWords(text: string): string[] {
  const decomposed = foldLetters(
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
  );
  return decomposed
    .split(/[\s\-\u2010-\u2015_.,/]+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((word) => word.length > 0)
    .map((word) => (word.startsWith('mc') ? `mac${word.slice(2)}` : word));
}

/** The search key of a name as typed or stored: its folded words run together. */
export function nameSearchKey(text: string): string {
  return nameWords(text).join('').slice(0, NAME_KEY_MAX_LENGTH);
}

/**
 * The keys a query is looked up by. "Brannigan, Brian" (surname first, with a comma) is also
 * tried as "Brian Brannigan". Empty when nothing searchable was typed.
 */
export function queryNameKeys(query: string): string[] {
  const keys = [nameSearchKey(query)];
  const comma = query.indexOf(',');
  if (comma > 0) keys.push(nameSearchKey(`${query.slice(comma + 1)} ${query.slice(0, comma)}`));
  return unique(keys.filter((key) => key.length > 0));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Every way the surname alone may be typed: whole, and from each later part (ap Dafydd → Dafydd; Smith-Jones → Jones, Smith). */
function surnameKeys(familyWords: readonly string[]): string[] {
  const keys: string[] = [];
  for (let start = 0; start < familyWords.length; start += 1) {
    keys.push(familyWords.slice(start).join(''));
  }
  // A double-barrelled surname is also searched by its first part (Smith-Jones → Smith).
  if (familyWords.length > 1 && !SURNAME_PARTICLES.has(familyWords[0])) keys.push(familyWords[0]);
  return keys.filter((key) => key.length > 0 && !SURNAME_PARTICLES.has(key));
}

function keysForName(givenWords: readonly string[], familyWords: readonly string[]): string[] {
  const surnames = surnameKeys(familyWords);
  const keys = [...surnames];
  if (givenWords.length > 0) {
    const all = [...givenWords, ...familyWords].join('');
    keys.push(all);
    for (const surname of surnames) keys.push(`${givenWords[0]}${surname}`);
  }
  return keys;
}

/**
 * Splits a free-text alias ("Bri O'Brien", "Mary ap Dafydd", "Samantha Taylor-Wood", "Smith")
 * at its spaces: the last word, with any particles before it, is the surname.
 */
function splitAlias(alias: string): { given: string[]; family: string[] } {
  const chunks = alias
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((chunk) => nameWords(chunk).length > 0);
  if (chunks.length <= 1) return { given: [], family: nameWords(alias) };
  let start = chunks.length - 1;
  while (start > 1 && SURNAME_PARTICLES.has(nameSearchKey(chunks[start - 1]))) start -= 1;
  return { given: nameWords(chunks.slice(0, start).join(' ')), family: nameWords(chunks.slice(start).join(' ')) };
}

/**
 * Every search key stored for a person: for the current name and for each alias or previous
 * name. Deduplicated; each at most NAME_KEY_MAX_LENGTH characters.
 */
export function personNameKeys(person: Pick<Person, 'names' | 'aliases'>): string[] {
  const keys = keysForName(nameWords(person.names.given), nameWords(person.names.family));
  for (const alias of person.aliases) {
    const { given, family } = splitAlias(alias);
    keys.push(...keysForName(given, family));
  }
  return unique(keys.map((key) => key.slice(0, NAME_KEY_MAX_LENGTH)).filter((key) => key.length > 0));
}

/** True when what was typed names this person (same rules as the stored keys). */
export function nameMatches(person: Pick<Person, 'names' | 'aliases'>, query: string): boolean {
  const keys = new Set(personNameKeys(person));
  return queryNameKeys(query).some((key) => keys.has(key));
}

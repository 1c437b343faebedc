import { badRequest } from './sp-error';

/**
 * Splits the part of the URL after `/_api/` into segments such as
 * `getByTitle('O''Brien%20%26%20Co')`, `items(3)`, `addroleassignment(principalid=5, roledefid=1073741826)`.
 * Quotes are tracked so that `/`, `(` and `)` inside '...' never split (reference §0.1: PnPjs
 * doubles apostrophes then percent-encodes with encodeURIComponent).
 */
export type ArgValue = string | number | boolean | undefined;

export interface PathSegment {
  /** Lower-cased name, e.g. `getbytitle`, `items`. */
  name: string;
  /** Positional arguments, e.g. `('X')` → ['X']. */
  positional: ArgValue[];
  /** Named arguments with lower-cased keys, e.g. `decodedurl`. */
  named: Record<string, ArgValue>;
  hasArgs: boolean;
  raw: string;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let current = '';
  for (const ch of text) {
    if (ch === "'") inQuote = !inQuote;
    else if (!inQuote && ch === '(') depth++;
    else if (!inQuote && ch === ')') depth--;
    if (ch === separator && !inQuote && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Parses one literal: 'text' (with '' escapes), guid'…', numbers, true/false, null, @alias. */
export function parseArgValue(rawValue: string, aliases: URLSearchParams): ArgValue {
  // PnPjs writes `a=1, b=2`; the space arrives percent-encoded.
  const value = rawValue.replace(/^(?:\s|%20)+|(?:\s|%20)+$/g, '');
  if (value.startsWith('@')) {
    const aliased = aliases.get(value);
    return aliased === null ? undefined : parseArgValue(aliased, new URLSearchParams());
  }
  const quoted = /^(?:guid|datetime)?'([\s\S]*)'$/i.exec(value);
  if (quoted) return safeDecode(quoted[1].replace(/''/g, "'"));
  const decoded = safeDecode(value);
  if (/^-?\d+(\.\d+)?$/.test(decoded)) return Number(decoded);
  if (/^(true|false)$/i.test(decoded)) return decoded.toLowerCase() === 'true';
  if (decoded.toLowerCase() === 'null') return undefined;
  return decoded;
}

export function parseResourcePath(apiPath: string, query: URLSearchParams): PathSegment[] {
  const segments = splitOutside(apiPath, '/').filter((s) => s.length > 0);
  return segments.map((raw) => {
    const open = raw.indexOf('(');
    if (open < 0) return { name: safeDecode(raw).toLowerCase(), positional: [], named: {}, hasArgs: false, raw };
    if (!raw.endsWith(')')) throw badRequest(`The expression "${safeDecode(raw)}" is not valid.`);
    const name = safeDecode(raw.slice(0, open)).toLowerCase();
    const inner = raw.slice(open + 1, -1);
    const positional: ArgValue[] = [];
    const named: Record<string, ArgValue> = {};
    if (inner.trim().length > 0) {
      for (const part of splitOutside(inner, ',')) {
        const eq = /^(?:\s|%20)*([A-Za-z_][A-Za-z0-9_]*)(?:\s|%20)*=([\s\S]*)$/.exec(part);
        if (eq) named[eq[1].toLowerCase()] = parseArgValue(eq[2], query);
        else positional.push(parseArgValue(part, query));
      }
    }
    return { name, positional, named, hasArgs: true, raw };
  });
}

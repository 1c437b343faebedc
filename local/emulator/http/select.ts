import { badRequest, notImplemented, unknownProperty } from './sp-error';
import { spTypeHasProperty } from './sp-type-properties';

function listOption(query: URLSearchParams, name: string): string[] {
  return (query.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function findKey(properties: Record<string, unknown>, name: string): string | undefined {
  return Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase());
}

/** True when `$expand` names `navigation` (case-insensitively), so a handler adds it to the entity. */
export function isExpanded(query: URLSearchParams, navigation: string): boolean {
  return listOption(query, '$expand').some((e) => e.split('/')[0].toLowerCase() === navigation.toLowerCase());
}

/** Reference §2.4 wording (SPO's grammar: "must contains"). */
function notExpanded(head: string): Error {
  return badRequest(
    `The query to field '${head}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
    '-1, Microsoft.SharePoint.SPException'
  );
}

/** Keeps the named sub-properties of an expanded object (or of each object in an expanded collection). */
function pick(value: unknown, names: string[]): unknown {
  if (names.length === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((element) => pick(element, names));
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.results)) return { ...record, results: record.results.map((element) => pick(element, names)) };
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const key = findKey(record, name);
    if (key !== undefined) out[key] = record[key];
  }
  return out;
}

/**
 * `$expand` and `$select` on non-item entities (web, list, field, user...). Handlers add the
 * navigation properties they can expand; an `$expand` they did not serve answers 501 (400 when
 * SPO's type has no such property) instead of being ignored. `$select` keeps the named
 * properties; a name SPO's type does not define fails with 400, one it defines but the emulator
 * does not serialise with 501, and `Nav/Prop` needs `$expand=Nav`, as in SPO.
 */
export function projectSelect(properties: Record<string, unknown>, query: URLSearchParams, typeName: string): Record<string, unknown> {
  const expanded = listOption(query, '$expand');
  for (const nav of expanded) {
    const head = nav.split('/')[0];
    if (findKey(properties, head) !== undefined) continue;
    if (spTypeHasProperty(typeName, head)) throw notImplemented(`$expand of '${nav}' on ${typeName}`);
    throw unknownProperty(head, typeName);
  }
  const names = listOption(query, '$select').filter((s) => s !== '*');
  if (names.length === 0) return properties;
  const expandedHeads = new Set(expanded.map((e) => e.split('/')[0].toLowerCase()));
  const subSelects = new Map<string, string[]>();
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const [head, ...sub] = name.split('/');
    const key = findKey(properties, head);
    if (key === undefined) {
      if (spTypeHasProperty(typeName, head))
        throw sub.length > 0 ? notExpanded(head) : notImplemented(`$select of '${name}' on ${typeName}`);
      throw unknownProperty(head, typeName);
    }
    if (sub.length > 0) {
      if (!expandedHeads.has(head.toLowerCase())) throw notExpanded(head);
      subSelects.set(key, [...(subSelects.get(key) ?? []), sub.join('/')]);
    }
    out[key] = properties[key];
  }
  for (const [key, subs] of subSelects) out[key] = pick(properties[key], subs);
  return out;
}

import { badRequest } from './sp-error';

/** `$select` on non-item entities (web, list, field, user...): keep the named properties only. */
export function projectSelect(properties: Record<string, unknown>, query: URLSearchParams): Record<string, unknown> {
  const select = query.get('$select');
  if (!select) return properties;
  const names = select
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s !== '*');
  if (names.length === 0) return properties;
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const key = Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) {
      if (name.includes('/')) continue; // expanded navigation properties are not modelled
      throw badRequest(
        `The property '${name}' does not exist on this type.`,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException'
      );
    }
    out[key] = properties[key];
  }
  return out;
}

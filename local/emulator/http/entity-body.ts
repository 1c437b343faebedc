import { RequestContext } from './context';
import { checkConstraints } from './property-constraints';
import { notImplemented, unknownProperty } from './sp-error';
import { SP_TYPE_PROPERTIES } from './sp-type-properties';

/**
 * Validates a create or update body for an SPO entity type the way SPO's OData reader does,
 * before anything is changed:
 * - `__metadata` only with an `odata=verbose` body (reference §4.2);
 * - a property the type does not define: 400 "The property 'X' does not exist on type ..."
 *   (names are case-sensitive, as in OData JSON);
 * - a property SPO defines but the emulator does not honour (`supported`): 501, never ignored
 *   (so `supported` only ever widens what the type defines, e.g. MaxLength only on SP.FieldText);
 * - the documented value constraints (length, null, characters).
 */
export function checkEntityBody(
  ctx: RequestContext,
  body: Record<string, unknown>,
  typeName: string,
  supported: ReadonlySet<string>
): void {
  const verboseBody = (ctx.headers['content-type'] ?? '').toLowerCase().includes('odata=verbose');
  const defined = new Set(SP_TYPE_PROPERTIES[typeName] ?? []);
  for (const name of Object.keys(body)) {
    if (name === '__metadata' && verboseBody) continue;
    if (!defined.has(name)) throw unknownProperty(name, typeName);
    if (!supported.has(name)) throw notImplemented(`setting '${name}' on ${typeName}`);
  }
  checkConstraints(typeName, body);
}

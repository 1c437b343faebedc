import { RequestContext } from '../http/context';
import { badRequest, duplicateValues, etagMismatch } from '../http/sp-error';
import { coerceForWrite, isReferenceField } from '../store/field-types';
import { ListState } from '../store/list-state';
import { ItemRecord } from '../store/model';
import { itemEntityType, itemEtagHeader } from './item-serialiser';

/** System columns SPO does not let a plain REST add/update change; the emulator ignores them. */
const IGNORED_ON_WRITE = new Set([
  'id',
  'guid',
  'created',
  'modified',
  'authorid',
  'editorid',
  'attachments',
  'odata__uiversionstring',
  'filesystemobjecttype',
  'contenttypeid'
]);

/**
 * Turns a request body into stored values. Person/lookup columns are written as `<Name>Id`
 * (reference §2.4); `__metadata` is only accepted with an odata=verbose body (reference §4.2).
 */
export function valuesFromBody(ctx: RequestContext, list: ListState, body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const verboseBody = (ctx.headers['content-type'] ?? '').toLowerCase().includes('odata=verbose');
  const unknownProperty = (key: string): Error =>
    badRequest(
      `The property '${key}' does not exist on type '${itemEntityType(list)}'. Make sure to only use property names that are defined by the type.`,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException'
    );
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata') {
      if (!verboseBody) throw unknownProperty(key);
      continue;
    }
    if (IGNORED_ON_WRITE.has(key.toLowerCase())) continue;
    const internal = key.startsWith('OData_') ? key.slice('OData_'.length) : key;
    let field = list.fieldByInternalName(internal);
    if (field && isReferenceField(field)) throw unknownProperty(key);
    if (!field && /Id$/.test(internal)) {
      const reference = list.fieldByInternalName(internal.slice(0, -2));
      if (reference && isReferenceField(reference) && !reference.builtIn) field = reference;
    }
    if (!field && /StringId$/.test(internal)) {
      const reference = list.fieldByInternalName(internal.slice(0, -'StringId'.length));
      if (reference && isReferenceField(reference)) continue;
    }
    if (!field || (field.builtIn && field.readOnly)) throw unknownProperty(key);
    values[field.internalName] = coerceForWrite(field, raw);
  }
  return values;
}

/** Unique columns (reference §6): compares through the column's index, case-insensitively. */
export function enforceUnique(list: ListState, candidate: ItemRecord): void {
  const clashes: string[] = [];
  for (const field of list.record.fields) {
    if (!field.enforceUniqueValues) continue;
    const value = list.value(candidate, field);
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const index = list.index(field);
    const ids = index ? index.lookup(value) : [];
    if (ids.some((id) => id !== candidate.id)) clashes.push(field.title);
  }
  if (clashes.length > 0) throw duplicateValues(clashes);
}

/**
 * IF-Match check (reference §5.2/5.3): `*` or no header overwrites; otherwise the version in
 * `"3"` or `"<guid>,3"` must match, else 412 echoing the sent value.
 */
export function checkEtag(ctx: RequestContext, item: ItemRecord): void {
  const sent = ctx.headers['if-match'];
  if (sent === undefined || sent.trim() === '*' || sent.trim() === '') return;
  const inner = sent.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const [first, second] = inner.split(',');
  const version = Number(second ?? first);
  const guidMatches = second === undefined || first.toLowerCase() === item.guid.toLowerCase();
  if (!guidMatches || version !== item.version) throw etagMismatch(sent.trim(), itemEtagHeader(item));
}

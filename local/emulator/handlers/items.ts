import { randomUUID } from 'node:crypto';
import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { renderCollection, renderEntity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { emptyResponse, jsonResponse, scalarResponse } from '../http/responses';
import { accessDenied, itemNotFound } from '../http/sp-error';
import { expectEnd, unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { compileFilter, NestedReader } from '../odata/filter-eval';
import { parseFilter } from '../odata/filter-parser';
import { executeItemQuery } from '../odata/item-query';
import { parseItemQuery } from '../odata/query-options';
import { hasPermission, Permission } from '../security/base-permissions';
import { toSpDate } from '../store/field-types';
import { ListState } from '../store/list-state';
import { ItemRecord } from '../store/model';
import { handleAttachments } from './attachments';
import { itemEditLink, itemEtagHeader, readNested, serialiseItem } from './item-serialiser';
import { checkEtag, enforceUnique, valuesFromBody } from './item-writes';

function nestedReader(ctx: RequestContext, list: ListState): NestedReader {
  return (item, field, sub) => readNested(ctx, item, field, sub, list);
}

function itemMetadata(list: ListState, single: boolean): string {
  return `SP.ListData.${list.record.entityTypeName}Items${single ? '/@Element' : ''}`;
}

/** odata.nextLink: absolute, keeps the request path and query, SPO's lower-case %3d/%26 (reference §2.2). */
function nextLink(ctx: RequestContext, skipToken: string): string {
  const params = new URLSearchParams();
  ctx.query.forEach((value, key) => {
    if (key !== '$skiptoken') params.set(key, value);
  });
  const encoded = encodeURIComponent(skipToken).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  const rest = params.toString();
  return `${ctx.requestUrlWithoutQuery}?${rest ? `${rest}&` : ''}%24skiptoken=${encoded}`;
}

export function getItems(ctx: RequestContext, list: ListState): EmuResponse {
  const perms = ctx.permissions.forList(ctx.user, list);
  if (!hasPermission(perms, Permission.ViewListItems)) throw accessDenied();
  const options = parseItemQuery(ctx.query);
  const filter = options.filter ? parseFilter(options.filter) : undefined;
  const nested = nestedReader(ctx, list);
  const result = executeItemQuery({
    list,
    options,
    filter,
    predicate: filter ? compileFilter(filter, list, nested) : () => true,
    canRead: (item) => ctx.permissions.canReadItem(ctx.user, list, item, perms),
    nested,
    threshold: ctx.listViewThreshold
  });
  const entities = result.page.map((item) => serialiseItem(ctx, list, item, options.select, options.expand));
  const link = result.nextSkipToken ? nextLink(ctx, result.nextSkipToken) : undefined;
  return jsonResponse(ctx, renderCollection(ctx.render, entities, itemMetadata(list, false), link));
}

export function renderItem(ctx: RequestContext, list: ListState, item: ItemRecord, status: number = 200): EmuResponse {
  const options = parseItemQuery(ctx.query);
  const entity = serialiseItem(ctx, list, item, options.select, options.expand);
  const headers: Record<string, string> = { ETag: itemEtagHeader(item) };
  if (status === 201) headers.Location = `${ctx.webUrl}/_api/${itemEditLink(list, item)}`;
  return jsonResponse(ctx, renderEntity(ctx.render, entity, itemMetadata(list, true)), status, headers);
}

/** Creates an item (also used for files and folders in libraries). */
export function createItem(
  ctx: RequestContext,
  list: ListState,
  values: Record<string, unknown>,
  extra: Partial<ItemRecord> = {}
): ItemRecord {
  const now = toSpDate(new Date());
  const item: ItemRecord = {
    id: list.record.nextItemId,
    guid: randomUUID(),
    version: 1,
    authorId: ctx.user.id,
    editorId: ctx.user.id,
    created: now,
    modified: now,
    values,
    attachments: [],
    fsObjType: 0,
    ...extra
  };
  enforceUnique(list, item);
  list.record.nextItemId++;
  list.record.lastItemModified = now;
  list.insert(item);
  ctx.store.changed();
  return item;
}

export function updateItem(ctx: RequestContext, list: ListState, item: ItemRecord, values: Record<string, unknown>): ItemRecord {
  const next: ItemRecord = {
    ...item,
    values: { ...item.values, ...values },
    version: item.version + 1,
    editorId: ctx.user.id,
    modified: toSpDate(new Date())
  };
  enforceUnique(list, next);
  list.replace(item, next);
  list.record.lastItemModified = next.modified;
  ctx.store.changed();
  return next;
}

function requireWritable(ctx: RequestContext, list: ListState, item: ItemRecord, permission: number): void {
  const perms = ctx.permissions.forList(ctx.user, list);
  if (!hasPermission(perms, permission)) throw accessDenied();
  // An item the user cannot read under ReadSecurity=2 does not exist for them.
  if (!ctx.permissions.canReadItem(ctx.user, list, item, perms) && hasPermission(perms, Permission.ViewListItems)) throw itemNotFound();
  if (!ctx.permissions.canWriteItem(ctx.user, list, item, perms)) throw accessDenied();
}

export function findItem(list: ListState, id: number): ItemRecord {
  const item = list.items.get(id);
  if (!item) throw itemNotFound();
  return item;
}

export function deleteOrRecycle(ctx: RequestContext, list: ListState, item: ItemRecord, recycle: boolean): EmuResponse {
  requireWritable(ctx, list, item, Permission.DeleteListItems);
  checkEtag(ctx, item);
  list.remove(item);
  ctx.store.changed();
  if (recycle) return scalarResponse(ctx, 'Recycle', ctx.store.moveToRecycleBin(list, item, ctx.user.id), 'Edm.Guid');
  return emptyResponse(200);
}

/** One item and what hangs below it; also reached as a file's or folder's `listItemAllFields`. */
export function handleItem(ctx: RequestContext, list: ListState, item: ItemRecord, rest: PathSegment[]): EmuResponse {
  if (rest.length > 0) {
    const [next, ...tail] = rest;
    if (next.name === 'attachmentfiles') return handleAttachments(ctx, list, item, next, tail);
    if (next.name !== 'recycle' && next.name !== 'deletewithparameters') throw unsupportedSegment('SP.ListItem', next);
    expectEnd(ctx.method, tail, 'SP.ListItem', 'POST');
    return deleteOrRecycle(ctx, list, item, next.name === 'recycle');
  }
  switch (ctx.method) {
    case 'GET': {
      const perms = ctx.permissions.forList(ctx.user, list);
      if (!hasPermission(perms, Permission.ViewListItems)) throw accessDenied();
      if (!ctx.permissions.canReadItem(ctx.user, list, item, perms)) throw itemNotFound();
      return renderItem(ctx, list, item);
    }
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      requireWritable(ctx, list, item, Permission.EditListItems);
      checkEtag(ctx, item);
      const updated = updateItem(ctx, list, item, valuesFromBody(ctx, list, jsonBody(ctx)));
      return emptyResponse(204, { ETag: itemEtagHeader(updated) });
    }
    case 'DELETE':
      return deleteOrRecycle(ctx, list, item, false);
    default:
      throw unsupportedMethod(ctx.method, 'SP.ListItem');
  }
}

/** `/items`, `/items(n)`, `/items/getById(n)` and what hangs below an item. */
export function handleItems(ctx: RequestContext, list: ListState, itemsSegment: PathSegment, rest: PathSegment[]): EmuResponse {
  if (itemsSegment.hasArgs) return handleItem(ctx, list, findItem(list, Number(itemsSegment.positional[0])), rest);
  if (rest.length > 0 && rest[0].name === 'getbyid')
    return handleItem(ctx, list, findItem(list, Number(rest[0].positional[0])), rest.slice(1));
  if (rest.length > 0) throw unsupportedSegment('SP.ListItemCollection', rest[0]);
  if (ctx.method === 'GET') return getItems(ctx, list);
  if (ctx.method === 'POST') {
    ctx.permissions.requireList(ctx.user, list, Permission.AddListItems);
    const item = createItem(ctx, list, valuesFromBody(ctx, list, jsonBody(ctx)));
    return renderItem(ctx, list, item, 201);
  }
  throw unsupportedMethod(ctx.method, 'SP.ListItemCollection');
}

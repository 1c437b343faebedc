import { randomUUID } from 'node:crypto';
import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { checkEntityBody } from '../http/entity-body';
import { collectionResponse, entityResponse } from '../http/entity-response';
import { Entity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { binaryResponse, emptyResponse } from '../http/responses';
import { accessDenied, notImplemented, SpError } from '../http/sp-error';
import { expectEnd, unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { hasPermission, Permission } from '../security/base-permissions';
import { toSpDate } from '../store/field-types';
import { ListState } from '../store/list-state';
import { ItemRecord } from '../store/model';
import { createItem, deleteOrRecycle, handleItem, updateItem } from './items';

function notFound(): SpError {
  return new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

function alreadyExists(url: string): SpError {
  return new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${url} already exists.`);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function resolveList(ctx: RequestContext, url: string): ListState {
  const list = ctx.store.listByUrl(url);
  if (!list) throw notFound();
  return list;
}

function findEntry(list: ListState, url: string, folder: boolean): ItemRecord | undefined {
  const wanted = trimSlash(url).toLowerCase();
  for (const item of list.items.values()) {
    if (item.file && (item.fsObjType === 1) === folder && `${item.file.folderUrl}/${item.file.name}`.toLowerCase() === wanted) return item;
  }
  return undefined;
}

function readable(ctx: RequestContext, list: ListState, item?: ItemRecord): void {
  const perms = ctx.permissions.forList(ctx.user, list);
  if (!hasPermission(perms, Permission.ViewListItems)) throw accessDenied();
  if (item && !ctx.permissions.canReadItem(ctx.user, list, item, perms)) throw notFound();
}

export function folderEntity(ctx: RequestContext, list: ListState, url: string, item?: ItemRecord): Entity {
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(url.replace(/'/g, "''"))}')`;
  const children = [...list.items.values()].filter(
    (i) => i.file && i.file.folderUrl.toLowerCase() === url.toLowerCase() && i.fsObjType === 0
  );
  return {
    type: 'SP.Folder',
    id: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
    properties: {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: children.length,
      Name: url.slice(url.lastIndexOf('/') + 1),
      ServerRelativeUrl: url,
      TimeCreated: item?.created ?? list.record.created,
      TimeLastModified: item?.modified ?? list.record.lastItemModified,
      UniqueId: item?.file?.uniqueId ?? list.record.id,
      WelcomePage: ''
    }
  };
}

function fileEntity(ctx: RequestContext, item: ItemRecord): Entity {
  const file = item.file!;
  const url = `${file.folderUrl}/${file.name}`;
  const link = `Web/GetFileByServerRelativePath(decodedurl='${encodeURIComponent(url.replace(/'/g, "''"))}')`;
  return {
    type: 'SP.File',
    id: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
    properties: {
      CheckInComment: '',
      CheckOutType: 2,
      ContentTag: `{${file.uniqueId.toUpperCase()}},${item.version},${item.version}`,
      CustomizedPageStatus: 0,
      ETag: `"{${file.uniqueId.toUpperCase()}},${item.version}"`,
      Exists: true,
      Length: String(file.length),
      Level: 1,
      MajorVersion: item.version,
      MinorVersion: 0,
      Name: file.name,
      ServerRelativeUrl: url,
      TimeCreated: file.timeCreated,
      TimeLastModified: file.timeLastModified,
      Title: item.values.Title ?? '',
      UIVersion: item.version * 512,
      UIVersionLabel: `${item.version}.0`,
      UniqueId: file.uniqueId
    }
  };
}

function addFile(ctx: RequestContext, list: ListState, folderUrl: string, name: string, overwrite: boolean): EmuResponse {
  const leaf = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  const targetFolder = name.startsWith('/') ? trimSlash(name.slice(0, name.lastIndexOf('/'))) : folderUrl;
  const existing = findEntry(list, `${targetFolder}/${leaf}`, false);
  const now = toSpDate(new Date());
  if (existing) {
    if (!overwrite) throw alreadyExists(`${targetFolder}/${leaf}`);
    ctx.permissions.requireList(ctx.user, list, Permission.EditListItems);
    const updated = updateItem(ctx, list, existing, {});
    updated.file = { ...existing.file!, contentBase64: ctx.body.toString('base64'), length: ctx.body.length, timeLastModified: now };
    return entityResponse(ctx, fileEntity(ctx, updated), 'SP.ApiData.Files12/@Element');
  }
  ctx.permissions.requireList(ctx.user, list, Permission.AddListItems);
  const item = createItem(
    ctx,
    list,
    {},
    {
      file: {
        name: leaf,
        folderUrl: targetFolder,
        uniqueId: randomUUID(),
        contentBase64: ctx.body.toString('base64'),
        length: ctx.body.length,
        timeCreated: now,
        timeLastModified: now
      }
    }
  );
  return entityResponse(ctx, fileEntity(ctx, item), 'SP.ApiData.Files12/@Element');
}

function addFolder(ctx: RequestContext, list: ListState, parentUrl: string, path: string): EmuResponse {
  const full = path.startsWith('/') ? trimSlash(path) : `${parentUrl}/${trimSlash(path)}`;
  const folderUrl = full.slice(0, full.lastIndexOf('/'));
  const name = full.slice(full.lastIndexOf('/') + 1);
  const existing = findEntry(list, full, true);
  if (existing) return entityResponse(ctx, folderEntity(ctx, list, full, existing), 'SP.ApiData.Folders/@Element');
  ctx.permissions.requireList(ctx.user, list, Permission.AddListItems);
  const now = toSpDate(new Date());
  const item = createItem(
    ctx,
    list,
    { Title: name },
    {
      fsObjType: 1,
      file: { name, folderUrl, uniqueId: randomUUID(), contentBase64: '', length: 0, timeCreated: now, timeLastModified: now }
    }
  );
  return entityResponse(ctx, folderEntity(ctx, list, full, item), 'SP.ApiData.Folders/@Element');
}

/** `/web/folders/addUsingPath(DecodedUrl='/sites/ccm/Letters/Sub')`; the web's folder list itself is not served. */
export function handleWebFolders(ctx: RequestContext, rest: PathSegment[]): EmuResponse {
  const [action, ...tail] = rest;
  if (!action) throw unsupportedMethod(ctx.method, "the web's SP.FolderCollection");
  if (action.name !== 'addusingpath') throw unsupportedSegment('SP.FolderCollection', action);
  expectEnd(ctx.method, tail, 'SP.FolderCollection', 'POST');
  const url = String(action.named.decodedurl ?? '');
  return addFolder(ctx, resolveList(ctx, url), '', url);
}

/** No SP.File or SP.Folder property is writable in the emulator. */
const NOTHING_WRITABLE: ReadonlySet<string> = new Set();

/** MERGE on a file or folder: SPO's type check, then 501 (their properties are not writable here). */
function refuseUpdate(ctx: RequestContext, typeName: string): never {
  if (ctx.method === 'MERGE' || ctx.method === 'PATCH') checkEntityBody(ctx, jsonBody(ctx), typeName, NOTHING_WRITABLE);
  throw unsupportedMethod(ctx.method, typeName);
}

/** A folder (a library's root folder or a folder item) and what hangs below it. */
export function handleFolder(ctx: RequestContext, rawUrl: string, rest: PathSegment[]): EmuResponse {
  const url = trimSlash(rawUrl);
  const list = resolveList(ctx, url);
  const isRoot = url.toLowerCase() === list.record.rootFolderUrl.toLowerCase();
  const folderItem = isRoot ? undefined : findEntry(list, url, true);
  if (!isRoot && !folderItem) throw notFound();
  readable(ctx, list, folderItem);
  const [next, ...tail] = rest;
  if (!next) {
    if (ctx.method === 'GET') return entityResponse(ctx, folderEntity(ctx, list, url, folderItem), 'SP.ApiData.Folders/@Element');
    if (ctx.method === 'DELETE' && folderItem) return deleteOrRecycle(ctx, list, folderItem, false);
    refuseUpdate(ctx, 'SP.Folder');
  }
  switch (next.name) {
    case 'files':
      return handleFiles(ctx, list, url, next, tail);
    case 'folders':
      return handleSubFolders(ctx, list, url, next, tail);
    case 'addsubfolderusingpath': {
      expectEnd(ctx.method, tail, 'SP.Folder', 'POST');
      const leaf = (jsonBody(ctx).leafPath ?? {}) as { DecodedUrl?: string };
      addFolder(ctx, list, url, String(leaf.DecodedUrl ?? ''));
      return emptyResponse(200);
    }
    case 'listitemallfields':
      // A library's root folder has no list item (SPO answers null there); the emulator refuses instead.
      if (!folderItem) throw notImplemented("'ListItemAllFields' of a library's root folder");
      return handleItem(ctx, list, folderItem, tail);
    case 'recycle':
      if (!folderItem) throw notImplemented("recycling a library's root folder");
      expectEnd(ctx.method, tail, 'SP.Folder', 'POST');
      return deleteOrRecycle(ctx, list, folderItem, true);
    default:
      throw unsupportedSegment('SP.Folder', next);
  }
}

/** `<folder>/files`: the folder's files (honouring $filter etc.), one file, add / addUsingPath. */
function handleFiles(ctx: RequestContext, list: ListState, url: string, segment: PathSegment, rest: PathSegment[]): EmuResponse {
  const [action, ...tail] = rest;
  if (segment.hasArgs) return handleFile(ctx, `${url}/${String(segment.positional[0] ?? '')}`, rest);
  if (action?.name === 'getbyurl') return handleFile(ctx, `${url}/${String(action.positional[0] ?? '')}`, tail);
  if (action?.name === 'addusingpath' || action?.name === 'add') {
    expectEnd(ctx.method, tail, 'SP.FileCollection', 'POST');
    const name = String(action.named.decodedurl ?? action.named.url ?? '');
    return addFile(ctx, list, url, name, action.named.overwrite === true);
  }
  if (action) throw unsupportedSegment('SP.FileCollection', action);
  if (ctx.method !== 'GET') throw unsupportedMethod(ctx.method, 'SP.FileCollection');
  const perms = ctx.permissions.forList(ctx.user, list);
  const files = [...list.items.values()].filter(
    (i) =>
      i.file &&
      i.fsObjType === 0 &&
      i.file.folderUrl.toLowerCase() === url.toLowerCase() &&
      ctx.permissions.canReadItem(ctx.user, list, i, perms)
  );
  return collectionResponse(
    ctx,
    files.map((i) => fileEntity(ctx, i)),
    'SP.ApiData.Files12',
    'SP.File'
  );
}

/** `<folder>/folders`: sub-folders (honouring $filter etc.), one sub-folder, addUsingPath. */
function handleSubFolders(ctx: RequestContext, list: ListState, url: string, segment: PathSegment, rest: PathSegment[]): EmuResponse {
  const [action, ...tail] = rest;
  if (segment.hasArgs) return handleFolder(ctx, `${url}/${String(segment.positional[0] ?? '')}`, rest);
  if (action?.name === 'getbyurl') return handleFolder(ctx, `${url}/${String(action.positional[0] ?? '')}`, tail);
  if (action?.name === 'addusingpath') {
    expectEnd(ctx.method, tail, 'SP.FolderCollection', 'POST');
    return addFolder(ctx, list, url, String(action.named.decodedurl ?? ''));
  }
  if (action) throw unsupportedSegment('SP.FolderCollection', action);
  if (ctx.method !== 'GET') throw unsupportedMethod(ctx.method, 'SP.FolderCollection');
  const folders = [...list.items.values()].filter(
    (i) => i.file && i.fsObjType === 1 && i.file.folderUrl.toLowerCase() === url.toLowerCase()
  );
  return collectionResponse(
    ctx,
    folders.map((i) => folderEntity(ctx, list, `${i.file!.folderUrl}/${i.file!.name}`, i)),
    'SP.ApiData.Folders',
    'SP.Folder'
  );
}

/** PUT on a file's `$value`: new content, a new version. */
function replaceContent(ctx: RequestContext, list: ListState, item: ItemRecord): EmuResponse {
  ctx.permissions.requireList(ctx.user, list, Permission.EditListItems);
  const updated = updateItem(ctx, list, item, {});
  updated.file = {
    ...item.file!,
    contentBase64: ctx.body.toString('base64'),
    length: ctx.body.length,
    timeLastModified: updated.modified
  };
  return emptyResponse(204);
}

/** A file: properties, `$value` download/upload, `listItemAllFields`, delete, recycle. */
export function handleFile(ctx: RequestContext, rawUrl: string, rest: PathSegment[]): EmuResponse {
  const url = trimSlash(rawUrl);
  const list = resolveList(ctx, url);
  const item = findEntry(list, url, false);
  if (!item || !item.file) throw notFound();
  readable(ctx, list, item);
  const [next, ...tail] = rest;
  if (!next) {
    if (ctx.method === 'GET') return entityResponse(ctx, fileEntity(ctx, item), 'SP.ApiData.Files12/@Element');
    if (ctx.method === 'DELETE') return deleteOrRecycle(ctx, list, item, false);
    refuseUpdate(ctx, 'SP.File');
  }
  switch (next.name) {
    case '$value':
      expectEnd(ctx.method, tail, 'SP.File', 'GET', 'PUT');
      if (ctx.method === 'GET') return binaryResponse(Buffer.from(item.file.contentBase64, 'base64'));
      return replaceContent(ctx, list, item);
    case 'listitemallfields':
      return handleItem(ctx, list, item, tail);
    case 'recycle':
      expectEnd(ctx.method, tail, 'SP.File', 'POST');
      return deleteOrRecycle(ctx, list, item, true);
    default:
      throw unsupportedSegment('SP.File', next);
  }
}

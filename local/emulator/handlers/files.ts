import { randomUUID } from 'node:crypto';
import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { Entity, renderCollection, renderEntity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { binaryResponse, emptyResponse, jsonResponse } from '../http/responses';
import { accessDenied, resourceNotFound, SpError } from '../http/sp-error';
import { hasPermission, Permission } from '../security/base-permissions';
import { toSpDate } from '../store/field-types';
import { ListState } from '../store/list-state';
import { ItemRecord } from '../store/model';
import { createItem, deleteOrRecycle, renderItem, updateItem } from './items';

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

function folderEntity(ctx: RequestContext, list: ListState, url: string, item?: ItemRecord): Entity {
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
    return jsonResponse(ctx, renderEntity(ctx.render, fileEntity(ctx, updated), 'SP.ApiData.Files12/@Element'));
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
  return jsonResponse(ctx, renderEntity(ctx.render, fileEntity(ctx, item), 'SP.ApiData.Files12/@Element'));
}

function addFolder(ctx: RequestContext, list: ListState, parentUrl: string, path: string): EmuResponse {
  const full = path.startsWith('/') ? trimSlash(path) : `${parentUrl}/${trimSlash(path)}`;
  const folderUrl = full.slice(0, full.lastIndexOf('/'));
  const name = full.slice(full.lastIndexOf('/') + 1);
  const existing = findEntry(list, full, true);
  if (existing) return jsonResponse(ctx, renderEntity(ctx.render, folderEntity(ctx, list, full, existing), 'SP.ApiData.Folders/@Element'));
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
  return jsonResponse(ctx, renderEntity(ctx.render, folderEntity(ctx, list, full, item), 'SP.ApiData.Folders/@Element'));
}

/** `/web/folders/addUsingPath(DecodedUrl='/sites/ccm/Letters/Sub')`. */
export function handleWebFolders(ctx: RequestContext, rest: PathSegment[]): EmuResponse {
  const action = rest[0];
  if (action?.name === 'addusingpath' && ctx.method === 'POST') {
    const url = String(action.named.decodedurl ?? '');
    return addFolder(ctx, resolveList(ctx, url), '', url);
  }
  throw resourceNotFound(action?.raw ?? 'folders');
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
    if (ctx.method === 'GET')
      return jsonResponse(ctx, renderEntity(ctx.render, folderEntity(ctx, list, url, folderItem), 'SP.ApiData.Folders/@Element'));
    if (ctx.method === 'DELETE' && folderItem) return deleteOrRecycle(ctx, list, folderItem, false);
    throw resourceNotFound(ctx.method);
  }
  switch (next.name) {
    case 'files': {
      const action = tail[0];
      if (next.hasArgs || action?.name === 'getbyurl') {
        const name = String((next.hasArgs ? next.positional[0] : action.positional[0]) ?? '');
        return handleFile(ctx, `${url}/${name}`, next.hasArgs ? tail : tail.slice(1));
      }
      if (action && ctx.method === 'POST' && (action.name === 'addusingpath' || action.name === 'add')) {
        const name = String(action.named.decodedurl ?? action.named.url ?? '');
        return addFile(ctx, list, url, name, action.named.overwrite === true);
      }
      if (action) throw resourceNotFound(action.raw);
      const files = [...list.items.values()].filter(
        (i) => i.file && i.fsObjType === 0 && i.file.folderUrl.toLowerCase() === url.toLowerCase()
      );
      const perms = ctx.permissions.forList(ctx.user, list);
      const visible = files.filter((i) => ctx.permissions.canReadItem(ctx.user, list, i, perms));
      return jsonResponse(
        ctx,
        renderCollection(
          ctx.render,
          visible.map((i) => fileEntity(ctx, i)),
          'SP.ApiData.Files12'
        )
      );
    }
    case 'folders': {
      const action = tail[0];
      if (action?.name === 'addusingpath' && ctx.method === 'POST') return addFolder(ctx, list, url, String(action.named.decodedurl ?? ''));
      if (next.hasArgs || action?.name === 'getbyurl') {
        const name = String((next.hasArgs ? next.positional[0] : action.positional[0]) ?? '');
        return handleFolder(ctx, `${url}/${name}`, next.hasArgs ? tail : tail.slice(1));
      }
      if (action) throw resourceNotFound(action.raw);
      const folders = [...list.items.values()].filter(
        (i) => i.file && i.fsObjType === 1 && i.file.folderUrl.toLowerCase() === url.toLowerCase()
      );
      return jsonResponse(
        ctx,
        renderCollection(
          ctx.render,
          folders.map((i) => folderEntity(ctx, list, `${i.file!.folderUrl}/${i.file!.name}`, i)),
          'SP.ApiData.Folders'
        )
      );
    }
    case 'addsubfolderusingpath': {
      const leaf = (jsonBody(ctx).leafPath ?? {}) as { DecodedUrl?: string };
      addFolder(ctx, list, url, String(leaf.DecodedUrl ?? ''));
      return emptyResponse(200);
    }
    case 'listitemallfields':
      if (!folderItem) throw resourceNotFound(next.raw);
      return renderItem(ctx, list, folderItem);
    case 'recycle':
      if (!folderItem) throw resourceNotFound(next.raw);
      return deleteOrRecycle(ctx, list, folderItem, true);
    default:
      throw resourceNotFound(next.raw);
  }
}

/** A file: properties, `$value` download/upload, `listItemAllFields`, delete, recycle. */
export function handleFile(ctx: RequestContext, rawUrl: string, rest: PathSegment[]): EmuResponse {
  const url = trimSlash(rawUrl);
  const list = resolveList(ctx, url);
  const item = findEntry(list, url, false);
  if (!item || !item.file) throw notFound();
  readable(ctx, list, item);
  const [next] = rest;
  if (!next) {
    if (ctx.method === 'GET') return jsonResponse(ctx, renderEntity(ctx.render, fileEntity(ctx, item), 'SP.ApiData.Files12/@Element'));
    if (ctx.method === 'DELETE') return deleteOrRecycle(ctx, list, item, false);
    throw resourceNotFound(ctx.method);
  }
  switch (next.name) {
    case '$value':
      if (ctx.method === 'GET') return binaryResponse(Buffer.from(item.file.contentBase64, 'base64'));
      if (ctx.method === 'PUT') {
        ctx.permissions.requireList(ctx.user, list, Permission.EditListItems);
        const updated = updateItem(ctx, list, item, {});
        updated.file = {
          ...item.file,
          contentBase64: ctx.body.toString('base64'),
          length: ctx.body.length,
          timeLastModified: updated.modified
        };
        return emptyResponse(204);
      }
      throw resourceNotFound(ctx.method);
    case 'listitemallfields':
      return renderItem(ctx, list, item);
    case 'recycle':
      return deleteOrRecycle(ctx, list, item, true);
    default:
      throw resourceNotFound(next.raw);
  }
}

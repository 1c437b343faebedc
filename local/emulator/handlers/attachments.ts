import { EmuResponse, RequestContext } from '../http/context';
import { collectionResponse, entityResponse } from '../http/entity-response';
import { Entity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { binaryResponse, emptyResponse } from '../http/responses';
import { accessDenied, badRequest, fileNotFound, itemNotFound } from '../http/sp-error';
import { expectEnd, unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { hasPermission, Permission } from '../security/base-permissions';
import { toSpDate } from '../store/field-types';
import { ListState } from '../store/list-state';
import { AttachmentRecord, ItemRecord } from '../store/model';

function attachmentEntity(ctx: RequestContext, list: ListState, item: ItemRecord, attachment: AttachmentRecord): Entity {
  const url = `${list.record.rootFolderUrl}/Attachments/${item.id}/${attachment.fileName}`;
  return {
    type: 'SP.Attachment',
    id: `${ctx.webUrl}/_api/Web/Lists(guid'${list.record.id}')/Items(${item.id})/AttachmentFiles('${encodeURIComponent(attachment.fileName)}')`,
    editLink: `Web/Lists(guid'${list.record.id}')/Items(${item.id})/AttachmentFiles('${encodeURIComponent(attachment.fileName)}')`,
    properties: {
      FileName: attachment.fileName,
      FileNameAsPath: { DecodedUrl: attachment.fileName },
      ServerRelativePath: { DecodedUrl: url },
      ServerRelativeUrl: url
    }
  };
}

/** Changing attachments changes the item, so SPO requires EditListItems (not just AddListItems). */
function requireEdit(ctx: RequestContext, list: ListState, item: ItemRecord): void {
  const perms = ctx.permissions.forList(ctx.user, list);
  if (!hasPermission(perms, Permission.EditListItems) || !ctx.permissions.canWriteItem(ctx.user, list, item, perms)) throw accessDenied();
}

function replaceAttachments(ctx: RequestContext, list: ListState, item: ItemRecord, attachments: AttachmentRecord[]): ItemRecord {
  const next: ItemRecord = { ...item, attachments, modified: toSpDate(new Date()) };
  list.replace(item, next);
  ctx.store.changed();
  return next;
}

function addAttachment(ctx: RequestContext, list: ListState, item: ItemRecord, action: PathSegment): EmuResponse {
  requireEdit(ctx, list, item);
  const fileName = String(action.named.filename ?? action.positional[0] ?? '');
  if (!fileName) throw badRequest('A file name is required.');
  if (item.attachments.some((a) => a.fileName.toLowerCase() === fileName.toLowerCase())) {
    throw badRequest(`A file with the name ${fileName} already exists.`, '-2130575257, Microsoft.SharePoint.SPException');
  }
  const attachment: AttachmentRecord = { fileName, contentBase64: ctx.body.toString('base64') };
  const next = replaceAttachments(ctx, list, item, [...item.attachments, attachment]);
  return entityResponse(ctx, attachmentEntity(ctx, list, next, attachment), 'SP.ApiData.Attachments/@Element');
}

/** One attachment: properties, `$value` (GET download, PUT = PnPjs setContent), delete, recycleObject. */
function handleAttachment(
  ctx: RequestContext,
  list: ListState,
  item: ItemRecord,
  attachment: AttachmentRecord,
  rest: PathSegment[]
): EmuResponse {
  const [next, ...tail] = rest;
  if (!next) {
    if (ctx.method === 'GET') return entityResponse(ctx, attachmentEntity(ctx, list, item, attachment), 'SP.ApiData.Attachments/@Element');
    if (ctx.method !== 'DELETE') throw unsupportedMethod(ctx.method, 'SP.Attachment');
    requireEdit(ctx, list, item);
    replaceAttachments(
      ctx,
      list,
      item,
      item.attachments.filter((a) => a !== attachment)
    );
    return emptyResponse(200);
  }
  if (next.name === '$value') {
    expectEnd(ctx.method, tail, 'SP.Attachment', 'GET', 'PUT');
    if (ctx.method === 'GET') return binaryResponse(Buffer.from(attachment.contentBase64, 'base64'));
    requireEdit(ctx, list, item);
    const replaced: AttachmentRecord = { ...attachment, contentBase64: ctx.body.toString('base64') };
    replaceAttachments(
      ctx,
      list,
      item,
      item.attachments.map((a) => (a === attachment ? replaced : a))
    );
    return emptyResponse(204);
  }
  if (next.name === 'recycleobject') {
    expectEnd(ctx.method, tail, 'SP.Attachment', 'POST');
    requireEdit(ctx, list, item);
    replaceAttachments(
      ctx,
      list,
      item,
      item.attachments.filter((a) => a !== attachment)
    );
    return emptyResponse(200);
  }
  throw unsupportedSegment('SP.Attachment', next);
}

/** Item attachments: list, add(FileName='x'), ('x') / getByFileName('x') and what hangs below one. */
export function handleAttachments(
  ctx: RequestContext,
  list: ListState,
  item: ItemRecord,
  segment: PathSegment,
  rest: PathSegment[]
): EmuResponse {
  const perms = ctx.permissions.forList(ctx.user, list);
  if (!hasPermission(perms, Permission.ViewListItems)) throw accessDenied();
  // As for the item itself: an item the user cannot read under ReadSecurity=2 does not exist
  // for them, and neither do its attachments (404, not 403).
  if (!ctx.permissions.canReadItem(ctx.user, list, item, perms)) throw itemNotFound();
  let name: string | undefined = segment.hasArgs ? String(segment.positional[0]) : undefined;
  let tail = rest;
  if (!name && tail[0]?.name === 'getbyfilename') {
    name = String(tail[0].positional[0]);
    tail = tail.slice(1);
  }
  if (name !== undefined) {
    const wanted = name.toLowerCase();
    const attachment = item.attachments.find((a) => a.fileName.toLowerCase() === wanted);
    if (!attachment) throw fileNotFound();
    return handleAttachment(ctx, list, item, attachment, tail);
  }
  const [action, ...afterAction] = tail;
  if (action?.name === 'add') {
    expectEnd(ctx.method, afterAction, 'SP.AttachmentCollection', 'POST');
    return addAttachment(ctx, list, item, action);
  }
  if (action) throw unsupportedSegment('SP.AttachmentCollection', action);
  if (ctx.method !== 'GET') throw unsupportedMethod(ctx.method, 'SP.AttachmentCollection');
  const entities = item.attachments.map((a) => attachmentEntity(ctx, list, item, a));
  return collectionResponse(ctx, entities, 'SP.ApiData.Attachments', 'SP.Attachment');
}

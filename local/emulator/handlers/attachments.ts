import { EmuResponse, RequestContext } from '../http/context';
import { Entity, renderCollection, renderEntity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { binaryResponse, emptyResponse, jsonResponse } from '../http/responses';
import { accessDenied, badRequest, fileNotFound, itemNotFound, resourceNotFound } from '../http/sp-error';
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

/** Item attachments: list, add(FileName='x'), ('x') / getByFileName('x'), $value, delete. */
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
  if (!name && tail[0]?.name === 'add' && ctx.method === 'POST') {
    // Adding an attachment changes the item, so SPO requires EditListItems, not just AddListItems.
    if (!hasPermission(perms, Permission.EditListItems) || !ctx.permissions.canWriteItem(ctx.user, list, item, perms)) throw accessDenied();
    const fileName = String(tail[0].named.filename ?? tail[0].positional[0] ?? '');
    if (!fileName) throw badRequest('A file name is required.');
    if (item.attachments.some((a) => a.fileName.toLowerCase() === fileName.toLowerCase())) {
      throw badRequest(`A file with the name ${fileName} already exists.`, '-2130575257, Microsoft.SharePoint.SPException');
    }
    const attachment: AttachmentRecord = { fileName, contentBase64: ctx.body.toString('base64') };
    const next: ItemRecord = { ...item, attachments: [...item.attachments, attachment], modified: toSpDate(new Date()) };
    list.replace(item, next);
    ctx.store.changed();
    return jsonResponse(ctx, renderEntity(ctx.render, attachmentEntity(ctx, list, next, attachment), 'SP.ApiData.Attachments/@Element'));
  }
  if (!name) {
    if (tail.length > 0) throw resourceNotFound(tail[0].raw);
    const entities = item.attachments.map((a) => attachmentEntity(ctx, list, item, a));
    return jsonResponse(ctx, renderCollection(ctx.render, entities, 'SP.ApiData.Attachments'));
  }
  const attachment = item.attachments.find((a) => a.fileName.toLowerCase() === name?.toLowerCase());
  if (!attachment) throw fileNotFound();
  if (tail[0]?.name === '$value') return binaryResponse(Buffer.from(attachment.contentBase64, 'base64'));
  if (ctx.method === 'DELETE' || tail[0]?.name === 'recycleobject') {
    if (!hasPermission(perms, Permission.EditListItems)) throw accessDenied();
    const next: ItemRecord = { ...item, attachments: item.attachments.filter((a) => a !== attachment) };
    list.replace(item, next);
    ctx.store.changed();
    return emptyResponse(200);
  }
  return jsonResponse(ctx, renderEntity(ctx.render, attachmentEntity(ctx, list, item, attachment), 'SP.ApiData.Attachments/@Element'));
}

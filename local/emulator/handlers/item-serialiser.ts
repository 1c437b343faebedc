import { randomUUID } from 'node:crypto';
import { RequestContext } from '../http/context';
import { JSON_NULL, orNull } from '../http/json-null';
import { Entity, renderPrimitiveCollection } from '../http/odata-format';
import { badRequest, notImplemented } from '../http/sp-error';
import { FieldKind, isReferenceField } from '../store/field-types';
import { ListState } from '../store/list-state';
import { FieldDef, ItemRecord, UserRecord } from '../store/model';

/** Fields starting with `_` are exposed as `OData__x` (reference §2.3). */
export function wireName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

export function itemEntityType(list: ListState): string {
  return `SP.Data.${list.record.entityTypeName}Item`;
}

export function itemEditLink(list: ListState, item: ItemRecord): string {
  return `Web/Lists(guid'${list.record.id}')/Items(${item.id})`;
}

/** Item ETag header form `"<GUID>,<version>"` (reference §4.2, §5.3). */
export function itemEtagHeader(item: ItemRecord): string {
  return `"${item.guid},${item.version}"`;
}

function userProperties(user: UserRecord): Record<string, unknown> {
  return {
    Id: user.id,
    ID: user.id,
    Title: user.title,
    EMail: user.email,
    Name: user.loginName,
    UserName: user.email,
    Department: JSON_NULL,
    JobTitle: JSON_NULL
  };
}

/** Reads `Author/Title`, `Customer/Title`... for $filter, $orderby and $expand. */
export function readNested(ctx: RequestContext, item: ItemRecord, field: FieldDef, sub: string, list: ListState): unknown {
  const raw = list.value(item, field);
  const ids = Array.isArray(raw) ? (raw as number[]) : raw === undefined ? [] : [raw as number];
  const values = ids.map((id) => {
    const target = lookupTarget(ctx, field, id);
    if (!target) return undefined;
    const key = Object.keys(target).find((k) => k.toLowerCase() === sub.toLowerCase());
    return key === undefined ? undefined : target[key];
  });
  return field.allowMultipleValues ? values : values[0];
}

function lookupTarget(ctx: RequestContext, field: FieldDef, id: number): Record<string, unknown> | undefined {
  if (field.typeKind === FieldKind.User) {
    const user = ctx.store.userById(id);
    if (user) return userProperties(user);
    const group = ctx.store.groupById(id);
    return group ? { Id: group.id, ID: group.id, Title: group.title, Name: group.title } : undefined;
  }
  const targetList = field.lookupListId ? ctx.store.listById(field.lookupListId) : undefined;
  const item = targetList?.items.get(id);
  if (!targetList || !item) return undefined;
  const props: Record<string, unknown> = {};
  for (const f of targetList.record.fields) props[f.internalName] = orNull(targetList.value(item, f));
  props.Id = item.id;
  return props;
}

function renderValue(ctx: RequestContext, field: FieldDef, value: unknown): unknown {
  if (field.typeKind === FieldKind.MultiChoice)
    return renderPrimitiveCollection(ctx.render, (value as string[] | undefined) ?? [], 'Edm.String');
  if (field.typeKind === FieldKind.URL && value) {
    return ctx.format === 'verbose' ? { __metadata: { type: 'SP.FieldUrlValue' }, ...(value as object) } : value;
  }
  return orNull(value);
}

function referenceProperties(ctx: RequestContext, field: FieldDef, value: unknown, out: Record<string, unknown>): void {
  const name = wireName(field.internalName);
  if (field.allowMultipleValues) {
    const ids = (value as number[] | undefined) ?? [];
    out[`${name}Id`] = renderPrimitiveCollection(ctx.render, ids, 'Edm.Int32');
    if (field.typeKind === FieldKind.User) out[`${name}StringId`] = renderPrimitiveCollection(ctx.render, ids.map(String), 'Edm.String');
  } else {
    out[`${name}Id`] = orNull(value as number | undefined);
    if (field.typeKind === FieldKind.User && !field.builtIn) out[`${name}StringId`] = value === undefined ? JSON_NULL : String(value);
  }
}

function expandedObject(ctx: RequestContext, field: FieldDef, id: number, subs: string[]): Record<string, unknown> | typeof JSON_NULL {
  const target = lookupTarget(ctx, field, id);
  if (!target) return JSON_NULL;
  const chosen: Record<string, unknown> = {};
  const wanted = subs.length > 0 ? subs : Object.keys(target);
  for (const sub of wanted) {
    const key = Object.keys(target).find((k) => k.toLowerCase() === sub.toLowerCase());
    if (key === undefined) throw badRequest(`The field or property '${sub}' does not exist.`, '-1, Microsoft.SharePoint.SPException');
    chosen[key] = target[key];
  }
  const type = field.typeKind === FieldKind.User ? 'SP.Data.UserInfoItem' : 'SP.Data.LookupItem';
  if (ctx.format === 'minimal') return { 'odata.type': type, 'odata.id': randomUUID(), ...chosen };
  if (ctx.format === 'verbose') return { __metadata: { id: randomUUID(), type }, ...chosen };
  return chosen;
}

function defaultProperties(ctx: RequestContext, list: ListState, item: ItemRecord): Record<string, unknown> {
  const contentTypeId = list.fieldByInternalName('ContentTypeId');
  const out: Record<string, unknown> = {
    FileSystemObjectType: item.fsObjType,
    Id: item.id,
    ServerRedirectedEmbedUri: JSON_NULL,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: contentTypeId ? list.value(item, contentTypeId) : JSON_NULL,
    Title: orNull(item.values.Title as string | undefined),
    ComplianceAssetId: JSON_NULL
  };
  for (const field of list.record.fields) {
    if (field.builtIn) continue;
    const value = item.values[field.internalName];
    if (isReferenceField(field)) referenceProperties(ctx, field, value, out);
    else out[wireName(field.internalName)] = renderValue(ctx, field, value);
  }
  out.ID = item.id;
  out.Modified = item.modified;
  out.Created = item.created;
  out.AuthorId = item.authorId;
  out.EditorId = item.editorId;
  out.OData__UIVersionString = `${item.version}.0`;
  out.Attachments = item.attachments.length > 0;
  out.GUID = item.guid;
  return out;
}

/** Shapes one item for the response, honouring $select/$expand like SPO (reference §2.3, §2.4). */
export function serialiseItem(ctx: RequestContext, list: ListState, item: ItemRecord, select: string[], expand: string[]): Entity {
  const entity: Entity = {
    type: itemEntityType(list),
    id: item.guid,
    editLink: itemEditLink(list, item),
    etag: `"${item.version}"`,
    properties: {}
  };
  if (select.length === 0 || select.includes('*')) {
    entity.properties = defaultProperties(ctx, list, item);
    if (select.length === 0 && expand.length === 0) return entity;
  }
  const expanded = new Set(expand.map((e) => e.toLowerCase()));
  // On an item `ContentType` is SPO's navigation property to SP.ContentType, which the emulator
  // does not model: refuse it rather than answer with something SPO would not send.
  if (expanded.has('contenttype') || select.some((name) => name.split('/')[0].toLowerCase() === 'contenttype')) {
    throw notImplemented("the 'ContentType' navigation property of list items (content types)");
  }
  const subSelects = new Map<string, string[]>();
  for (const name of select) {
    if (name === '*') continue;
    const slash = name.indexOf('/');
    if (slash >= 0) {
      const head = name.slice(0, slash);
      if (!expanded.has(head.toLowerCase())) {
        throw badRequest(
          `The query to field '${head}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
          '-1, Microsoft.SharePoint.SPException'
        );
      }
      const list2 = subSelects.get(head.toLowerCase()) ?? [];
      list2.push(name.slice(slash + 1));
      subSelects.set(head.toLowerCase(), list2);
      continue;
    }
    const props = entity.properties;
    const lower = name.toLowerCase();
    if (lower === 'id') {
      props[name === 'ID' ? 'ID' : 'Id'] = item.id;
      continue;
    }
    const field = list.field(name);
    if (field) {
      if (isReferenceField(field) && ['FSObjType', 'FileRef', 'FileDirRef'].indexOf(field.internalName) < 0) {
        if (!expanded.has(lower)) {
          throw badRequest(
            `The query to field '${field.internalName}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field.internalName}.`,
            '-1, Microsoft.SharePoint.SPException'
          );
        }
        subSelects.set(lower, subSelects.get(lower) ?? []);
        continue;
      }
      props[wireName(field.internalName)] = renderValue(ctx, field, list.value(item, field));
      continue;
    }
    const reference = /(.+?)(String)?Id$/.exec(name);
    const refField = reference ? list.field(reference[1]) : undefined;
    if (refField && isReferenceField(refField)) {
      const tmp: Record<string, unknown> = {};
      referenceProperties(ctx, refField, list.value(item, refField), tmp);
      if (refField.builtIn) tmp[`${wireName(refField.internalName)}Id`] = list.value(item, refField);
      const key = Object.keys(tmp).find((k) => k.toLowerCase() === lower);
      if (key !== undefined) props[key] = tmp[key];
      continue;
    }
    if (lower === 'odata__uiversionstring') {
      props.OData__UIVersionString = `${item.version}.0`;
      continue;
    }
    if (lower === 'filesystemobjecttype') {
      props.FileSystemObjectType = item.fsObjType;
      continue;
    }
    throw badRequest(`The field or property '${name}' does not exist.`, '-1, Microsoft.SharePoint.SPException');
  }
  for (const [head, subs] of subSelects) {
    const field = list.field(head);
    if (!field || !isReferenceField(field))
      throw badRequest(`The field or property '${head}' does not exist.`, '-1, Microsoft.SharePoint.SPException');
    const raw = list.value(item, field);
    const name = wireName(field.internalName);
    if (field.allowMultipleValues) {
      const objects = ((raw as number[] | undefined) ?? []).map((id) => expandedObject(ctx, field, id, subs));
      entity.properties[name] = ctx.format === 'verbose' ? { results: objects } : objects;
    } else {
      entity.properties[name] = raw === undefined ? JSON_NULL : expandedObject(ctx, field, raw as number, subs);
    }
  }
  return entity;
}

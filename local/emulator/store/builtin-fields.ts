import { FieldKind } from './field-types';
import { FieldDef, ItemRecord, ListRecord } from './model';

/**
 * SharePoint's fixed ids for the fields every list has (SPBuiltInFieldId). Code that looks a
 * built-in field up by id, or compares ids across lists, gets the same answer as on a tenant.
 * Source: pnp/pnpframework src/lib/PnP.Framework/Enums/BuiltInFieldId.cs, corroborated by the
 * `RemoveFieldRef` ids in Microsoft's content type definitions (Attachments, GUID, ...).
 */
export const BUILT_IN_FIELD_IDS: Readonly<Record<string, string>> = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  ContentType: 'c042a256-787d-4a6f-8a8a-cf6ab767f12d',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
  FSObjType: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
  FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
  FileDirRef: '56605df6-8fa1-47e4-a04c-5b384d59609f',
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8'
};

/** Content type ids of the default Item, Document and Folder content types. */
export const ITEM_CONTENT_TYPE_ID = '0x0100EFABA43AC7208144A715E899CA25CAE5';
export const DOCUMENT_CONTENT_TYPE_ID = '0x0101008A98423170284A4B8B7EAB3D9B48AFFD';
export const FOLDER_CONTENT_TYPE_ID = '0x0120';

function builtIn(internalName: string, title: string, typeKind: number, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    id: BUILT_IN_FIELD_IDS[internalName],
    internalName,
    title,
    typeKind,
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: true,
    builtIn: true,
    description: '',
    group: '_Hidden',
    ...extra
  };
}

/**
 * Fields every new list has. ID, Created, Modified and Author count as indexed for the list
 * view threshold (reference §10.2).
 */
export function defaultFields(baseTemplate: number): FieldDef[] {
  return [
    builtIn('ID', 'ID', FieldKind.Counter, { indexed: true }),
    builtIn('ContentTypeId', 'Content Type ID', FieldKind.ContentTypeId, { hidden: true }),
    builtIn('ContentType', 'Content Type', FieldKind.Computed),
    builtIn('Title', 'Title', FieldKind.Text, {
      readOnly: false,
      required: baseTemplate !== 101,
      maxLength: 255,
      group: 'Custom Columns'
    }),
    builtIn('Modified', 'Modified', FieldKind.DateTime, { indexed: true }),
    builtIn('Created', 'Created', FieldKind.DateTime, { indexed: true }),
    builtIn('Author', 'Created By', FieldKind.User, { indexed: true, lookupListId: '', lookupField: 'Title' }),
    builtIn('Editor', 'Modified By', FieldKind.User, { lookupListId: '', lookupField: 'Title' }),
    builtIn('_UIVersionString', 'Version', FieldKind.Text),
    builtIn('Attachments', 'Attachments', FieldKind.Attachments),
    builtIn('GUID', 'GUID', FieldKind.Guid, { hidden: true }),
    builtIn('FSObjType', 'Item Type', FieldKind.Lookup, { hidden: true }),
    builtIn('FileRef', 'URL Path', FieldKind.Lookup, { hidden: true }),
    builtIn('FileDirRef', 'Path', FieldKind.Lookup, { hidden: true }),
    builtIn('FileLeafRef', 'Name', FieldKind.File, { hidden: baseTemplate !== 101 })
  ];
}

/**
 * Brings a list saved by an older emulator (random built-in ids, fewer built-ins) up to date:
 * built-ins get their fixed ids, missing ones are added, and anything a caller changed on a
 * built-in (Title's display name, Required, Indexed) is kept. Custom fields are untouched.
 */
export function upgradeBuiltInFields(record: ListRecord): void {
  const wanted = defaultFields(record.baseTemplate);
  const upgraded = wanted.map((fresh) => {
    const existing = record.fields.find((f) => f.builtIn && f.internalName === fresh.internalName);
    return existing ? { ...existing, id: fresh.id, typeKind: fresh.typeKind } : fresh;
  });
  const names = new Set(wanted.map((f) => f.internalName));
  record.fields = [...upgraded, ...record.fields.filter((f) => !(f.builtIn && names.has(f.internalName)))];
}

function contentTypeId(item: ItemRecord): string {
  if (item.fsObjType === 1) return FOLDER_CONTENT_TYPE_ID;
  return item.file ? DOCUMENT_CONTENT_TYPE_ID : ITEM_CONTENT_TYPE_ID;
}

/** Reads any field (built-in or custom) in its stored form; what $filter and $orderby compare. */
export function readFieldValue(item: ItemRecord, field: FieldDef, listRootUrl: string): unknown {
  if (!field.builtIn) return item.values[field.internalName];
  switch (field.internalName) {
    case 'ID':
      return item.id;
    case 'ContentTypeId':
      return contentTypeId(item);
    case 'ContentType':
      return item.fsObjType === 1 ? 'Folder' : item.file ? 'Document' : 'Item';
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
    case '_UIVersionString':
      return `${item.version}.0`;
    case 'GUID':
      return item.guid;
    case 'Attachments':
      return item.attachments.length > 0;
    case 'FSObjType':
      return item.fsObjType;
    case 'FileLeafRef':
      return item.file?.name ?? `${item.id}_.000`;
    case 'FileDirRef':
      return item.file?.folderUrl ?? listRootUrl;
    case 'FileRef':
      return item.file ? `${item.file.folderUrl}/${item.file.name}` : `${listRootUrl}/${item.id}_.000`;
    default:
      return item.values[field.internalName];
  }
}

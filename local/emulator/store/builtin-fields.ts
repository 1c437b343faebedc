import { randomUUID } from 'node:crypto';
import { FieldKind } from './field-types';
import { FieldDef, ItemRecord } from './model';

function builtIn(internalName: string, title: string, typeKind: number, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    id: randomUUID(),
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
  const fields: FieldDef[] = [
    builtIn('ID', 'ID', FieldKind.Counter, { indexed: true }),
    builtIn('Title', baseTemplate === 101 ? 'Title' : 'Title', FieldKind.Text, {
      readOnly: false,
      required: baseTemplate !== 101,
      maxLength: 255,
      group: 'Custom Columns'
    }),
    builtIn('Created', 'Created', FieldKind.DateTime, { indexed: true }),
    builtIn('Modified', 'Modified', FieldKind.DateTime, { indexed: true }),
    builtIn('Author', 'Created By', FieldKind.User, { indexed: true, lookupListId: '', lookupField: 'Title' }),
    builtIn('Editor', 'Modified By', FieldKind.User, { lookupListId: '', lookupField: 'Title' }),
    builtIn('GUID', 'GUID', FieldKind.Guid),
    builtIn('Attachments', 'Attachments', FieldKind.Boolean),
    builtIn('FSObjType', 'Item Type', FieldKind.Lookup, { hidden: true }),
    builtIn('FileRef', 'URL Path', FieldKind.Lookup, { hidden: true }),
    builtIn('FileDirRef', 'Path', FieldKind.Lookup, { hidden: true }),
    builtIn('FileLeafRef', 'Name', FieldKind.File, { hidden: baseTemplate !== 101 })
  ];
  return fields;
}

/** Reads any field (built-in or custom) in its stored form; what $filter and $orderby compare. */
export function readFieldValue(item: ItemRecord, field: FieldDef, listRootUrl: string): unknown {
  if (!field.builtIn) return item.values[field.internalName];
  switch (field.internalName) {
    case 'ID':
      return item.id;
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
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

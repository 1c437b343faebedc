/**
 * Plain data records: what is persisted. Runtime structures (indexes) live in list-state.ts.
 * Values inside `ItemRecord.values` are keyed by field internal name and stored in one
 * canonical shape per field type (see field-types.ts).
 */
export interface FieldDef {
  id: string;
  internalName: string;
  title: string;
  typeKind: number;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  builtIn: boolean;
  description: string;
  group: string;
  maxLength?: number;
  choices?: string[];
  lookupListId?: string;
  lookupField?: string;
  allowMultipleValues?: boolean;
  defaultValue?: string;
  /** SPO display settings the emulator keeps and echoes without behaviour (NumberOfLines, ...). */
  extraProperties?: Record<string, unknown>;
}

export interface FileRecord {
  name: string;
  /** Server-relative URL of the folder holding it, e.g. /sites/ccm/Letters. */
  folderUrl: string;
  uniqueId: string;
  contentBase64: string;
  length: number;
  timeCreated: string;
  timeLastModified: string;
}

export interface AttachmentRecord {
  fileName: string;
  contentBase64: string;
}

export interface ItemRecord {
  id: number;
  guid: string;
  version: number;
  authorId: number;
  editorId: number;
  created: string;
  modified: string;
  values: Record<string, unknown>;
  attachments: AttachmentRecord[];
  /** 0 = item or file, 1 = folder (SP.FileSystemObjectType). */
  fsObjType: 0 | 1;
  /** Document libraries: the file or folder behind the item. */
  file?: FileRecord;
}

export interface RoleAssignmentRecord {
  principalId: number;
  roleDefinitionIds: number[];
}

export interface ListRecord {
  id: string;
  title: string;
  description: string;
  baseTemplate: number;
  created: string;
  lastItemModified: string;
  entityTypeName: string;
  rootFolderUrl: string;
  /** 1 = all items, 2 = only items the user created (SP.List.ReadSecurity). */
  readSecurity: number;
  /** 1 = all items, 2 = only own items, 4 = none (SP.List.WriteSecurity). */
  writeSecurity: number;
  hasUniqueRoleAssignments: boolean;
  roleAssignments: RoleAssignmentRecord[];
  fields: FieldDef[];
  nextItemId: number;
  version: number;
  /** Any other settable SP.List property (Hidden, EnableVersioning, ...), echoed back as is. */
  extraProperties: Record<string, unknown>;
}

export interface UserRecord {
  id: number;
  loginName: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
  entraObjectId?: string;
}

export interface GroupRecord {
  id: number;
  title: string;
  description: string;
  ownerId: number;
  memberIds: number[];
}

export interface RoleDefinitionRecord {
  id: number;
  name: string;
  description: string;
  order: number;
  roleTypeKind: number;
  hidden: boolean;
  /** BasePermissions as two unsigned 32-bit halves, like SP.BasePermissions. */
  high: number;
  low: number;
}

export interface RecycleBinRecord {
  id: string;
  listId: string;
  itemId: number;
  title: string;
  deletedById: number;
  deletedDate: string;
  item: ItemRecord;
}

export interface SiteRecord {
  siteId: string;
  webId: string;
  title: string;
  /** Set by a web MERGE; absent in stores saved before it was kept. */
  description?: string;
  created: string;
  nextPrincipalId: number;
  users: UserRecord[];
  groups: GroupRecord[];
  roleDefinitions: RoleDefinitionRecord[];
  webRoleAssignments: RoleAssignmentRecord[];
  associatedOwnerGroupId: number;
  associatedMemberGroupId: number;
  associatedVisitorGroupId: number;
}

export interface PersistedStore {
  formatVersion: 1;
  site: SiteRecord;
  lists: { list: ListRecord; items: ItemRecord[] }[];
  recycleBin: RecycleBinRecord[];
}

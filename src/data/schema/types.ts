/**
 * The vocabulary of the schema: what a list, a field, a group and a permission level
 * are, independent of how PnPjs creates them.
 */

export type FieldType = 'Text' | 'Note' | 'Number' | 'DateTime' | 'Boolean' | 'Choice' | 'MultiChoice' | 'User' | 'Lookup';

export interface FieldDefinition {
  /** Internal (static) name: stable, ASCII, used in every REST call. */
  internalName: string;
  /** Display name shown in SharePoint, British English. */
  displayName: string;
  type: FieldType;
  required?: boolean;
  /** Every column used in a $filter or $orderby must be indexed (list view threshold). */
  indexed?: boolean;
  /** Enforce unique values (SharePoint requires the column to be indexed too). */
  unique?: boolean;
  choices?: readonly string[];
  /** Text columns only; SharePoint's ceiling is 255. */
  maxLength?: number;
  /** DateTime columns: date only (no time part), e.g. review dates. */
  dateOnly?: boolean;
  /** Lookup columns: title of the target list. */
  lookupList?: string;
  description?: string;
}

export type ListTemplate = 'GenericList' | 'DocumentLibrary';

/** SharePoint "item-level permissions": 1 = all items, 2 = only items the user created. */
export type ItemSecurity = 1 | 2;

export type GroupKey =
  | 'staff'
  | 'caseTeam'
  | 'managers'
  | 'monitoring'
  | 'members'
  | 'foiOfficers'
  | 'auditors'
  | 'administrators'
  | 'serviceAccounts'
  | 'healthSafety'
  | 'dataProtection';

export type PermissionLevelKey = 'read' | 'contribute' | 'edit' | 'fullControl' | 'appendOnly' | 'readAllItems';

export interface GroupDefinition {
  key: GroupKey;
  title: string;
  description: string;
}

export interface PermissionLevelDefinition {
  key: PermissionLevelKey;
  name: string;
  /** Built-in level: found by role type (2 Reader, 3 Contributor, 5 Administrator, 6 Editor), never created. */
  builtInRoleType?: number;
  /** Custom level: base permissions to create it with. */
  basePermissions?: { high: number; low: number };
  description: string;
}

export type ListGrants = Readonly<Partial<Record<GroupKey, PermissionLevelKey>>>;

export interface ListDefinition {
  /** Key used in code (`lists.cases`); never changes. */
  key: string;
  /** SharePoint list title; also the URL name, so ASCII without spaces. */
  title: string;
  description: string;
  template: ListTemplate;
  /** Title is built in; this sets its display name and whether it is required. */
  titleField: { displayName: string; required: boolean };
  fields: readonly FieldDefinition[];
  readSecurity: ItemSecurity;
  writeSecurity: ItemSecurity;
  enableVersioning: boolean;
  /** Which group gets which level. Lists never inherit the site's permissions. */
  grants: ListGrants;
}

export interface SiteSchema {
  version: string;
  groups: readonly GroupDefinition[];
  permissionLevels: readonly PermissionLevelDefinition[];
  lists: readonly ListDefinition[];
}

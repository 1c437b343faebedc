import { RoleDefinitionRecord } from '../store/model';

/**
 * SP.PermissionKind values (same numbering as PnPjs's PermissionKind enum): permission `k`
 * is bit k-1 of the 64-bit mask, split into Low (bits 0-31) and High (bits 32-63).
 */
export const Permission = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  OpenItems: 6,
  ViewVersions: 7,
  /** Shown as "Override List Behaviors": reads and edits every item whatever the item-level settings. */
  CancelCheckout: 9,
  ManageLists: 12,
  Open: 17,
  ViewPages: 18,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31
} as const;

export interface BasePermissions {
  high: number;
  low: number;
}

export const EMPTY_PERMISSIONS: BasePermissions = { high: 0, low: 0 };
export const FULL_MASK: BasePermissions = { high: 0x7fffffff, low: 0xffffffff };

export function hasPermission(perms: BasePermissions, kind: number): boolean {
  if (perms.high === FULL_MASK.high && perms.low === FULL_MASK.low) return true;
  const bit = kind - 1;
  return bit < 32 ? ((perms.low >>> bit) & 1) === 1 : ((perms.high >>> (bit - 32)) & 1) === 1;
}

export function union(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 };
}

/** SPO's built-in permission levels with their real ids, RoleTypeKind, order and masks. */
export function defaultRoleDefinitions(): RoleDefinitionRecord[] {
  return [
    {
      id: 1073741829,
      name: 'Full Control',
      description: 'Has full control.',
      order: 1,
      roleTypeKind: 5,
      hidden: false,
      high: 2147483647,
      low: 4294967295
    },
    {
      id: 1073741828,
      name: 'Design',
      description: 'Can view, add, update, delete, approve, and customize.',
      order: 32,
      roleTypeKind: 4,
      hidden: false,
      high: 432,
      low: 1012866047
    },
    {
      id: 1073741830,
      name: 'Edit',
      description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
      order: 48,
      roleTypeKind: 6,
      hidden: false,
      high: 432,
      low: 1011030767
    },
    {
      id: 1073741827,
      name: 'Contribute',
      description: 'Can view, add, update, and delete list items and documents.',
      order: 64,
      roleTypeKind: 3,
      hidden: false,
      high: 432,
      low: 1011028719
    },
    {
      id: 1073741826,
      name: 'Read',
      description: 'Can view pages and list items and download documents.',
      order: 128,
      roleTypeKind: 2,
      hidden: false,
      high: 176,
      low: 138612833
    }
  ];
}

/** SP.BasePermissions as SPO serialises it: High/Low as strings of the unsigned halves. */
export function serialisePermissions(perms: BasePermissions): { High: string; Low: string } {
  return { High: String(perms.high >>> 0), Low: String(perms.low >>> 0) };
}

export function parsePermissions(value: unknown): BasePermissions {
  const raw = (value ?? {}) as { High?: unknown; Low?: unknown };
  return { high: Number(raw.High ?? 0) >>> 0, low: Number(raw.Low ?? 0) >>> 0 };
}

import type { GroupDefinition, PermissionLevelDefinition } from './types';

/** SharePoint groups on the CCM site. Entra security groups are added to these. */
export const GROUPS: readonly GroupDefinition[] = [
  { key: 'staff', title: 'CCM Staff', description: 'All council staff: record incidents, read alerts and guidance.' },
  { key: 'caseTeam', title: 'CCM Case Team', description: 'Customer Relations Officer, alternate officers and panel support.' },
  { key: 'managers', title: 'CCM Managers', description: 'Line managers, heads of service and the Executive Director.' },
  { key: 'monitoring', title: 'CCM Monitoring', description: 'Monitoring of active restrictions, reviews and reports.' },
  // Not "CCM Members": on a site titled CCM that is SharePoint's own default members group
  // (site members, i.e. editors), and group names are unique case-insensitively.
  { key: 'members', title: 'CCM Elected Members', description: 'Councillors and group leaders: guidance and their own referrals.' },
  { key: 'foiOfficers', title: 'CCM FOI Officers', description: 'FOI and information governance officers.' },
  { key: 'auditors', title: 'CCM Auditors', description: 'Auditors and the data protection officer (read only).' },
  {
    key: 'administrators',
    title: 'CCM Administrators',
    description: 'The site owners who run the product: role holders, time frames, closure days, guidance and council details.'
  },
  { key: 'serviceAccounts', title: 'CCM Service Accounts', description: 'The case service app identity; the only writer of decisions.' },
  // Issue 17: the warning-marker register is health and safety owned (spec 4.1, 5.2 #14).
  {
    key: 'healthSafety',
    title: 'CCM Health and Safety',
    description: 'Health and safety advisers: approve and keep the warning-marker register.'
  },
  // Subject access (BR-23, UK GDPR Art. 15): reads everything held about a person, writes only
  // audit entries. Its own group, not CCM Auditors, so that auditing does not carry the right
  // to read every incident report and export a person's file.
  {
    key: 'dataProtection',
    title: 'CCM Data Protection',
    description: 'The data protection officer: answers subject access requests (reads everything, writes nothing but the audit log).'
  }
];

// PermissionKind values from @pnp/sp/security (SharePoint's SPBasePermissions bit positions).
const VIEW_LIST_ITEMS: number = 1;
const ADD_LIST_ITEMS: number = 2;
const OPEN_ITEMS: number = 6;
const VIEW_VERSIONS: number = 7;
// "Override List Behaviors": reads every item of a list that shows each user only their own.
const CANCEL_CHECKOUT: number = 9;
const VIEW_FORM_PAGES: number = 13;
const OPEN: number = 17;
const VIEW_PAGES: number = 18;
const USE_REMOTE_APIS: number = 38;

/** Builds SharePoint's two 32-bit permission words from PermissionKind values. */
export function basePermissionMask(kinds: readonly number[]): { high: number; low: number } {
  let low = 0;
  let high = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) {
      low += 2 ** bit;
    } else {
      high += 2 ** (bit - 32);
    }
  }
  return { high, low };
}

export const PERMISSION_LEVELS: readonly PermissionLevelDefinition[] = [
  { key: 'read', name: 'Read', builtInRoleType: 2, description: 'Built-in Read.' },
  { key: 'contribute', name: 'Contribute', builtInRoleType: 3, description: 'Built-in Contribute.' },
  {
    key: 'fullControl',
    name: 'Full Control',
    builtInRoleType: 5,
    // Configuration (Settings, Guidance) is owned by the site's administrators alone: nobody
    // else may change who decides or what deadlines apply (issue 18).
    description: 'Built-in Full Control (the CCM Administrators on the configuration lists).'
  },
  {
    key: 'edit',
    name: 'Edit',
    builtInRoleType: 6,
    // Needed where a list shows each user only their own items: only users with Manage
    // Lists see everyone's items, so the case team gets Edit on those lists.
    description: 'Built-in Edit (used only on own-items lists, for the teams that must see every item).'
  },
  {
    key: 'appendOnly',
    name: 'CCM Append Only',
    // Add and read, never edit or delete. Form pages and remote APIs are included because
    // SharePoint refuses REST calls without UseRemoteAPIs.
    basePermissions: basePermissionMask([VIEW_LIST_ITEMS, ADD_LIST_ITEMS, OPEN_ITEMS, VIEW_FORM_PAGES, OPEN, VIEW_PAGES, USE_REMOTE_APIS]),
    description: 'CCM: add and view items; no edit or delete (audit log and similar append-only lists).'
  },
  {
    key: 'readAllItems',
    name: 'CCM Read All Items',
    // Read, including the items of lists that show each user only their own (Incidents): what the
    // data protection officer needs to answer a subject access request, and no way to change one.
    basePermissions: basePermissionMask([
      VIEW_LIST_ITEMS,
      OPEN_ITEMS,
      VIEW_VERSIONS,
      CANCEL_CHECKOUT,
      VIEW_FORM_PAGES,
      OPEN,
      VIEW_PAGES,
      USE_REMOTE_APIS
    ]),
    description: "CCM: view every item, including other users' items on own-items lists; no add, edit or delete."
  }
];

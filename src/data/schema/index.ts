import { LISTS } from './lists';
import { GROUPS, PERMISSION_LEVELS } from './security';
import type { FieldDefinition, ListDefinition, SiteSchema } from './types';

export * from './types';
export { LISTS } from './lists';
export { GROUPS, PERMISSION_LEVELS, basePermissionMask } from './security';
export { CLIENT_REQUEST_KEY } from './fields';

export type ListKey =
  | 'persons'
  | 'personDetails'
  | 'incidents'
  | 'cases'
  | 'sanctions'
  | 'decisions'
  | 'invocationDecisions'
  | 'reviews'
  | 'appeals'
  | 'contactLog'
  | 'letters'
  | 'restrictionAlerts'
  | 'personNameKeys'
  | 'guidance'
  | 'auditLog'
  | 'settings'
  | 'memberReferrals'
  | 'foiAssessments'
  | 'warningMarkers'
  | 'tasks'
  | 'approvalRequests'
  | 'markerFlags';

/** The whole site: one source of truth for provisioning, repositories and tests. */
export const CCM_SCHEMA: SiteSchema = {
  version: '1.0.0',
  groups: GROUPS,
  permissionLevels: PERMISSION_LEVELS,
  lists: LISTS
};

export function listDefinition(key: ListKey): ListDefinition {
  const found = LISTS.find((list) => list.key === key);
  if (!found) {
    throw new RangeError(`No list with key ${key}`);
  }
  return found;
}

/** Built-in columns every list has and the repositories may filter or sort on. */
const BUILT_IN_INDEXED: readonly string[] = ['ID', 'Id', 'Created', 'Modified', 'Author', 'AuthorId'];

export function fieldDefinition(list: ListDefinition, internalName: string): FieldDefinition | undefined {
  return list.fields.find((field) => field.internalName === internalName);
}

/** True when a $filter's first clause or an $orderby on this column is safe on big lists. */
export function isIndexed(list: ListDefinition, internalName: string): boolean {
  if (BUILT_IN_INDEXED.indexOf(internalName) >= 0) {
    return true;
  }
  return fieldDefinition(list, internalName)?.indexed === true;
}

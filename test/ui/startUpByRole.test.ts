import { ForbiddenError, ThrottledError } from '../../src/data/errors';
import { GROUPS } from '../../src/data/schema/security';
import { readRoleAssignmentsAtStart } from '../../src/ui/services/roleAssignmentsAtStart';
import { GROUP_ROLES, resolveRoles } from '../../src/ui/services/roles';
import type { CaseStore } from '../../src/ui/services/appStore';

/*
 * Issue 13: councillors could not start the app. Their SharePoint group was not mapped to
 * their role (the UI looked for "CCM Members", provisioning creates "CCM Elected Members"),
 * and the start-up read a list they may not read (Settings).
 */

function storeWhoseSettings(get: () => Promise<unknown>): CaseStore {
  return { settings: { get } } as unknown as CaseStore;
}

describe('start-up degrades by role', () => {
  test('every group the UI maps to a role is a group provisioning creates, and every person-facing group has a role', () => {
    const provisioned = GROUPS.map((group) => group.title);
    for (const title of Object.keys(GROUP_ROLES)) expect(provisioned).toContain(title);
    for (const group of GROUPS.filter((g) => g.key !== 'serviceAccounts')) {
      expect({ group: group.title, roles: (GROUP_ROLES[group.title] ?? []).length > 0 }).toEqual({ group: group.title, roles: true });
    }
  });

  test('a councillor in CCM Elected Members is a councillor', () => {
    expect(resolveRoles(['CCM Elected Members'], {}, 'cllr-1')).toEqual(['councillor']);
  });

  test('a persona who may not read Settings starts with no role assignments instead of failing', async () => {
    const refused = storeWhoseSettings(() => Promise.reject(new ForbiddenError('Access denied.')));
    await expect(readRoleAssignmentsAtStart(refused)).resolves.toEqual({});
  });

  test('SharePoint being unavailable is still reported, not hidden as "no roles"', async () => {
    const throttled = storeWhoseSettings(() => Promise.reject(new ThrottledError('Busy.', 429, 30)));
    await expect(readRoleAssignmentsAtStart(throttled)).rejects.toBeInstanceOf(ThrottledError);
  });
});

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import type { GroupDefinition, GroupKey, PermissionLevelDefinition, PermissionLevelKey } from '../schema';
import type { ReportBuilder } from './report';

interface RoleDefinitionRow {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  BasePermissions?: { High: string | number; Low: string | number };
}

interface GroupRow {
  Id: number;
  Title: string;
}

export type RoleDefinitionIds = Record<PermissionLevelKey, number>;

/** The id a check gives a group or level it would create: no principal or binding has it. */
export const MISSING_ID: number = -1;
export type GroupIds = Record<GroupKey, number>;

/** Finds built-in levels by role type and creates (or corrects) the custom ones. */
export async function ensurePermissionLevels(
  sp: SPFI,
  levels: readonly PermissionLevelDefinition[],
  report: ReportBuilder
): Promise<RoleDefinitionIds> {
  const existing: RoleDefinitionRow[] = await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')();
  const ids: Partial<RoleDefinitionIds> = {};
  let order = 100;
  for (const level of levels) {
    order += 1;
    if (level.builtInRoleType !== undefined) {
      const builtIn = existing.find((row) => row.RoleTypeKind === level.builtInRoleType) ?? existing.find((row) => row.Name === level.name);
      if (!builtIn) {
        throw new Error(`The site has no built-in permission level '${level.name}' (role type ${level.builtInRoleType}).`);
      }
      ids[level.key] = builtIn.Id;
      continue;
    }
    const wanted = level.basePermissions ?? { high: 0, low: 0 };
    const found = existing.find((row) => row.Name === level.name);
    if (!found) {
      // A check has no id for a level it did not create: nothing is bound to it either.
      ids[level.key] = MISSING_ID;
      await report.apply('permissionLevelCreated', level.name, undefined, async () => {
        const created = await sp.web.roleDefinitions.add(level.name, level.description, order, { High: wanted.high, Low: wanted.low });
        ids[level.key] = created.data.Id;
      });
      continue;
    }
    ids[level.key] = found.Id;
    const current = found.BasePermissions;
    if (!current || Number(current.High) !== wanted.high || Number(current.Low) !== wanted.low) {
      await report.apply('permissionLevelUpdated', level.name, 'base permissions corrected', () =>
        sp.web.roleDefinitions.getById(found.Id).update({ BasePermissions: { High: wanted.high, Low: wanted.low } })
      );
    }
  }
  return ids as RoleDefinitionIds;
}

export async function ensureGroups(sp: SPFI, groups: readonly GroupDefinition[], report: ReportBuilder): Promise<GroupIds> {
  const existing: GroupRow[] = await sp.web.siteGroups.select('Id', 'Title')();
  const ids: Partial<GroupIds> = {};
  for (const group of groups) {
    const found = existing.find((row) => row.Title === group.title);
    if (found) {
      ids[group.key] = found.Id;
      continue;
    }
    ids[group.key] = MISSING_ID;
    await report.apply('groupCreated', group.title, undefined, async () => {
      const created = await sp.web.siteGroups.add({ Title: group.title, Description: group.description });
      ids[group.key] = created.Id;
    });
  }
  return ids as GroupIds;
}

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { CCM_SCHEMA } from '../schema';
import type { SiteSchema } from '../schema';
import { ensureGroups, ensurePermissionLevels } from './provisionSecurity';
import { LIST_SELECT, provisionList } from './provisionList';
import type { ExistingList } from './provisionList';
import { ReportBuilder } from './report';
import type { ProvisioningReport } from './report';
import { seedGuidance } from './seedGuidance';
import type { GuidanceSection } from '../../domain/guidance/guidanceSection';

export interface ProvisionOptions {
  schema?: SiteSchema;
  /** Guidance sections to seed when missing (normally the domain's defaults). */
  guidance?: readonly GuidanceSection[];
  log?: (line: string) => void;
  /** A check: report what the site lacks against the schema and change nothing. */
  dryRun?: boolean;
}

/**
 * Idempotent, upgrade-in-place provisioning of the CCM site: permission levels, groups,
 * lists, fields, indexes, unique constraints, item-level security, role assignments and
 * the default guidance. Runs with the rights of `sp`'s identity (site owner or the app).
 * It adds and corrects; it never deletes lists, fields, items or groups. With `dryRun` it is
 * the site's status: every change it would make, and nothing made.
 */
export async function provisionSite(sp: SPFI, options: ProvisionOptions = {}): Promise<ProvisioningReport> {
  const schema = options.schema ?? CCM_SCHEMA;
  const report = new ReportBuilder(options.log ?? (() => undefined), options.dryRun === true);
  const roles = await ensurePermissionLevels(sp, schema.permissionLevels, report);
  const groups = await ensureGroups(sp, schema.groups, report);
  const existingLists: ExistingList[] = await sp.web.lists.select(...LIST_SELECT)();
  for (const definition of schema.lists) {
    const existing = existingLists.find((list) => list.Title === definition.title);
    await provisionList(sp, definition, existing, groups, roles, report);
  }
  await seedGuidance(sp, options.guidance ?? [], report);
  return report.build(schema.version);
}

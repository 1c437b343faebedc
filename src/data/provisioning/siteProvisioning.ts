import type { SPFI } from '@pnp/sp';
import { DEFAULT_GUIDANCE } from '../../domain/guidance/defaultGuidance';
import type { SiteProvisioning } from '../ports/siteProvisioning';
import { toDataError } from '../sharepoint/errorMapping';
import { provisionSite } from './provisionSite';

/**
 * The administration screen's port over provisioning, with the signed-in user's own SharePoint
 * identity (`sp`): the same idempotent run as `npm run provision`, default guidance included, so
 * the screen and the command never disagree about what the site needs. A refusal (the user is
 * not the site's owner) is the typed ForbiddenError the screen words.
 */
export function createSiteProvisioning(sp: SPFI): SiteProvisioning {
  const run = (dryRun: boolean): ReturnType<SiteProvisioning['check']> =>
    provisionSite(sp, { dryRun, guidance: DEFAULT_GUIDANCE }).catch((error: unknown) => {
      throw toDataError(error);
    });
  return { check: () => run(true), upgrade: () => run(false) };
}

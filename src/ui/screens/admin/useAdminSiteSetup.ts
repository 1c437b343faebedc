import * as React from 'react';
import { can, type IsoInstant } from '../../../domain';
import type { ProvisioningReport } from '../../../data/ports';
import { useAppServices } from '../../services/AppServices';

export type SiteSetupState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'checked'; report: ProvisioningReport }
  | { status: 'upgrading'; before: ProvisioningReport }
  /** The upgrade's change report, and the check made straight after it. */
  | { status: 'upgraded'; report: ProvisioningReport; after: ProvisioningReport | undefined; at: IsoInstant; auditWritten: boolean }
  | { status: 'failed'; error: unknown; during: 'check' | 'upgrade' };

export interface AdminSiteSetup {
  available: boolean;
  state: SiteSetupState;
  check(): Promise<void>;
  upgrade(): Promise<void>;
  refusal: string | undefined;
}

/**
 * The site set-up tab: a check of what the site has against what the schema needs (provisioning
 * as a dry run), and the idempotent upgrade run as the signed-in administrator, with its change
 * report and an audit entry.
 */
export function useAdminSiteSetup(): AdminSiteSetup {
  const { siteProvisioning, store, clock, currentUser, roleAssignments, newRequestKey } = useAppServices();
  const [state, setState] = React.useState<SiteSetupState>({ status: 'idle' });
  const decision = can({ userId: currentUser.id }, 'settings.manage', { roles: roleAssignments });

  const check = async (): Promise<void> => {
    if (!siteProvisioning || !decision.allowed) return;
    setState({ status: 'checking' });
    try {
      setState({ status: 'checked', report: await siteProvisioning.check() });
    } catch (error) {
      setState({ status: 'failed', error, during: 'check' });
    }
  };

  const upgrade = async (): Promise<void> => {
    if (!siteProvisioning || !decision.allowed || state.status !== 'checked') return;
    setState({ status: 'upgrading', before: state.report });
    let report: ProvisioningReport;
    try {
      report = await siteProvisioning.upgrade();
    } catch (error) {
      setState({ status: 'failed', error, during: 'upgrade' });
      return;
    }
    const at = clock.now();
    // The site is upgraded: a failed audit entry or re-check is said, never taken for "not upgraded".
    const auditWritten = await store.auditLog
      .append({
        id: `audit-${newRequestKey()}`,
        actorId: currentUser.id,
        action: 'site.upgraded',
        at,
        entity: { type: 'Setting', id: 'siteSchema' },
        after: { schemaVersion: report.schemaVersion, changes: report.changes.length, warnings: report.warnings.length },
        rule: 'ROLE',
        note: 'Upgraded from the administration screen.'
      })
      .then(
        () => true,
        () => false
      );
    const after = await siteProvisioning.check().catch(() => undefined);
    setState({ status: 'upgraded', report, after, at, auditWritten });
  };

  return { available: siteProvisioning !== undefined, state, check, upgrade, refusal: decision.allowed ? undefined : decision.reason };
}

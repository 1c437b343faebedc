/**
 * What provisioning reports, and the port through which the administration screen checks and
 * upgrades the site. The screen reaches provisioning only through this port (hosts build it
 * over src/data/provisioning with the signed-in user's own SharePoint identity), so it runs
 * with the site owner's permissions, never the service's.
 */

export type ProvisioningChangeKind =
  | 'permissionLevelCreated'
  | 'permissionLevelUpdated'
  | 'groupCreated'
  | 'listCreated'
  | 'listSettingsUpdated'
  | 'fieldAdded'
  | 'fieldIndexed'
  | 'fieldWidened'
  | 'fieldMadeUnique'
  | 'choicesExtended'
  | 'inheritanceBroken'
  | 'roleAssigned'
  | 'guidanceSeeded'
  | 'settingSeeded';

export interface ProvisioningChange {
  kind: ProvisioningChangeKind;
  /** e.g. 'Cases', 'Cases.Status', 'CCM Staff'. */
  target: string;
  detail?: string;
}

export interface ProvisioningReport {
  schemaVersion: string;
  /** True for a check: `changes` are what an upgrade would make, and nothing was written. */
  dryRun?: boolean;
  changes: ProvisioningChange[];
  /** Things provisioning will not fix by itself (it never deletes), e.g. a field of the wrong type. */
  warnings: string[];
}

export interface SiteProvisioning {
  /** What the site has against what the schema needs: the changes an upgrade would make. Changes nothing. */
  check(): Promise<ProvisioningReport>;
  /** The idempotent upgrade in place (adds and corrects, never deletes), as the signed-in user. */
  upgrade(): Promise<ProvisioningReport>;
}

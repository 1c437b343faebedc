/** What a provisioning run changed. An empty `changes` means the site already matched. */

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
  changes: ProvisioningChange[];
  /** Things provisioning will not fix by itself (it never deletes), e.g. a field of the wrong type. */
  warnings: string[];
}

export class ReportBuilder {
  private readonly _changes: ProvisioningChange[] = [];
  private readonly _warnings: string[] = [];
  private readonly _log: (line: string) => void;

  public constructor(log: (line: string) => void) {
    this._log = log;
  }

  public change(kind: ProvisioningChangeKind, target: string, detail?: string): void {
    this._changes.push(detail === undefined ? { kind, target } : { kind, target, detail });
    this._log(`${kind}: ${target}${detail ? ` (${detail})` : ''}`);
  }

  public warn(message: string): void {
    this._warnings.push(message);
    this._log(`warning: ${message}`);
  }

  public build(schemaVersion: string): ProvisioningReport {
    return { schemaVersion, changes: [...this._changes], warnings: [...this._warnings] };
  }
}

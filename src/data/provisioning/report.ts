/** What a provisioning run changed. An empty `changes` means the site already matched. */

import type { ProvisioningChange, ProvisioningChangeKind, ProvisioningReport } from '../ports/siteProvisioning';

// The report's shape is a port (the administration screen shows it); built here.
export type { ProvisioningChange, ProvisioningChangeKind, ProvisioningReport };

export class ReportBuilder {
  private readonly _changes: ProvisioningChange[] = [];
  private readonly _warnings: string[] = [];
  private readonly _log: (line: string) => void;
  /** A check (what the site has against what the schema needs): report every change, make none. */
  public readonly dryRun: boolean;

  public constructor(log: (line: string) => void, dryRun: boolean = false) {
    this._log = log;
    this.dryRun = dryRun;
  }

  /** Makes one change (unless this is a check) and reports it either way. */
  public async apply(
    kind: ProvisioningChangeKind,
    target: string,
    detail: string | undefined,
    write: () => Promise<unknown>
  ): Promise<void> {
    if (!this.dryRun) await write();
    this.change(kind, target, detail);
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
    const report: ProvisioningReport = { schemaVersion, changes: [...this._changes], warnings: [...this._warnings] };
    return this.dryRun ? { ...report, dryRun: true } : report;
  }
}

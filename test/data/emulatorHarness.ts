import type { SPFI } from '@pnp/sp';
import { startEmulator } from '../../local/emulator';
import type { FaultOptions, RunningEmulator } from '../../local/emulator';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { PERSONAS, addPersonasToGroups, personaByKey } from '../../local/seed/personas';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';
import { provisionSite } from '../../src/data/provisioning/provisionSite';
import type { ProvisioningReport } from '../../src/data/provisioning/report';
import { createSharePointCaseStore } from '../../src/data/sharepoint/caseStore';
import type { CaseStore } from '../../src/data/ports';

/** An emulator on a free port, provisioned, with the demo personas in their groups. */
export interface Harness {
  emulator: RunningEmulator;
  spAs(personaKey: string): SPFI;
  storeAs(personaKey: string): CaseStore;
  firstReport: ProvisioningReport;
  close(): Promise<void>;
}

export async function startHarness(options: { faults?: FaultOptions } = {}): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, users: [...PERSONAS], faults: options.faults });
  // Retries without waiting: the emulator's Retry-After is 0 in these tests.
  const spAs = (key: string): SPFI =>
    createNodeSp(emulator.siteUrl, LocalEmulatorUser(personaByKey(key).login), { retries: 10, interval: 1 });
  const admin = spAs('svc.ccm');
  const firstReport = await provisionSite(admin);
  await addPersonasToGroups(admin);
  return {
    emulator,
    spAs,
    storeAs: (key: string) => createSharePointCaseStore(spAs(key)),
    firstReport,
    close: () => emulator.close()
  };
}

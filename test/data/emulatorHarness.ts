import type { SPFI } from '@pnp/sp';
import { startEmulator } from '../../local/emulator';
import type { FaultOptions, RunningEmulator } from '../../local/emulator';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { PERSONAS, personaByKey } from '../../local/seed/personas';
import { addPersonasToGroups } from '../../local/seed/personaGroups';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';
import { provisionSite } from '../../src/data/provisioning/provisionSite';
import type { ProvisioningReport } from '../../src/data/provisioning/report';
import { createSharePointCaseStore } from '../../src/data/sharepoint/caseStore';
import type { CaseStore } from '../../src/data/ports';
import { expectNothingElseChangedByEachTest, type NothingElseChangedOptions } from './support/nothingElseChanged';
import { recordWrites, WriteIntent } from './support/writeIntent';
import { siteTemplate } from '../support/siteTemplates';

/** An emulator on a free port, provisioned, with the demo personas in their groups. */
export interface Harness {
  emulator: RunningEmulator;
  spAs(personaKey: string): SPFI;
  /** A store as the persona; its writes are noted in `intent` (see support/writeIntent.ts). */
  storeAs(personaKey: string): CaseStore;
  /** The ids the current test's writes named, for the "nothing else changed" check. */
  intent: WriteIntent;
  firstReport: ProvisioningReport;
  close(): Promise<void>;
}

/**
 * A harness with faults provisions over HTTP, through the faults, as before; one without starts
 * from the provisioned empty site saved once for the current code (test/support/siteTemplates.ts),
 * and `firstReport` is what provisioning reported when that site was made.
 */
export async function startHarness(options: { faults?: FaultOptions } = {}): Promise<Harness> {
  const template = options.faults ? undefined : await siteTemplate('harness');
  const emulator = await startEmulator({ port: 0, users: [...PERSONAS], faults: options.faults, startFrom: template?.file });
  // Retries without waiting: the emulator's Retry-After is 0 in these tests.
  const spAs = (key: string): SPFI =>
    createNodeSp(emulator.siteUrl, LocalEmulatorUser(personaByKey(key).login), { retries: 10, interval: 1 });
  const firstReport = template?.report ?? (await provisionFromNothing(spAs('svc.ccm')));
  const intent = new WriteIntent();
  return {
    emulator,
    spAs,
    storeAs: (key: string) => recordWrites(createSharePointCaseStore(spAs(key)), intent),
    intent,
    firstReport,
    close: () => emulator.close()
  };
}

async function provisionFromNothing(admin: SPFI): Promise<ProvisioningReport> {
  const report = await provisionSite(admin);
  await addPersonasToGroups(admin);
  return report;
}

/**
 * Issue 14, "nothing lost": every test of the enclosing describe is checked afterwards for
 * collateral damage: no item that existed before it, and that its writes did not name, changed.
 */
export function nothingElseChangesInEachTest(harness: () => Harness, options: NothingElseChangedOptions = {}): void {
  expectNothingElseChangedByEachTest(
    () => harness().spAs('svc.ccm'),
    () => harness().intent,
    options
  );
}

import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startEmulator } from './emulator';
import type { RunningEmulator } from './emulator';
import { LocalEmulatorUser } from './emulator/pnp-local-user';
import { PERSONAS, personaByKey } from './seed/personas';
import { addPersonasToGroups } from './seed/personaGroups';
import { seedDemoData, seedRoleAssignments } from './seed/demo-data';
import { createNodeSp } from '../src/data/sharepoint/spFactory';
import { createSharePointCaseStore } from '../src/data/sharepoint/caseStore';
import { provisionSite } from '../src/data/provisioning/provisionSite';
import { movePersonDetails } from '../src/data/sharepoint/movePersonDetails';
import { reindexPersonNames } from '../src/data/sharepoint/reindexPersonNames';
import { DEFAULT_GUIDANCE } from '../src/domain/guidance/defaultGuidance';
import type { CaseStore } from '../src/data/ports';

export interface LocalSharePoint {
  emulator: RunningEmulator;
  siteUrl: string;
  storeAs(personaKey: string): CaseStore;
}

export interface LocalSharePointOptions {
  port?: number;
  dataFile?: string;
  log?: (line: string) => void;
  /**
   * True (the default): demo customers and cases are added when the site has none. False:
   * the site is provisioned with its real groups, permissions, personas and role holders,
   * and holds no customer, incident or case (a journey that must start from nothing).
   */
  seed?: boolean;
  /**
   * A saved site that is already provisioned, with the personas in their groups and the role
   * holders set (tests: test/support/siteTemplates.ts). Used when the data file does not exist
   * yet, and then the set-up steps are not run again. Only with `seed: false`.
   */
  provisionedSite?: string;
}

/** Local-only: emulator on loopback, provisioned, personas in groups, demo data if empty (unless `seed: false`). */
export async function startLocalSharePoint(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataFile = resolve(options.dataFile ?? '.local-data/sp.json');
  mkdirSync(dirname(dataFile), { recursive: true });
  const fromProvisionedSite = options.provisionedSite !== undefined && options.seed === false && !existsSync(dataFile);
  const emulator = await startEmulator({ port: options.port ?? 4323, users: [...PERSONAS], dataFile, startFrom: options.provisionedSite });
  const spAs = (key: string): ReturnType<typeof createNodeSp> => createNodeSp(emulator.siteUrl, LocalEmulatorUser(personaByKey(key).login));
  const storeAs = (key: string): CaseStore => createSharePointCaseStore(spAs(key));
  if (fromProvisionedSite) return { emulator, siteUrl: emulator.siteUrl, storeAs };
  const admin = spAs('svc.ccm');
  const report = await provisionSite(admin, { guidance: DEFAULT_GUIDANCE });
  log(`Provisioning: ${report.changes.length} change(s), ${report.warnings.length} warning(s).`);
  await addPersonasToGroups(admin);
  // A data file from before name search keys: its people get their keys (idempotent).
  const reindex = await reindexPersonNames(admin);
  if (reindex.reindexed.length > 0) log(`Name search: ${reindex.reindexed.length} customer(s) given search keys.`);
  // A data file from before PersonDetails: its people's needs and circumstances move there (idempotent).
  const moved = await movePersonDetails(admin);
  if (moved.moved.length > 0) log(`Needs and circumstances: ${moved.moved.length} customer(s) moved to PersonDetails.`);
  if (options.seed === false) {
    // Who holds each role is configuration, not demo data: without it nobody could triage or approve.
    await seedRoleAssignments(storeAs('svc.ccm'));
    log('No demo data: the site holds no customers or cases.');
    return { emulator, siteUrl: emulator.siteUrl, storeAs };
  }
  const existingCase = await storeAs('svc.ccm').cases.find('demo-case-active');
  if (!existingCase) {
    const seeded = await seedDemoData(storeAs('sam.staff'), storeAs('cara.cro'), storeAs('svc.ccm'));
    log(`Seeded ${seeded.persons} customers and ${seeded.cases} cases.`);
  }
  return { emulator, siteUrl: emulator.siteUrl, storeAs };
}

if (require.main === module) {
  startLocalSharePoint()
    .then(({ siteUrl }) => {
      console.log(`Local SharePoint: ${siteUrl}`);
      console.log('Users (send X-Emulator-User: <login>):');
      for (const persona of PERSONAS) {
        console.log(`  ${persona.login.padEnd(48)} ${persona.title} [${persona.groups.join(', ')}]`);
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

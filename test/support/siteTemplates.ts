// Provisioned empty sites, saved once and started from by every test file that needs one
// (issue 15: `npm test` in 10 minutes). About sixty test files each started an emulator and
// provisioned it over HTTP (every list, column, group and permission: about 3 s of CPU each);
// the result is the same every time for the same code, so it is made once and each emulator
// starts from a copy of it. The copy is keyed by a hash of every source file under src/ and
// local/ and of the lockfile, so a change to the schema, provisioning, the personas or the
// emulator makes a new one. Provisioning itself stays tested from nothing
// (test/data/provisioning.test.ts and every harness started with faults provision for real).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startEmulator } from '../../local/emulator';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { PERSONAS, personaByKey } from '../../local/seed/personas';
import { addPersonasToGroups } from '../../local/seed/personaGroups';
import { startLocalSharePoint } from '../../local/sp-local';
import { provisionSite } from '../../src/data/provisioning/provisionSite';
import type { ProvisioningReport } from '../../src/data/provisioning/report';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';

const ROOT = path.join(__dirname, '..', '..');
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'ccm-site-templates');
const SOURCES = ['src', 'local'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'out', '.local-data']);

/**
 * - `harness`: provisioned as test/data/emulatorHarness.ts does (no guidance), personas in groups.
 * - `emptySite`: what `startLocalSharePoint({ seed: false })` makes (guidance, personas, role holders).
 */
export type SiteTemplateKind = 'harness' | 'emptySite';

export interface SiteTemplate {
  /** The saved site (the emulator's data file format). */
  file: string;
  /** What provisioning reported when the template was made (the harness's `firstReport`). */
  report?: ProvisioningReport;
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : sourceFiles(file);
    return /\.(ts|tsx|js|json)$/.test(entry.name) ? [file] : [];
  });
}

let sourceHash: string | undefined;

/** A hash of the code a template is made by (once per process: files do not change during a run). */
function hashOfSources(): string {
  if (sourceHash !== undefined) return sourceHash;
  const hash = createHash('sha256');
  const files = SOURCES.flatMap((directory) => sourceFiles(path.join(ROOT, directory))).sort();
  for (const file of [...files, path.join(ROOT, 'package-lock.json')]) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  sourceHash = hash.digest('hex').slice(0, 16);
  return sourceHash;
}

async function makeHarnessTemplate(dataFile: string): Promise<ProvisioningReport> {
  const emulator = await startEmulator({ port: 0, users: [...PERSONAS], dataFile });
  try {
    const admin = createNodeSp(emulator.siteUrl, LocalEmulatorUser(personaByKey('svc.ccm').login));
    const report = await provisionSite(admin);
    await addPersonasToGroups(admin);
    return report;
  } finally {
    await emulator.close();
  }
}

async function makeEmptySiteTemplate(dataFile: string): Promise<undefined> {
  const site = await startLocalSharePoint({ port: 0, dataFile, log: () => undefined, seed: false });
  await site.emulator.close();
  return undefined;
}

/** The template of that kind for the current code: made now if there is none yet. */
export async function siteTemplate(kind: SiteTemplateKind): Promise<SiteTemplate> {
  const file = path.join(CACHE_DIR, `${kind}-${hashOfSources()}.json`);
  const reportFile = `${file}.report.json`;
  if (fs.existsSync(file) && fs.existsSync(reportFile)) {
    const { report } = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as { report?: ProvisioningReport };
    return { file, report };
  }
  // Made in a folder of its own and renamed into place: two test workers making the same
  // template at once each rename a whole file, never a half-written one.
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const workDir = fs.mkdtempSync(path.join(CACHE_DIR, 'making-'));
  try {
    const dataFile = path.join(workDir, 'site.json');
    const report = kind === 'harness' ? await makeHarnessTemplate(dataFile) : await makeEmptySiteTemplate(dataFile);
    fs.writeFileSync(path.join(workDir, 'report.json'), JSON.stringify({ report }));
    fs.renameSync(path.join(workDir, 'report.json'), reportFile);
    fs.renameSync(dataFile, file);
    return { file, report };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

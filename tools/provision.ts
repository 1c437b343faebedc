/**
 * npm run provision -- --site <url> [--device-code] | --local [--site <emulator site url>] [--user <login>]
 * App-only (default) reads CCM_TENANT_ID, CCM_CLIENT_ID, CCM_CERT_PATH, CCM_CERT_THUMBPRINT.
 */
import { createNodeSp } from '../src/data/sharepoint/spFactory';
import { provisionSite } from '../src/data/provisioning/provisionSite';
import { movePersonDetails } from '../src/data/sharepoint/movePersonDetails';
import { reindexPersonNames } from '../src/data/sharepoint/reindexPersonNames';
import { CertificateAuth, DeviceCodeAuth } from '../src/data/sharepoint/node/msalAuth';
import { LocalEmulatorUser } from '../local/emulator/pnp-local-user';
import { DEFAULT_GUIDANCE } from '../src/domain/guidance/defaultGuidance';
import type { TimelinePipe } from '@pnp/core';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Set ${name}.`);
  }
  return value;
}

function authFor(): TimelinePipe {
  if (process.argv.includes('--local')) {
    return LocalEmulatorUser(argument('--user') ?? 'i:0#.f|membership|svc.ccm@ccm.local');
  }
  if (process.argv.includes('--device-code')) {
    return DeviceCodeAuth({
      tenantId: requiredEnv('CCM_TENANT_ID'),
      clientId: requiredEnv('CCM_CLIENT_ID'),
      log: (message) => console.log(message)
    });
  }
  return CertificateAuth({
    tenantId: requiredEnv('CCM_TENANT_ID'),
    clientId: requiredEnv('CCM_CLIENT_ID'),
    certificatePath: requiredEnv('CCM_CERT_PATH'),
    thumbprint: requiredEnv('CCM_CERT_THUMBPRINT')
  });
}

async function main(): Promise<void> {
  const site = argument('--site') ?? (process.argv.includes('--local') ? 'http://127.0.0.1:4323/sites/ccm' : undefined);
  if (!site) {
    throw new Error('Usage: npm run provision -- --site <url> [--device-code] | --local');
  }
  const sp = createNodeSp(site, authFor());
  const report = await provisionSite(sp, { guidance: DEFAULT_GUIDANCE, log: (line) => console.log(line) });
  console.log(JSON.stringify({ changes: report.changes.length, warnings: report.warnings }, undefined, 2));
  // People recorded before the PersonNameKeys list existed get their name search keys (idempotent).
  const reindex = await reindexPersonNames(sp);
  console.log(`Name search keys: ${reindex.persons} customer(s) checked, ${reindex.reindexed.length} given keys.`);
  // People's needs and circumstances recorded on Persons before PersonDetails existed move there (idempotent).
  const moved = await movePersonDetails(sp);
  console.log(`Needs and circumstances: ${moved.moved.length} customer(s) moved to PersonDetails.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

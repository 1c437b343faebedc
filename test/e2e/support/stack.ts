// The real local stack for browser tests: the SharePoint emulator (provisioned, personas,
// demo data unless `seed: false` asks for an empty site) on a free port, the case service
// against it as the service account, a loopback Bot Connector for approval cards, and the
// host page proxying both. The same start functions as `npm start`, on free ports and a
// throwaway data file.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLocalSharePoint, type LocalSharePoint } from '../../../local/sp-local';
import { startLocalBotConnector, type LocalBotConnector } from '../../../local/botConnector';
import { startHostServer, type HostServerOptions, type RunningHostServer } from '../../../local/host/server';
import { personaByKey, personaDirectory } from '../../../local/seed/personas';
import { startCaseService, type LocalCaseService } from '../../../local/caseService';
import { siteTemplate } from '../../support/siteTemplates';

export interface LocalStack {
  sharePoint: LocalSharePoint;
  connector: LocalBotConnector;
  service: LocalCaseService;
  hostPage: RunningHostServer;
  close(): Promise<void>;
}

/** A free loopback port (the case service needs its port before it starts: its JWKS URL names it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface LocalStackOptions {
  onProxy?: HostServerOptions['onProxy'];
  /** False: start from an empty site (groups, permissions, personas and role holders, but no customers or cases). Default true. */
  seed?: boolean;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-e2e-'));
  // An empty site starts from the one saved for the current code (test/support/siteTemplates.ts).
  const provisionedSite = options.seed === false ? (await siteTemplate('emptySite')).file : undefined;
  const sharePoint = await startLocalSharePoint({
    port: 0,
    dataFile: path.join(dir, 'sp.json'),
    log: () => undefined,
    seed: options.seed,
    provisionedSite
  });
  // Nothing listens on the Playground port given here, so the connector holds the cards.
  const connector = await startLocalBotConnector({ port: 0, playgroundUrl: `http://127.0.0.1:${await freePort()}`, log: () => undefined });
  const service = await startCaseService({
    port: await freePort(),
    siteUrl: sharePoint.siteUrl,
    spUserLogin: personaByKey('svc.ccm').login,
    auth: 'local',
    serviceUrl: connector.url,
    // Cards name people by display name, as Teams would show them (CCM_DIRECTORY in a tenant).
    directory: personaDirectory()
  });
  const hostPage = await startHostServer({
    port: 0,
    sharePointUrl: sharePoint.siteUrl,
    caseServiceUrl: service.url,
    issueToken: (objectId) => service.issueToken(objectId),
    onProxy: options.onProxy
  });
  return {
    sharePoint,
    connector,
    service,
    hostPage,
    close: async () => {
      await hostPage.close();
      await service.close();
      await connector.close();
      await sharePoint.emulator.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

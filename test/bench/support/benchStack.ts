// The journeys' local stack (test/e2e/support/stack.ts: emulator from an EMPTY site, case
// service, loopback Bot Connector, host page), with a latency proxy on every hop a tenant has,
// all writing to one request log. Shaped as a LocalStack, so that the journey helpers (cards
// read from the connector, a card button pressed) work on it unchanged.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLocalSharePoint } from '../../../local/sp-local';
import { startLocalBotConnector, type LocalBotConnector } from '../../../local/botConnector';
import { startHostServer } from '../../../local/host/server';
import { personaByKey, personaDirectory } from '../../../local/seed/personas';
import { startCaseService } from '../../../local/caseService';
import { freePort, type LocalStack } from '../../e2e/support/stack';
import { RequestLog, startLatencyProxy, type Hop, type LatencyProxy } from './latencyProxy';

export interface BenchStack extends LocalStack {
  log: RequestLog;
  latencyMs: number;
}

export async function startBenchStack(latencyMs: number): Promise<BenchStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-bench-actions-'));
  const log = new RequestLog();
  const proxies: LatencyProxy[] = [];
  const proxy = async (target: string, hop: Hop): Promise<string> => {
    const started = await startLatencyProxy({ target: new URL(target).origin, hop, latencyMs, log });
    proxies.push(started);
    return started.url;
  };

  const sharePoint = await startLocalSharePoint({ port: 0, dataFile: path.join(dir, 'sp.json'), log: () => undefined, seed: false });
  const realConnector = await startLocalBotConnector({
    port: 0,
    playgroundUrl: `http://127.0.0.1:${await freePort()}`,
    log: () => undefined
  });
  const connectorUrl = await proxy(realConnector.url, 'service→Bot Connector');
  const service = await startCaseService({
    port: await freePort(),
    siteUrl: `${await proxy(sharePoint.siteUrl, 'service→SharePoint')}/sites/ccm`,
    spUserLogin: personaByKey('svc.ccm').login,
    auth: 'local',
    serviceUrl: connectorUrl,
    directory: personaDirectory()
  });
  const teamsToService = await proxy(service.url, 'Teams→service');
  const hostPage = await startHostServer({
    port: 0,
    sharePointUrl: `${await proxy(sharePoint.siteUrl, 'browser→SharePoint')}/sites/ccm`,
    caseServiceUrl: await proxy(service.url, 'browser→service'),
    issueToken: (objectId) => service.issueToken(objectId)
  });
  // Card invokes reach the service the way Teams posts them: through a latency proxy.
  const connector: LocalBotConnector = {
    url: connectorUrl,
    get held() {
      return realConnector.held;
    },
    close: () => realConnector.close()
  };
  return {
    sharePoint,
    connector,
    service: Object.assign(Object.create(service) as typeof service, { messagesUrl: `${teamsToService}/api/messages` }),
    hostPage,
    log,
    latencyMs,
    close: async () => {
      await hostPage.close();
      for (const started of proxies) await started.close();
      await service.close();
      await realConnector.close();
      await sharePoint.emulator.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

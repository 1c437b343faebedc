// `npm start`: brings the whole product up locally on loopback and prints the URLs:
// the SharePoint emulator (provisioned, personas, demo data, persisted under .local-data/),
// the case service against it as the service account, and the local host page that proxies
// both on its own origin. Ports: CCM_SP_PORT (4323), CCM_SERVICE_PORT (3978),
// CCM_HOST_PORT (4321), CCM_CONNECTOR_PORT (3979), CCM_PLAYGROUND_PORT (56150).
import { startLocalSharePoint } from './sp-local';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startLocalBotConnector } from './botConnector';
import { playgroundConfig } from './playgroundConfig';
import { startHostServer } from './host/server';
import { LOCAL_HOST_USERS } from './host/localUsers';
import { personaByKey, personaDirectory } from './seed/personas';
import { startCaseService } from './caseService';

function port(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new RangeError(`${name} must be a port number (0 to 65535), not "${value}".`);
  return parsed;
}

async function main(): Promise<void> {
  const ports = {
    sharePoint: port('CCM_SP_PORT', 4323),
    service: port('CCM_SERVICE_PORT', 3978),
    host: port('CCM_HOST_PORT', 4321),
    connector: port('CCM_CONNECTOR_PORT', 3979),
    playground: port('CCM_PLAYGROUND_PORT', 56150)
  };
  const closers: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the local environment...');
    for (const close of closers.reverse()) {
      await close().catch((error: unknown) => console.error('  could not stop cleanly:', error));
    }
    process.exit(code);
  };
  process.once('SIGINT', () => {
    stop(0).catch(() => process.exit(1));
  });
  process.once('SIGTERM', () => {
    stop(0).catch(() => process.exit(1));
  });

  try {
    const sharePoint = await startLocalSharePoint({ port: ports.sharePoint });
    closers.push(() => sharePoint.emulator.close());
    const connector = await startLocalBotConnector({
      port: ports.connector,
      playgroundUrl: `http://127.0.0.1:${ports.playground}/_connector`
    });
    closers.push(() => connector.close());
    const service = await startCaseService({
      port: ports.service,
      siteUrl: sharePoint.siteUrl,
      spUserLogin: personaByKey('svc.ccm').login,
      auth: 'local',
      serviceUrl: connector.url,
      // Cards name people by display name, as Teams would show them (CCM_DIRECTORY in a tenant).
      directory: personaDirectory()
    });
    closers.push(() => service.close());
    const hostPage = await startHostServer({
      port: ports.host,
      sharePointUrl: sharePoint.siteUrl,
      caseServiceUrl: service.url,
      issueToken: (objectId) => service.issueToken(objectId)
    });
    closers.push(() => hostPage.close());

    console.log('\nCustomer Case Management is running locally.\n');
    console.log(`  Local host page:   ${hostPage.url}  (SharePoint mode; add ?store=memory for the in-memory demo data)`);
    console.log('  Act as another person with ?as=<key>:');
    for (const user of LOCAL_HOST_USERS) console.log(`    ${hostPage.url}?as=${user.key.padEnd(16)} ${user.title}`);
    console.log("  Themes: add &theme=dark or &theme=contrast; the Members' guidance page: &mode=guidance");
    console.log(`\n  SharePoint emulator: ${sharePoint.siteUrl}  (send X-Emulator-User: <login>; data in .local-data/sp.json)`);
    console.log(`  Case service:        ${service.messagesUrl}  (bot), ${service.url.replace(/\/$/, '')}/api/health`);
    // The Playground's users carry the personas' Entra object ids, so proactive cards reach the chat it shows.
    const playgroundFile = path.resolve('.local-data', 'agentsplayground.yml');
    fs.mkdirSync(path.dirname(playgroundFile), { recursive: true });
    fs.writeFileSync(playgroundFile, playgroundConfig('ed.director'));
    console.log(
      `  Teams client:        M365_AGENTS_PLAYGROUND_CONFIG_PATH=${playgroundFile} npx agentsplayground -e ${service.messagesUrl} -c msteams -p ${ports.playground} --disable-telemetry`
    );
    console.log('                       (the Playground user is Edwina Director, an approver of the demo sanction)');
    console.log(`                       (approval cards go to the Playground when it runs; otherwise ${connector.url} holds them)`);
    console.log('\nPress Ctrl+C to stop.\n');
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
    console.error(
      inUse
        ? `A port is already in use (${(error as Error).message}). Stop the other process or set CCM_*_PORT.`
        : 'Could not start the local environment:',
      inUse ? '' : error
    );
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error('Could not start the local environment:', error);
  process.exit(1);
});

/**
 * Starts the SharePoint emulator on its own:
 *   tsx local/emulator/cli.ts --port 4323 --data .local-data/sp.json [--users users.json] [--site-path /sites/ccm] [--threshold 5000]
 * `--users` names a JSON array of EmulatorUser; without it the built-in personas are used.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_USERS } from './default-users';
import { EmulatorUser, startEmulator } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4323' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      users: { type: 'string' },
      'site-path': { type: 'string', default: '/sites/ccm' },
      threshold: { type: 'string', default: '5000' }
    }
  });
  const users = values.users ? (JSON.parse(readFileSync(values.users, 'utf8')) as EmulatorUser[]) : DEFAULT_USERS;
  const emulator = await startEmulator({
    port: Number(values.port),
    host: values.host,
    dataFile: values.data,
    users,
    sitePath: values['site-path'],
    listViewThreshold: Number(values.threshold)
  });
  process.stdout.write(`SharePoint emulator: ${emulator.siteUrl}\n`);
  process.stdout.write(`Users (send X-Emulator-User): ${users.map((u) => u.login).join(', ')}\n`);
  process.stdout.write(values.data ? `Data file: ${values.data}\n` : 'In memory only (no --data)\n');
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

import { DefaultHeaders, DefaultInit, SPFI, spfi } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/attachments';
import { EmulatorOptions, EmulatorUser, RunningEmulator, startEmulator } from '../../local/emulator';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';

export const ADMIN = 'admin@council.example';
export const OFFICER = 'officer@council.example';
export const STAFF = 'staff@council.example';
export const READER = 'reader@council.example';

export const USERS: EmulatorUser[] = [
  { login: ADMIN, title: 'Ada Admin', email: ADMIN, isSiteAdmin: true },
  { login: OFFICER, title: 'Olu Officer', email: OFFICER },
  { login: STAFF, title: "Siobhán O'Brien", email: STAFF },
  { login: READER, title: 'Rhys Reader', email: READER }
];

export async function startTestEmulator(overrides: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, users: USERS, ...overrides });
}

/** PnPjs exactly as the Node composition roots use it, plus the emulator's user header. */
export function pnpFor(emulator: RunningEmulator, login: string): SPFI {
  return spfi(emulator.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: 3 }),
    DefaultParse(),
    LocalEmulatorUser(login)
  );
}

/** Raw fetch for shape assertions PnPjs would hide. */
export async function rawFetch(emulator: RunningEmulator, path: string, init: RequestInit & { user?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(init.headers as Record<string, string>) };
  if (init.user) headers['X-Emulator-User'] = init.user;
  return fetch(`${emulator.siteUrl}${path}`, { ...init, headers });
}

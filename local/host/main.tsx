// Browser entry of the local host page: renders the real UI tree with a local context.
// Persona, theme and mode come from the query string so the persona switcher and tests
// can drive them without any SPFx or Teams runtime.
import { mountApp } from '../../src/ui/mount';
import { type HostInfo, type HostTheme, toAppMode } from '../../src/ui/host/hostInfo';
import { LOCAL_HOST_USERS, findLocalUser } from './localUsers';

function themeFromQuery(value: string | null): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'light';
}

const params = new URLSearchParams(window.location.search);
const user = findLocalUser(params.get('as')) ?? LOCAL_HOST_USERS[0];
const host: HostInfo = {
  kind: 'local',
  theme: themeFromQuery(params.get('theme')),
  mode: toAppMode(params.get('mode')),
  user: { login: user.login, displayName: user.displayName, email: user.email },
  deepLink: { caseId: params.get('case') ?? undefined }
};

const root = document.getElementById('root');
if (!root) throw new Error('The local host page has no #root element.');
mountApp(root, host);

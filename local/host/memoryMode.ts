// The local host page's in-memory mode (`?store=memory`): the data-port fake with demo data,
// for axe and keyboard tests that need no SharePoint. A separate chunk, loaded only in that
// mode, so the test fakes and their demo data stay off the SharePoint mode's first render.
import { mountApp } from '../../src/ui/mount';
import type { HostInfo } from '../../src/ui/host/hostInfo';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { seedDemo, USERS } from '../seed/demoRecords';
import { memoryServices } from './memoryServices';
import { renderPersonaBanner } from './personaBanner';

export function startMemoryMode(root: HTMLElement, requestedPersona: string | undefined, host: Omit<HostInfo, 'kind' | 'user'>): void {
  const persona = (requestedPersona ?? 'staff') as keyof typeof USERS;
  const demo = USERS[persona] ?? USERS.staff;
  const store = createMemoryStore();
  seedDemo(store);
  const services = memoryServices(demo, { store });
  renderPersonaBanner(Object.keys(USERS), persona);
  mountApp(root, { ...host, kind: 'local', user: { id: demo.id, login: demo.login, displayName: demo.displayName } }, services);
}

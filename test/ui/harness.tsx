import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { App } from '../../src/ui/shell/App';
import type { HostInfo } from '../../src/ui/host/hostInfo';
import { memoryServices, type MemoryServices } from '../../local/host/memoryServices';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { seedDemo, USERS, type DemoUser } from '../../local/seed/demoRecords';

export interface Rendered extends RenderResult {
  services: MemoryServices;
}

/** Renders the whole app for a persona over a seeded in-memory store; `caseId` deep-links. */
export function renderApp(user: DemoUser = USERS.staff, options: { store?: MemoryStore; caseId?: string; seed?: boolean } = {}): Rendered {
  const store = options.store ?? createMemoryStore();
  if (!options.store && options.seed !== false) seedDemo(store);
  const services = memoryServices(user, { store });
  const host: HostInfo = {
    kind: 'local',
    theme: 'light',
    mode: 'app',
    user: { id: user.id, login: user.login, displayName: user.displayName },
    deepLink: { caseId: options.caseId }
  };
  const result = render(<App host={host} services={services} />);
  return { ...result, services };
}

// Test harness for the case screens (check a customer, my reports, triage, cases, case view
// and the case forms): a persona's services over the in-memory CaseStore, the Fluent
// provider, and a navigation spy. Also renders the whole shell at one route so role-based
// refusal is tested exactly as the app applies it.
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Case, Role, RoleAssignments } from '../../../src/domain';
import type { Stored } from '../../../src/data/ports';
import type { HostInfo } from '../../../src/ui/host/hostInfo';
import { AppServicesProvider } from '../../../src/ui/services/AppServices';
import { App } from '../../../src/ui/shell/App';
import { Navigation, NavigationContext } from '../../../src/ui/navigation/navigation';
import { findRoute, ROUTES } from '../../../src/ui/shell/routes';
import { USERS, type DemoUser } from '../../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../../src/data/memory/memoryStore';
import { memoryServices, type MemoryServices } from '../../../local/host/memoryServices';

// jsdom has no ResizeObserver; Fluent's MessageBar (layout "auto") observes its own width
// to reflow. A no-op observer keeps the single-line layout, as a wide browser would.
class NoopResizeObserver {
  public observe(): void {}
  public unobserve(): void {}
  public disconnect(): void {}
}
if (typeof (globalThis as { ResizeObserver?: unknown }).ResizeObserver === 'undefined') {
  Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
}

export interface CaseScreenOptions {
  user?: DemoUser;
  /** Override the persona's roles (e.g. to show what a role without access sees). */
  roles?: Role[];
  store?: MemoryStore;
  /** Extra role holders merged into the services' role assignments (alternate officer, appeal reviewers). */
  extraHolders?: Partial<Record<Role, string[]>>;
}

export interface RenderedCaseScreen extends RenderResult {
  services: MemoryServices;
  store: MemoryStore;
  navigations: { screen: string; params?: Record<string, string> }[];
}

function mergeHolders(assignments: RoleAssignments, extra: Partial<Record<Role, string[]>> = {}): RoleAssignments {
  const merged: Partial<Record<Role, readonly string[]>> = { ...assignments };
  for (const role of Object.keys(extra) as Role[]) {
    const holders = merged[role] ?? [];
    merged[role] = [...holders, ...(extra[role] ?? []).filter((id) => holders.indexOf(id) < 0)];
  }
  return merged;
}

/** Renders one screen for a persona over an in-memory store (empty unless one is passed). */
export function renderCaseScreen(element: React.ReactElement, options: CaseScreenOptions = {}): RenderedCaseScreen {
  const store = options.store ?? createMemoryStore();
  const base = memoryServices(options.user ?? USERS.caseOfficer, { store, roles: options.roles });
  const services: MemoryServices = { ...base, roleAssignments: mergeHolders(base.roleAssignments, options.extraHolders) };
  const navigations: { screen: string; params?: Record<string, string> }[] = [];
  const navigation: Navigation = {
    location: { screen: 'test', params: {} },
    navigate: (screen, params) => {
      navigations.push({ screen, params });
    },
    back: () => undefined
  };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider services={services}>
        <NavigationContext.Provider value={navigation}>{element}</NavigationContext.Provider>
      </AppServicesProvider>
    </FluentProvider>
  );
  return { ...result, services, store, navigations };
}

/**
 * Renders the whole app with `routeId` as the first screen (moved to the front of the route
 * table), so a persona without the role gets the shell's refusal rather than the screen.
 */
export function renderAppAt(
  routeId: string,
  user: DemoUser,
  store: MemoryStore = createMemoryStore()
): RenderResult & { services: MemoryServices } {
  const route = findRoute(routeId);
  if (!route) throw new Error(`No route ${routeId}`);
  const routes = [route, ...ROUTES.filter((r) => r !== route)];
  const services = memoryServices(user, { store });
  const host: HostInfo = {
    kind: 'local',
    theme: 'light',
    mode: 'app',
    user: { id: user.id, login: user.login, displayName: user.displayName }
  };
  const result = render(<App host={host} services={services} routes={routes} />);
  return { ...result, services };
}

/** Someone else saves the case (a new etag), so the screen's copy is stale. */
export async function someoneElseSaves(store: MemoryStore, caseId: string, change: (kase: Case) => Case): Promise<Stored<Case>> {
  const current = await store.tables.cases.get(caseId);
  return store.tables.cases.update(current, change(current.value));
}

/** The case as the store holds it now. */
export function storedCase(store: MemoryStore, caseId: string): Case {
  const row = store.tables.cases.all().filter((r) => r.value.id === caseId)[0];
  if (!row) throw new Error(`No case ${caseId} in the store`);
  return row.value;
}

/** The text of whatever an element's aria-describedby points at (hint and validation message). */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

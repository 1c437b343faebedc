// Test harness for the oversight screens (approvals, monitoring, members, FOI, letters):
// AppServices with an in-memory store made only of the ports a test passes in, a fixed
// clock (28 November 2026), and the Fluent provider and navigation the shell would give.
import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Role } from '../../../src/domain';
import { AppServices, AppServicesProvider } from '../../../src/ui/services/AppServices';
import type { CaseStore } from '../../../src/ui/services/appStore';
import type { CaseServiceClient } from '../../../src/ui/services/caseServiceClient';
import { fixedClock } from '../../../src/ui/services/clock';
import { sectionGuidanceSource } from '../../../src/ui/services/guidance';
import { createPeopleDirectory, type DirectoryPerson } from '../../../src/ui/services/people';
import { Navigation, NavigationContext } from '../../../src/ui/navigation/navigation';

export const TODAY_INSTANT: string = '2026-11-28T10:00:00.000Z';

export interface HarnessOptions {
  roles: readonly Role[];
  /** Only the repositories the screen under test uses; anything else throws if touched. */
  store?: Partial<Record<keyof CaseStore | string, unknown>>;
  caseService?: Partial<CaseServiceClient>;
  userId?: string;
  displayName?: string;
  /** Other staff the screen may name (the signed-in user is always known). */
  people?: readonly DirectoryPerson[];
}

function refuseUnexpected(name: string): never {
  throw new Error(`The test did not expect a call to ${name}`);
}

export function fakeCaseService(overrides: Partial<CaseServiceClient> = {}): CaseServiceClient {
  return {
    requestApproval: overrides.requestApproval ?? (() => refuseUnexpected('requestApproval')),
    listMyApprovals: overrides.listMyApprovals ?? (() => Promise.resolve([])),
    decide: overrides.decide ?? (() => refuseUnexpected('decide')),
    memberRestrictions: overrides.memberRestrictions ?? (() => Promise.resolve([])),
    retentionDue: overrides.retentionDue ?? (() => Promise.resolve([])),
    decideRetention: overrides.decideRetention ?? (() => refuseUnexpected('decideRetention'))
  };
}

export function oversightServices(options: HarnessOptions): AppServices {
  const userId = options.userId ?? 'user-1';
  const clock = fixedClock(TODAY_INSTANT);
  return {
    store: (options.store ?? {}) as unknown as CaseStore,
    caseService: fakeCaseService(options.caseService),
    currentUser: { id: userId, login: `${userId}@example.gov.uk`, displayName: options.displayName ?? 'Alex Morgan' },
    roles: options.roles,
    roleAssignments: Object.fromEntries(options.roles.map((role) => [role, [userId]])),
    clock,
    guidance: sectionGuidanceSource(() => clock.today()),
    people: createPeopleDirectory([{ id: userId, displayName: options.displayName ?? 'Alex Morgan' }, ...(options.people ?? [])]),
    newRequestKey: (() => {
      let next = 0;
      return () => `request-${++next}`;
    })()
  };
}

export const navigationSpy: { calls: { screen: string; params?: Record<string, string> }[] } = { calls: [] };

const testNavigation: Navigation = {
  location: { screen: 'test', params: {} },
  navigate: (screen, params) => {
    navigationSpy.calls.push({ screen, params });
  },
  back: () => undefined
};

export function renderScreen(element: React.ReactElement, options: HarnessOptions): RenderResult {
  const services = oversightServices(options);
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider services={services}>
        <NavigationContext.Provider value={testNavigation}>{element}</NavigationContext.Provider>
      </AppServicesProvider>
    </FluentProvider>
  );
}

/** A Pages<T> from one array, as the repositories return. */
export function pagesOf<T>(items: readonly T[]): AsyncIterable<readonly T[]> {
  return {
    async *[Symbol.asyncIterator]() {
      yield items;
    }
  };
}

/** Wraps a value as the data ports' Stored<T>. */
export function stored<T>(value: T, itemId: number = 1): { value: T; etag: string; itemId: number } {
  return { value, etag: `"${itemId}"`, itemId };
}

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { IsoInstant } from '../../src/domain';
import CaseListScreen from '../../src/ui/screens/cases/CaseListScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { renderAppAt, renderCaseScreen } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(
    kase({ id: 'case-closed', status: 'Closed', closureReason: 'Resolved', updatedAt: '2026-11-28T09:00:00.000Z' as IsoInstant })
  );
  store.tables.cases.seed(
    kase({
      id: 'case-3',
      personId: 'person-2',
      status: 'Monitoring',
      leadService: 'Revenues',
      updatedAt: '2026-11-28T08:00:00.000Z' as IsoInstant
    })
  );
  return store;
}

describe('Cases list', () => {
  test('case readers see it; staff and councillors do not (BR-22)', async () => {
    const route = findRoute('cases') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.monitoring.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.member.roles, 'app')).toBe(false);
    renderAppAt('cases', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Open cases' })).not.toBeInTheDocument();
  });

  test('lists open cases only, most recently updated first, with status in plain words', async () => {
    renderCaseScreen(<CaseListScreen params={{}} />, { user: USERS.caseOfficer, store: seeded() });
    const table = await screen.findByRole('table', { name: 'Open cases' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Zoë Ng');
    expect(rows[0]).toHaveTextContent('Revenues');
    expect(rows[0]).toHaveTextContent('Monitoring');
    expect(table).toHaveTextContent('Awaiting panel decision');
    expect(table).toHaveTextContent('Referred to line manager');
    expect(table).not.toHaveTextContent('Closed');
  });

  test('choosing a customer opens their case', async () => {
    const { navigations } = renderCaseScreen(<CaseListScreen params={{}} />, { user: USERS.caseOfficer, store: seeded() });
    const table = await screen.findByRole('table', { name: 'Open cases' });
    fireEvent.click(within(table).getByRole('button', { name: "Siân O'Brien" }));
    expect(navigations).toEqual([{ screen: 'case', params: { caseId: 'case-1' } }]);
  });

  test('no open cases gives a plain empty state', async () => {
    renderCaseScreen(<CaseListScreen params={{}} />, { user: USERS.caseOfficer });
    expect(await screen.findByText('There are no open cases')).toBeInTheDocument();
  });
});

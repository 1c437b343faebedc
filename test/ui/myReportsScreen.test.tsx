/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { IsoInstant } from '../../src/domain';
import MyReportsScreen from '../../src/ui/screens/myReports/MyReportsScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { incident, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { renderAppAt, renderCaseScreen } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.incidents.seed(
    incident({
      id: 'incident-other',
      reporterId: USERS.manager.id,
      channel: 'faceToFace',
      categories: ['unreasonableDemands'],
      occurredAt: '2026-11-25T11:00:00.000Z' as IsoInstant,
      status: 'Acknowledged'
    })
  );
  return store;
}

describe('My reports', () => {
  test('is for staff roles in the app, not for councillors', async () => {
    const route = findRoute('my-reports') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, ['staff'], 'app')).toBe(true);
    expect(routeVisibleTo(route, ['councillor'], 'app')).toBe(false);
    renderAppAt('my-reports', USERS.member, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });

  test("lists only the user's own incidents, newest first, in plain words", async () => {
    renderCaseScreen(<MyReportsScreen params={{}} />, { user: USERS.staff, store: seeded() });
    const table = await screen.findByRole('table', { name: 'Incidents you recorded' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Telephone');
    expect(rows[0]).toHaveTextContent('With your manager');
    expect(rows[1]).toHaveTextContent('Email');
    expect(table).not.toHaveTextContent('Face to face');
    expect(table).not.toHaveTextContent('Unreasonable demands');
    expect(table).not.toHaveTextContent('Seen by your manager');
  });

  test('another member of staff sees their own report only', async () => {
    renderCaseScreen(<MyReportsScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const table = await screen.findByRole('table', { name: 'Incidents you recorded' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Face to face');
    expect(rows[0]).toHaveTextContent('Seen by your manager');
  });

  test('someone with no reports gets an empty state that leads to recording one', async () => {
    const { navigations } = renderCaseScreen(<MyReportsScreen params={{}} />, { user: USERS.foi, store: seeded() });
    expect(await screen.findByText('You have not recorded any incidents')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Record an incident' }));
    expect(navigations).toEqual([{ screen: 'record-incident', params: undefined }]);
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import TriageScreen from '../../src/ui/screens/triage/TriageScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { seedDemo, USERS } from './fakes/fixtures';
import { createMemoryStore } from './fakes/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  return store;
}

async function cardFor(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name });
  return heading.closest('li') as HTMLElement;
}

describe('Triage referrals', () => {
  test('only line managers see triage; staff and case officers do not', () => {
    const route = findRoute('triage') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.manager.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(false);
  });

  test('staff opening triage are refused and no referral is shown', async () => {
    renderAppAt('triage', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(screen.queryByText(/I know where you live/)).not.toBeInTheDocument();
  });

  test('renders the referred incidents for the line manager with the guidance beside them', async () => {
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const list = await screen.findByRole('list', { name: 'Referred incidents' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(["Siân O'Brien", 'Zoë Ng']);
    expect(screen.getByRole('complementary', { name: 'Guidance: deciding on a referral' })).toBeInTheDocument();
  });

  test('a decision needs a choice and reasons, each shown next to its field', async () => {
    const { store } = renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const card = await cardFor("Siân O'Brien");
    fireEvent.click(within(card).getByRole('button', { name: "Record decision for Siân O'Brien" }));
    expect(descriptionOf(within(card).getByRole('radiogroup'))).toContain('Choose informal action or escalate.');
    expect(descriptionOf(within(card).getByRole('textbox', { name: /Reasons/ }))).toContain('Give your reasons.');
    expect(store.tables.cases.all()).toHaveLength(2);
  });

  test('escalating opens a case awaiting the panel, acknowledges the incident and opens the case', async () => {
    const { store, navigations } = renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const card = await cardFor("Siân O'Brien");
    fireEvent.click(within(card).getByRole('radio', { name: /Escalate to the head of service/ }));
    fireEvent.change(within(card).getByRole('textbox', { name: /Reasons/ }), {
      target: { value: 'Threat to a named officer; second incident this month.' }
    });
    fireEvent.click(within(card).getByRole('button', { name: "Record decision for Siân O'Brien" }));
    await waitFor(() => expect(navigations).toHaveLength(1));
    const created = store.tables.cases.all().filter((row) => row.value.id !== 'case-1' && row.value.id !== 'case-2');
    expect(created).toHaveLength(1);
    expect(created[0].value).toMatchObject({
      status: 'AwaitingInvocationDecision',
      personId: 'person-1',
      incidentIds: ['incident-1'],
      lineManagerId: USERS.manager.id,
      createdBy: USERS.manager.id
    });
    expect(navigations[0]).toEqual({ screen: 'case', params: { caseId: created[0].value.id } });
    const incident = (await store.tables.incidents.get('incident-1')).value;
    expect(incident.status).toBe('Acknowledged');
    expect(incident.acknowledgedBy).toBe(USERS.manager.id);
  });

  test('informal action records an informal-action case and stays on triage', async () => {
    const { store, navigations } = renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const card = await cardFor('Zoë Ng');
    fireEvent.click(within(card).getByRole('radio', { name: /Deal with it informally/ }));
    fireEvent.change(within(card).getByRole('textbox', { name: /Reasons/ }), {
      target: { value: 'Spoke to the customer; agreed one email a day.' }
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Record decision for Zoë Ng' }));
    await waitFor(() => expect(store.tables.cases.all()).toHaveLength(3));
    const created = store.tables.cases.all()[2].value;
    expect(created).toMatchObject({ status: 'InformalAction', personId: 'person-2', incidentIds: ['incident-2'] });
    expect(navigations).toEqual([]);
    // The acknowledged incident leaves the queue.
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Zoë Ng' })).not.toBeInTheDocument());
  });

  test('no referrals gives a plain empty state', async () => {
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager });
    expect(await screen.findByText('No referrals are waiting')).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import CheckCustomerScreen from '../../src/ui/screens/checkCustomer/CheckCustomerScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { ThresholdExceededError } from '../../src/data/errors';
import type { IsoDate } from '../../src/domain';
import { alert, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  return store;
}

function check(name: string): void {
  fireEvent.change(screen.getByRole('searchbox', { name: /Customer's name/ }), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('Check a customer', () => {
  test('every member of staff may check; councillors may not (BR-22)', () => {
    const route = findRoute('check-customer') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, ['staff'], 'app')).toBe(true);
    expect(routeVisibleTo(route, ['lineManager'], 'app')).toBe(true);
    expect(routeVisibleTo(route, ['councillor'], 'app')).toBe(false);
    expect(routeVisibleTo(route, ['staff'], 'guidance')).toBe(false);
  });

  test('a councillor opening the screen is refused in plain words', async () => {
    renderAppAt('check-customer', USERS.member, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(screen.queryByRole('search', { name: 'Check a customer' })).not.toBeInTheDocument();
  });

  test('renders for staff with the restriction guidance beside the search', () => {
    renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store: seeded() });
    expect(screen.getByRole('heading', { level: 2, name: 'Check a customer' })).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Check a customer' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Guidance: contact restrictions' })).toBeInTheDocument();
  });

  test('fewer than two letters (punctuation does not count) is refused next to the name field', () => {
    const { store } = renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store: seeded() });
    const calls = [store.tables.alerts.calls, store.tables.persons.calls];
    check("O'");
    const input = screen.getByRole('searchbox', { name: /Customer's name/ });
    expect(descriptionOf(input)).toContain('Enter the customer’s last name, or their first and last name.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect([store.tables.alerts.calls, store.tables.persons.calls]).toEqual(calls);
  });

  test('shows the banner only: type, scope, SPOC and necessary contact, never the narrative (BR-22, BR-15)', async () => {
    const { store } = renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store: seeded() });
    check("O'Brien");
    const banner = await screen.findByLabelText("Contact restriction for Siân O'Brien");
    const text = banner.textContent ?? '';
    expect(within(banner).getByText('Single point of contact', { selector: 'li' })).toBeInTheDocument();
    expect(within(banner).getByText('One contact channel only')).toBeInTheDocument();
    expect(text).toContain('Housing service');
    expect(text).toContain('Cora Officer (email)');
    expect(text).toContain('For repairs emergencies call 01782 000000 and ask for the duty manager.');
    expect(text).toContain('This banner never means a request is refused.');
    expect(screen.getByText(/1 customer found for “O'Brien”/)).toBeInTheDocument();
    // No narrative, behaviour or case detail, and no case or incident read at all.
    expect(document.body.textContent).not.toContain('I know where you live');
    expect(document.body.textContent).not.toContain('Aggressive');
    expect(document.body.textContent).not.toContain('Awaiting panel decision');
    expect(store.tables.cases.calls).toBe(0);
    expect(store.tables.incidents.calls).toBe(0);
  });

  test.each(['Sian O’Brien', 'OBRIEN', 'obrien', "Siân O'Brien", "O'Brien, Siân"])('found however the name is typed: %s', async (typed) => {
    renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store: seeded() });
    check(typed);
    expect(await screen.findByLabelText("Contact restriction for Siân O'Brien")).toBeInTheDocument();
  });

  test('people found with no restriction are listed by name; the all-clear names them', async () => {
    const store = seeded();
    store.tables.alerts.seed(alert({ id: 'alert-2', personId: 'person-2', personName: 'Zoë Ng', isActive: false }));
    renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store });
    check('Ng');
    const found = await screen.findByRole('list', { name: 'Customers found with no contact restriction' });
    expect(within(found).getByText('Zoë Ng: no contact restriction')).toBeInTheDocument();
    expect(screen.getByText(/If the customer is one of these people, deal with the contact in the usual way./)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Contact restriction for/)).not.toBeInTheDocument();
  });

  test('a banner past its end date is never shown, even before the sweep closes it', async () => {
    const store = seeded();
    store.tables.alerts.seed(alert({ id: 'alert-2', personId: 'person-2', personName: 'Zoë Ng', activeUntil: '2026-01-31' as IsoDate }));
    renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store });
    check('Zoe Ng');
    expect(await screen.findByText('Zoë Ng: no contact restriction')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Contact restriction for/)).not.toBeInTheDocument();
  });

  test('nobody matched: says what was searched and never gives the all-clear', async () => {
    renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store: seeded() });
    check('Quillfeather');
    expect(await screen.findByText('Nobody matched “Quillfeather”')).toBeInTheDocument();
    expect(document.body.textContent).toContain('this check cannot tell you whether a restriction applies');
    expect(document.body.textContent).not.toMatch(/usual way/);
  });

  test('a surname shared by more people than SharePoint reads at once asks for the first name too, never an all-clear', async () => {
    const store = seeded();
    store.persons.findIdsByName = () => Promise.reject(new ThresholdExceededError('Persons'));
    renderCaseScreen(<CheckCustomerScreen params={{}} />, { user: USERS.staff, store });
    check('Jones');
    const input = screen.getByRole('searchbox', { name: /Customer's name/ });
    await screen.findByText(/So many customers share this name/);
    expect(descriptionOf(input)).toContain('enter their first and last name');
    expect(document.body.textContent).not.toMatch(/no contact restriction|usual way/);
  });
});

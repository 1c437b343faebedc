/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { renderApp } from './harness';
import { USERS } from './fakes/fixtures';

describe('Home and role-based visibility', () => {
  test('staff see record, check and my reports, but not triage or cases', async () => {
    renderApp(USERS.staff);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('button', { name: 'Record an incident' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Check a customer' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'My reports' })).toBeInTheDocument();
    expect(within(nav).queryByRole('button', { name: 'Triage referrals' })).toBeNull();
    expect(within(nav).queryByRole('button', { name: 'Cases' })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Welcome, Sam Staff' })).toBeInTheDocument();
  });

  test('a line manager sees triage with the count of waiting referrals', async () => {
    renderApp(USERS.manager);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('button', { name: 'Triage referrals' })).toBeInTheDocument();
    expect(await screen.findByText(/2 referred incidents waiting for triage/)).toBeInTheDocument();
  });

  test('a councillor in app mode sees no case screens', async () => {
    renderApp(USERS.member);
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(await screen.findByText(/not in any Customer Case Management group/)).toBeInTheDocument();
  });

  test('a deep link opens the case for a case officer', async () => {
    renderApp(USERS.caseOfficer, { caseId: 'case-1' });
    expect(await screen.findByRole('heading', { name: "Case: Siân O'Brien" })).toBeInTheDocument();
    expect(screen.getByText('Awaiting panel decision')).toBeInTheDocument();
  });

  test('a deep link to a case is refused in plain words for staff (BR-22)', async () => {
    renderApp(USERS.staff, { caseId: 'case-1' });
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });
});

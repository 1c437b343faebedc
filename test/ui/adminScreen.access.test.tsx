/** @jest-environment jsdom */
// Issue 18: the administration screen is for the site's owners (CCM Administrators) only. Staff
// and case officers are offered no way in, and the screen refuses them if they reach it; being
// named "administrator" in Settings makes nobody one (only the group does, and SharePoint
// refuses anyone else's write: test/data/adminSettings.test.ts).
import '@testing-library/jest-dom';
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { renderApp } from './harness';
import { renderScreen } from './fakes/oversightFakes';
import { USERS } from '../../local/seed/demoRecords';
import AdminScreen from '../../src/ui/screens/admin/AdminScreen';
import { resolveRoles } from '../../src/ui/services/roles';

describe('Administration: who may open it', () => {
  test('the administrator is offered it in the menu and on the home screen', async () => {
    renderApp(USERS.admin);
    await screen.findByRole('heading', { name: 'Welcome, Ada Adams' });
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Administration' })).toBeInTheDocument();
  });

  test.each([
    ['staff', USERS.staff],
    ['a case officer', USERS.caseOfficer],
    ['a manager', USERS.manager]
  ])('%s sees no way in', async (_who, user) => {
    renderApp(user);
    await screen.findByRole('heading', { name: `Welcome, ${user.displayName}` });
    expect(screen.queryByRole('button', { name: 'Administration' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open Administration' })).not.toBeInTheDocument();
  });

  test('a case officer who reaches the screen is refused, with nothing to change', () => {
    renderScreen(<AdminScreen params={{}} />, { roles: ['customerRelationsOfficer', 'staff'] });
    expect(screen.getByText('You cannot change the settings')).toBeInTheDocument();
    expect(screen.getByText(/Only the site’s administrators \(CCM Administrators\)/)).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
  });

  test('administration comes from the CCM Administrators group, never from the role holders in Settings', () => {
    expect(resolveRoles(['CCM Administrators'], {}, 'ada')).toEqual(['administrator']);
    expect(resolveRoles(['CCM Staff'], { administrator: ['sam'] }, 'sam')).toEqual(['staff']);
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { IsoInstant } from '../../src/domain';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { renderApp } from './harness';
import { activeSanction, kase, seedDemo, USERS } from './fakes/fixtures';
import { createMemoryStore } from './fakes/memoryStore';
import { renderCaseScreen } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: 'case-active', status: 'SanctionActive', sanctions: [activeSanction({ caseId: 'case-active' })] }));
  store.tables.cases.seed(
    kase({
      id: 'case-conflict',
      conflictDeclarations: [
        {
          userId: USERS.caseOfficer.id,
          kind: 'priorInvolvement',
          detail: 'Handled their 2025 complaint.',
          declaredAt: '2026-11-27T16:00:00.000Z' as IsoInstant
        }
      ]
    })
  );
  return store;
}

function nextSteps(): string[] {
  const section = screen.getByRole('region', { name: 'Next steps' });
  return within(section)
    .queryAllByRole('button')
    .map((b) => b.textContent ?? '');
}

describe('Case view', () => {
  test('case readers may open a case; staff and councillors may not (BR-22)', async () => {
    const route = findRoute('case') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.member.roles, 'app')).toBe(false);
  });

  test('a deep link opens the case with its status, facts and timeline for the case officer', async () => {
    renderApp(USERS.caseOfficer, { caseId: 'case-1' });
    expect(await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" })).toBeInTheDocument();
    expect(screen.getByText('Awaiting panel decision')).toBeInTheDocument();
    expect(screen.getByText('Not complete')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('Case opened');
    // The narrative is not part of the case view.
    expect(document.body.textContent).not.toContain('I know where you live');
  });

  test('a deep link is refused for staff, without loading the case', async () => {
    const { services } = renderApp(USERS.staff, { caseId: 'case-1' });
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(services.store.tables.cases.calls).toBe(0);
  });

  test('next steps are only those can() allows: the case officer on a case awaiting the panel', async () => {
    const { navigations } = renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, {
      user: USERS.caseOfficer,
      store: seeded()
    });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual(['Complete the checklist', 'Record the panel decision']);
    fireEvent.click(screen.getByRole('button', { name: 'Complete the checklist' }));
    expect(navigations).toEqual([{ screen: 'checklist', params: { caseId: 'case-1' } }]);
  });

  test('the head of service may record the panel decision but not manage the checklist', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, { user: USERS.manager, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual(['Record the panel decision']);
  });

  test('the monitoring team reads the case but has nothing to do on it', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, { user: USERS.monitoring, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual([]);
    expect(screen.getByText('There is nothing for you to do on this case at the moment.')).toBeInTheDocument();
  });

  test('an active sanction shows with its review date, and the officer may review, log contacts or record an appeal', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-active' }} />, { user: USERS.caseOfficer, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(screen.getByText('Sanction in force')).toBeInTheDocument();
    expect(screen.getByText(/Single point of contact \(active\), review by/)).toHaveTextContent('1 January 2027');
    expect(nextSteps()).toEqual(['Monitoring letter and contact log', 'Record a review', 'Log a request for a review', 'Record an appeal']);
  });

  test('a conflicted officer is offered nothing on the case (BR-03)', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-conflict' }} />, { user: USERS.caseOfficer, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual([]);
  });

  test('a case that does not exist is explained in plain words with a retry', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-missing' }} />, { user: USERS.caseOfficer, store: seeded() });
    expect(await screen.findByText('The case could not be opened')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Try again/ })).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
// A case save writes the case, then its audit entries and the staff banners after it
// (src/app/cases/saveCaseChange.ts). While it is under way the screen says it is busy
// (aria-busy, for assistive technology and anyone reading the page), and closing the tab asks
// the browser's "Leave this page?" first, because a closed tab stops the writes after the case.
// Every screen that saves in more than one request does the same (useWarnBeforeLeaving); the
// incident report is checked here as the form staff use most.
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import ReviewScreen from '../../src/ui/screens/review/ReviewScreen';
import { renderCaseScreen } from './fakes/caseScreens';
import { renderApp } from './harness';
import { fillIncidentForSianOBrien } from './fakes/incidentForm';
import { heldUntilReleased } from './fakes/heldUntilReleased';
import { activeSanction, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';

const CASE_ID = 'case-review';

/** Dispatches the event the browser sends before closing the tab; true when the page asked to stay. */
function closingTheTabIsQuestioned(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

test('while the review is being saved the screen is busy and closing the tab is questioned; once saved, neither', async () => {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: CASE_ID, status: 'SanctionActive', sanctions: [activeSanction({ caseId: CASE_ID })] }));
  const save = store.cases.save.bind(store.cases);
  const { held, release } = heldUntilReleased();
  store.cases.save = async (...args) => {
    await held;
    return save(...args);
  };
  renderCaseScreen(<ReviewScreen params={{ caseId: CASE_ID }} />, { user: USERS.caseOfficer, store });
  expect(closingTheTabIsQuestioned()).toBe(false);
  fireEvent.click(await screen.findByRole('button', { name: 'Start the review' }));

  const screenSection = screen.getByRole('region', { name: /^Review/ });
  expect(screenSection).toHaveAttribute('aria-busy', 'true');
  expect(closingTheTabIsQuestioned()).toBe(true);

  await act(async () => release());
  expect(await screen.findByRole('button', { name: 'Record the review' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: /^Review/ })).not.toHaveAttribute('aria-busy');
  expect(closingTheTabIsQuestioned()).toBe(false);
});

test('while a member of staff’s incident report is being sent, closing the tab is questioned; once sent, it is not', async () => {
  const store = createMemoryStore();
  seedDemo(store);
  const create = store.incidents.create.bind(store.incidents);
  const { held, release } = heldUntilReleased();
  store.incidents.create = async (...args) => {
    await held;
    return create(...args);
  };
  renderApp(USERS.staff, { store });
  fireEvent.click(await screen.findByRole('button', { name: 'Open Record an incident' }));
  await fillIncidentForSianOBrien();
  expect(closingTheTabIsQuestioned()).toBe(false);
  fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));

  await waitFor(() => expect(closingTheTabIsQuestioned()).toBe(true));
  await act(async () => release());
  expect(await screen.findByText(/Your report has been sent to your line manager/)).toBeInTheDocument();
  expect(closingTheTabIsQuestioned()).toBe(false);
});

/** @jest-environment jsdom */
// Issue 13: a customer's needs and circumstances are read only by those who may read the whole
// case (PersonDetails; over HTTP: test/data/personDetailsPrivacy.test.ts). On the case view the
// case officer sees what is recorded; someone whose groups do not open it is told it is not
// shown to them, never that nothing is recorded.
import '@testing-library/jest-dom';
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import { renderCaseScreen } from './fakes/caseScreens';
import { person, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';

function storeWithVulnerableCustomer(): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.persons.seed(person({ vulnerabilityFlags: ['safeguardingAdult'] }));
  return store;
}

describe("the customer's needs on the case view", () => {
  test('the case officer sees what is recorded and can open the details', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, { user: USERS.caseOfficer, store: storeWithVulnerableCustomer() });
    const section = await screen.findByRole('region', { name: "Customer's needs" });
    expect(section).toHaveTextContent('1 vulnerability flag.');
    expect(within(section).getByRole('button', { name: "Customer's needs and details" })).toBeInTheDocument();
  });

  test('a reader whose groups do not open PersonDetails is told it is not shown to them, not that nothing is recorded', async () => {
    const store = storeWithVulnerableCustomer();
    store.refusedParts = ['personDetails'];
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, { user: USERS.caseOfficer, store });
    const section = await screen.findByRole('region', { name: "Customer's needs" });
    expect(section).toHaveTextContent('What is recorded about their needs is not shown to you.');
    expect(section).not.toHaveTextContent(/Nothing recorded|vulnerability/);
    expect(within(section).queryByRole('button', { name: "Customer's needs and details" })).toBeNull();
  });
});

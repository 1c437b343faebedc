/** @jest-environment jsdom */
// Issue 13, "a failed save leaves nothing behind": when SharePoint refuses the case write (no
// permission, or someone else saved first), the Review screen says why, and neither a review
// nor an audit entry is left for the attempt. Once the case is saved, an audit log that fails
// afterwards is a warning, not "Not saved". (Over HTTP: test/data/failedSave.test.ts.)
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { ForbiddenError } from '../../src/data/errors';
import ReviewScreen from '../../src/ui/screens/review/ReviewScreen';
import { renderCaseScreen, someoneElseSaves, storedCase } from './fakes/caseScreens';
import { activeSanction, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';

const CASE_ID = 'case-review';

function storeWithActiveCase(): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: CASE_ID, status: 'SanctionActive', sanctions: [activeSanction({ caseId: CASE_ID })] }));
  return store;
}

async function startTheReview(store: MemoryStore): Promise<void> {
  renderCaseScreen(<ReviewScreen params={{ caseId: CASE_ID }} />, { user: USERS.caseOfficer, store });
  fireEvent.click(await screen.findByRole('button', { name: 'Start the review' }));
}

describe('a review SharePoint refuses leaves nothing behind, and the officer is told why', () => {
  test('no permission to write the case: "Not saved" names the groups that may; no review, no audit entry', async () => {
    const store = storeWithActiveCase();
    store.cases.save = () =>
      Promise.reject(new ForbiddenError('Access denied.', 403, ['CCM Case Team', 'CCM Managers', 'CCM Service Accounts']));
    await startTheReview(store);

    expect(await screen.findByText('Not saved')).toBeInTheDocument();
    expect(
      screen.getByText(
        'You do not have permission to do this. If your role needs it, ask the site owner to add you to CCM Case Team, CCM Managers or CCM Service Accounts.'
      )
    ).toBeInTheDocument();
    const kept = storedCase(store, CASE_ID);
    expect([kept.status, kept.reviews]).toEqual(['SanctionActive', []]);
    expect(store.audit).toEqual([]);
    // The officer can still try again: nothing moved on.
    expect(screen.getByRole('button', { name: 'Start the review' })).toBeEnabled();
  });

  test('someone else saved first: the conflict is offered (reload or apply my changes), never saved over; no review, no audit entry', async () => {
    const store = storeWithActiveCase();
    renderCaseScreen(<ReviewScreen params={{ caseId: CASE_ID }} />, { user: USERS.caseOfficer, store });
    const start = await screen.findByRole('button', { name: 'Start the review' });
    await someoneElseSaves(store, CASE_ID, (current) => ({ ...current, revision: current.revision + 1 }));
    fireEvent.click(start);

    expect(await screen.findByText('Someone else changed this record')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load the latest version' })).toBeInTheDocument();
    const kept = storedCase(store, CASE_ID);
    expect([kept.status, kept.reviews]).toEqual(['SanctionActive', []]);
    expect(store.audit).toEqual([]);
  });

  test('the case saved but the audit log refused afterwards: the review stands and the officer is asked to have the entry added', async () => {
    const store = storeWithActiveCase();
    store.auditLog.append = () => Promise.reject(Object.assign(new Error('Service unavailable'), { kind: 'Unavailable' }));
    await startTheReview(store);

    expect(
      await screen.findByText(
        'Saved. The audit log entry for this change could not be written. Tell the Customer Relations Officer, so the record of who did what can be completed.'
      )
    ).toBeInTheDocument();
    expect(screen.queryByText('Not saved')).toBeNull();
    expect(storedCase(store, CASE_ID).status).toBe('UnderReview');
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ReviewScreen from '../../src/ui/screens/review/ReviewScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { activeSanction, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen, storedCase } from './fakes/caseScreens';

const SANCTION = activeSanction({
  spoc: { userId: USERS.caseOfficer.id, name: 'Cora Officer', channel: 'email', cover: { name: 'Alex Alternate' } }
});

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: 'case-r', status: 'SanctionActive', sanctions: [SANCTION] }));
  return store;
}

async function openUnderReview(): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<ReviewScreen params={{ caseId: 'case-r' }} />, { user: USERS.caseOfficer, store: seeded() });
  fireEvent.click(await screen.findByRole('button', { name: 'Start the review' }));
  await screen.findByRole('button', { name: 'Record the review' });
  return rendered;
}

function fill(outcome: string, reasons: string): void {
  fireEvent.change(screen.getByLabelText(/^Outcome/, { selector: 'select' }), { target: { value: outcome } });
  fireEvent.change(screen.getByLabelText(/^Reasons/), { target: { value: reasons } });
}

describe('Review', () => {
  test('is for case officers and approvers; staff are refused', async () => {
    const route = findRoute('review') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    renderAppAt('review', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });

  test('starts the review, then shows the outcome form with guidance beside it', async () => {
    const { store } = await openUnderReview();
    expect(storedCase(store, 'case-r').status).toBe('UnderReview');
    expect(screen.getByLabelText(/^Outcome/, { selector: 'select' })).toBeRequired();
    expect(screen.getByRole('complementary', { name: 'Guidance: reviews' })).toBeInTheDocument();
  });

  test('an empty review lists the outcome and the reasons next to the fields', async () => {
    const { store } = await openUnderReview();
    fireEvent.click(screen.getByRole('button', { name: 'Record the review' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText(/^Outcome/, { selector: 'select' }))).toContain('Choose the outcome of the review.')
    );
    expect(descriptionOf(screen.getByLabelText(/^Reasons/))).toContain('Give the reasons for the outcome.');
    expect(storedCase(store, 'case-r').reviews[0].outcome).toBeUndefined();
  });

  test('Continue needs the reasons and a next review date (BR-10), then is saved with the outcome letter', async () => {
    const { store } = await openUnderReview();
    fill('Continue', '');
    fireEvent.click(screen.getByRole('button', { name: 'Record the review' }));
    await waitFor(() => expect(descriptionOf(screen.getByLabelText(/^Next review date/))).toContain('Set the next review date.'));
    expect(descriptionOf(screen.getByLabelText(/^Reasons/))).toContain('Give the reasons for the outcome.');
    fill('Continue', 'Contact has stayed within the arrangements but two abusive emails in November.');
    fireEvent.change(screen.getByLabelText(/^Next review date/), { target: { value: '2027-02-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the review' }));
    await waitFor(() => expect(storedCase(store, 'case-r').status).toBe('SanctionActive'));
    expect(screen.queryByText(/^Not saved/)).not.toBeInTheDocument();
    const saved = storedCase(store, 'case-r');
    expect(saved.reviews[0]).toMatchObject({
      outcome: 'Continue',
      nextReviewDate: '2027-02-15',
      reasons: 'Contact has stayed within the arrangements but two abusive emails in November.'
    });
    const letter = saved.letters.filter((l) => l.type === 'ReviewOutcome')[0];
    expect(letter.fields).toMatchObject({
      reviewReasons: 'Contact has stayed within the arrangements but two abusive emails in November.',
      nextReviewDate: '15 February 2027'
    });
    expect(letter.fields.reviewResult).toContain('It will continue.');
    expect(saved.sanctions.map((s) => s.status)).toEqual(['Superseded', 'Active']);
    expect(saved.sanctions[1]).toMatchObject({ startDate: '2026-11-28', reviewDate: '2027-02-15' });
    // Issue 13: a clear confirmation, announced and focused, of what happened and what comes next.
    const confirmation = (await screen.findByText('Review recorded: the restriction continues')).closest('[role="status"]') as HTMLElement;
    expect(confirmation).toHaveFocus();
    expect(confirmation).toHaveTextContent(
      'It runs until 1 April 2027. The outcome letter, with your reasons, is recorded as sent on 28 November 2026.'
    );
    expect(confirmation).toHaveTextContent(
      'Next: review it again by 15 February 2027. If that review has no outcome by then, it is escalated to the approver and the Customer Relations Officer.'
    );
    expect(screen.queryByRole('button', { name: 'Record the review' })).not.toBeInTheDocument();
  });

  test('BR-10 Continue: the letter states what applies from now, how to challenge it and the Ombudsman, from the case, shown before saving', async () => {
    const { store } = await openUnderReview();
    fill('Continue', 'Two abusive emails in November.');
    fireEvent.change(screen.getByLabelText(/^Next review date/), { target: { value: '2027-02-15' } });
    const preview = screen.getByRole('region', { name: 'The outcome letter also says' });
    expect(within(preview).getByText(/^From 28 November 2026 until 1 April 2027:/)).toBeInTheDocument();
    expect(preview).toHaveTextContent('Where it applies: The Housing service.');
    expect(preview).toHaveTextContent('within 10 working days of receiving this letter');
    expect(preview).toHaveTextContent('Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614');
    fireEvent.click(screen.getByRole('button', { name: 'Record the review' }));
    await waitFor(() => expect(storedCase(store, 'case-r').status).toBe('SanctionActive'));
    const letter = storedCase(store, 'case-r').letters.filter((l) => l.type === 'ReviewOutcome')[0];
    expect(letter.fields.whatAppliesNow).toMatch(/^From 28 November 2026 until 1 April 2027:\n- /);
    expect(letter.fields.howToAppeal).toContain('Write to your single point of contact within 10 working days');
    expect(letter.fields.ombudsmanRight).toContain('Local Government and Social Care Ombudsman');
  });

  test('BR-30 Lift shows nothing continuing in the letter preview', async () => {
    await openUnderReview();
    fill('Lift', 'No incidents since October.');
    expect(screen.queryByRole('region', { name: 'The outcome letter also says' })).not.toBeInTheDocument();
  });

  test('Lift needs no next review date and closes the case; the letter states the result and reasons', async () => {
    const { store, navigations } = await openUnderReview();
    fill('Lift', 'No incidents since October; the person has kept to every arrangement.');
    expect(screen.queryByLabelText(/^Next review date/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Record the review' }));
    await waitFor(() => expect(storedCase(store, 'case-r').status).toBe('Closed'));
    const saved = storedCase(store, 'case-r');
    expect(saved.sanctions[0].status).toBe('Lifted');
    expect(saved.reviews[0]).toMatchObject({ outcome: 'Lift', nextReviewDate: undefined });
    const letter = saved.letters.filter((l) => l.type === 'ReviewOutcome')[0];
    expect(letter.fields.reviewResult).toContain('It has been lifted');
    expect(letter.fields.reviewReasons).toBe('No incidents since October; the person has kept to every arrangement.');
    expect(letter.fields.nextReviewDate).toBeUndefined();
    // Issue 13: the confirmation says so, and the closed case offers no outcome form to fill again.
    const confirmation = (await screen.findByText('Review recorded: the restriction is lifted')).closest('[role="status"]') as HTMLElement;
    expect(confirmation).toHaveFocus();
    expect(confirmation).toHaveTextContent(
      'The restriction has ended and the case is closed. The outcome letter, with your reasons, is recorded as sent on 28 November 2026.'
    );
    expect(confirmation).toHaveTextContent('Staff who check this customer no longer see a contact restriction.');
    expect(screen.queryByRole('button', { name: 'Record the review' })).not.toBeInTheDocument();
    fireEvent.click(within(confirmation).getByRole('button', { name: 'Back to the case' }));
    expect(navigations).toEqual([{ screen: 'case', params: { caseId: 'case-r' } }]);
  });
});

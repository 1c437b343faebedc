/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IsoDate, IsoInstant, Review } from '../../src/domain';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import ReviewScreen from '../../src/ui/screens/review/ReviewScreen';
import { activeSanction, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderCaseScreen, storedCase } from './fakes/caseScreens';

// BR-34: the customer's own request for a review, logged and answered in writing on the
// Review screen, apart from the scheduled review, and shown on the case view while open.

function openRequest(overrides: Partial<Review> = {}): Review {
  return {
    id: 'review-p1',
    kind: 'PersonRequested',
    sanctionId: 'sanction-1',
    dueDate: '2026-12-18' as IsoDate,
    requestedOn: '2026-11-20' as IsoDate,
    requestText: 'Received by email. Asks for the restriction to be lifted because contact has been polite since October.',
    assignedTo: USERS.caseOfficer.id,
    reviewers: [USERS.caseOfficer.id],
    ...overrides
  };
}

function seeded(reviews: readonly Review[] = []): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: 'case-r', status: 'SanctionActive', sanctions: [activeSanction()], reviews: [...reviews] }));
  return store;
}

async function openReview(
  store: ReturnType<typeof createMemoryStore>,
  user = USERS.caseOfficer
): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<ReviewScreen params={{ caseId: 'case-r' }} />, { user, store });
  await screen.findByRole('heading', { name: 'The customer’s requests for a review' });
  return rendered;
}

describe('The customer’s request for a review (BR-34)', () => {
  test('logs the request with the date, how it came and what the customer says, answer-by date from the time frame', async () => {
    const store = seeded();
    await openReview(store);
    expect(screen.getByText('There are no open requests from the customer.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Date the request arrived/), { target: { value: '2026-11-27' } });
    expect(descriptionOf(screen.getByLabelText(/^Date the request arrived/))).toContain(
      'It must be answered in writing by 4 January 2027.'
    );
    fireEvent.change(screen.getByLabelText(/^How it arrived/, { selector: 'select' }), { target: { value: 'phone' } });
    fireEvent.change(screen.getByLabelText(/^What the customer says/), {
      target: { value: 'Asked for the restriction to be reviewed; says the repairs are finished.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
    await screen.findByText('The request has been logged.');
    const saved = storedCase(store, 'case-r');
    expect(saved.status).toBe('SanctionActive');
    expect(saved.reviews).toHaveLength(1);
    expect(saved.reviews[0]).toMatchObject({
      kind: 'PersonRequested',
      requestedOn: '2026-11-27',
      dueDate: '2027-01-04',
      assignedTo: USERS.caseOfficer.id,
      requestText: 'Received by phone call. Asked for the restriction to be reviewed; says the repairs are finished.'
    });
    expect(saved.tasks.filter((t) => t.kind === 'answerPersonRequestedReview')).toHaveLength(1);
    const request = screen.getByRole('article', { name: 'Request received 27 November 2026' });
    expect(within(request).getByText('Answer by 4 January 2027. Routed to Cora Officer.')).toBeInTheDocument();
  });

  test('refuses a request without what the customer says (domain) and a date in the future (form)', async () => {
    const store = seeded();
    await openReview(store);
    fireEvent.change(screen.getByLabelText(/^Date the request arrived/), { target: { value: '2026-12-05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText(/^Date the request arrived/))).toContain('The request cannot have arrived after today.')
    );
    expect(descriptionOf(screen.getByLabelText(/^How it arrived/, { selector: 'select' }))).toContain('Choose how the request arrived.');
    fireEvent.change(screen.getByLabelText(/^Date the request arrived/), { target: { value: '2026-11-26' } });
    fireEvent.change(screen.getByLabelText(/^How it arrived/, { selector: 'select' }), { target: { value: 'letter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('Not saved (BR-34)');
    expect(refusal).toHaveTextContent('Record what the person asked for.');
    expect(storedCase(store, 'case-r').reviews).toHaveLength(0);
  });

  test('shows an overdue request clearly and answers it with a ReviewOutcome letter', async () => {
    const store = seeded([openRequest({ dueDate: '2026-11-25' as IsoDate })]);
    await openReview(store);
    const request = screen.getByRole('article', { name: 'Request received 20 November 2026' });
    expect(within(request).getByText('Overdue')).toBeInTheDocument();
    expect(within(request).getByText(/Overdue: the answer was due by 25 November 2026/)).toBeInTheDocument();
    fireEvent.change(within(request).getByLabelText(/^Outcome of the request/, { selector: 'select' }), { target: { value: 'Unchanged' } });
    fireEvent.change(within(request).getByLabelText(/^Reasons given in the reply/), {
      target: { value: 'Two abusive calls in November; the review on 1 January 2027 will look again.' }
    });
    fireEvent.click(within(request).getByRole('button', { name: 'Send the reply' }));
    await waitFor(() => expect(storedCase(store, 'case-r').reviews[0].answeredAt).toBeDefined());
    const saved = storedCase(store, 'case-r');
    expect(saved.reviews[0].reasons).toBe('Two abusive calls in November; the review on 1 January 2027 will look again.');
    const letter = saved.letters.filter((l) => l.id === saved.reviews[0].letterId)[0];
    expect(letter.type).toBe('ReviewOutcome');
    expect(letter.fields).toMatchObject({
      reviewReasons: 'Two abusive calls in November; the review on 1 January 2027 will look again.',
      nextReviewDate: '1 January 2027'
    });
    expect(letter.fields.reviewResult).toContain('It stays as it is.');
    // BR-10: the reply says what still applies, how to challenge it and the Ombudsman, from the sanction.
    expect(letter.fields.whatAppliesNow).toContain('From 1 October 2026 until 1 April 2027:');
    expect(letter.fields.howToAppeal).toContain('A senior officer who was not involved in the decision');
    expect(letter.fields.ombudsmanRight).toContain('Local Government and Social Care Ombudsman');
    expect(saved.sanctions[0].status).toBe('Active');
    await screen.findByText('There are no open requests from the customer.');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'The customer’s requests for a review' })).toHaveFocus());
  });

  test('refuses an answer without reasons, then one whose letter lacks the result, listing what is missing', async () => {
    const store = seeded([openRequest()]);
    await openReview(store);
    const request = screen.getByRole('article', { name: 'Request received 20 November 2026' });
    fireEvent.click(within(request).getByRole('button', { name: 'Send the reply' }));
    expect(await within(request).findByRole('alert')).toHaveTextContent('Give reasons in the reply.');
    fireEvent.change(within(request).getByLabelText(/^Reasons given in the reply/), { target: { value: 'No incidents since October.' } });
    fireEvent.click(within(request).getByRole('button', { name: 'Send the reply' }));
    await waitFor(() => expect(within(request).getByRole('alert')).not.toHaveTextContent('Give reasons in the reply.'));
    const refusal = within(request).getByRole('alert');
    expect(refusal).toHaveTextContent('Not saved (BR-34)');
    expect(refusal).toHaveTextContent('The letter is missing required content.');
    expect(refusal).toHaveTextContent('Before sending, add: The result of the review.');
    const saved = storedCase(store, 'case-r');
    expect(saved.reviews[0].answeredAt).toBeUndefined();
    expect(saved.letters).toHaveLength(0);
  });

  test('an approver who is not the case officer answers but does not log', async () => {
    await openReview(seeded([openRequest()]), USERS.manager);
    const request = screen.getByRole('article', { name: 'Request received 20 November 2026' });
    expect(within(request).getByRole('button', { name: 'Send the reply' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log the request' })).not.toBeInTheDocument();
  });

  test('a case officer with a declared conflict sees the request but neither answers nor logs (BR-03)', async () => {
    const store = createMemoryStore();
    seedDemo(store);
    store.tables.cases.seed(
      kase({
        id: 'case-r',
        status: 'SanctionActive',
        sanctions: [activeSanction()],
        reviews: [openRequest()],
        conflictDeclarations: [
          {
            userId: USERS.caseOfficer.id,
            kind: 'priorInvolvement',
            detail: 'Dealt with the original complaint.',
            declaredAt: '2026-11-01T09:00:00.000Z' as IsoInstant
          }
        ]
      })
    );
    await openReview(store);
    expect(screen.getByText('The answer is given by an approver for this route or the case officer.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the reply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log the request' })).not.toBeInTheDocument();
  });

  test('the case view shows the open request with its answer-by date and links to it', async () => {
    const { navigations } = renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-r' }} />, {
      user: USERS.caseOfficer,
      store: seeded([openRequest()])
    });
    const section = await screen.findByRole('region', { name: 'The customer has asked for a review' });
    expect(section).toHaveTextContent('Received 20 November 2026. Answer by 18 December 2026.');
    fireEvent.click(within(section).getByRole('button', { name: 'Answer the request received 20 November 2026' }));
    expect(navigations).toEqual([{ screen: 'review', params: { caseId: 'case-r', request: 'review-p1' } }]);
  });

  test('opened from the case view link, focus lands on that request', async () => {
    renderCaseScreen(<ReviewScreen params={{ caseId: 'case-r', request: 'review-p1' }} />, {
      user: USERS.caseOfficer,
      store: seeded([openRequest()])
    });
    const heading = await screen.findByRole('heading', { name: 'Request received 20 November 2026' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  test('the case view offers the case officer "Log a request for a review", opening the request section', async () => {
    const { navigations } = renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-r' }} />, {
      user: USERS.caseOfficer,
      store: seeded()
    });
    const steps = await screen.findByRole('region', { name: 'Next steps' });
    fireEvent.click(within(steps).getByRole('button', { name: 'Log a request for a review' }));
    expect(navigations).toEqual([{ screen: 'review', params: { section: 'person-requests', caseId: 'case-r' } }]);
    expect(screen.queryByRole('region', { name: 'The customer has asked for a review' })).not.toBeInTheDocument();
  });

  test('the case view shows the request to the monitoring team without the link', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-r' }} />, { user: USERS.monitoring, store: seeded([openRequest()]) });
    const section = await screen.findByRole('region', { name: 'The customer has asked for a review' });
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});

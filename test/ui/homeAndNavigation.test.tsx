/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import {
  applyCaseAction,
  formatLongDate,
  personRequestedReviewDeadline,
  type Case,
  type CaseAction,
  type IsoDate,
  type IsoInstant
} from '../../src/domain';
import ReviewScreen from '../../src/ui/screens/review/ReviewScreen';
import { renderApp } from './harness';
import { activeSanction, kase, NOW, person, seedDemo, TODAY, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { renderCaseScreen } from './fakes/caseScreens';

const ROLE_HOLDERS = {
  customerRelationsOfficer: [USERS.caseOfficer.id],
  executiveDirector: [USERS.director.id],
  headOfService: [USERS.manager.id],
  lineManager: [USERS.manager.id]
};

/** A restriction in force on Siân O'Brien, approved by the Executive Director, its review due on 20 November. */
function overdueCase(): Case {
  const sanction = activeSanction({
    id: 'sanction-due',
    caseId: 'case-due',
    reviewDate: '2026-11-20' as IsoDate,
    approvals: [
      {
        id: 'approval-due',
        approverId: USERS.director.id,
        approverRole: 'executiveDirector',
        outcome: 'Approve',
        reasons: 'Proportionate.',
        decidedAt: '2026-09-25T10:00:00.000Z' as IsoInstant
      }
    ]
  });
  return kase({ id: 'case-due', status: 'SanctionActive', sanctions: [sanction] });
}

/** Applies engine actions as the app and the sweep do, so the tasks are the engine's own. */
function applied(start: Case, steps: readonly { action: CaseAction; by: string; at?: IsoInstant }[]): Case {
  let current = start;
  let n = 0;
  for (const { action, by, at } of steps) {
    const outcome = applyCaseAction(current, action, {
      now: at ?? NOW,
      actorId: by,
      roles: ROLE_HOLDERS,
      person: person(),
      newId: (prefix) => `${prefix}-home-${++n}`
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    current = outcome.value.case;
  }
  return current;
}

function storeWith(...cases: Case[]): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  for (const value of cases) store.tables.cases.seed(value);
  return store;
}

async function dueList(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'What is due' });
  const section = heading.closest('section') as HTMLElement;
  await within(section).findByRole('list');
  return within(section).getByRole('list');
}

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

  test('issue 13: an overdue review the sweep escalated (BR-09) is in What is due for the approver and the CRO, naming the customer, and leads to the review', async () => {
    const escalated = applied(overdueCase(), [{ action: { type: 'escalateOverdueReview' }, by: 'system' }]);
    const store = storeWith(escalated);
    renderApp(USERS.caseOfficer, { store });
    const line = await within(await dueList()).findByRole('button', { name: "Review overdue since 20 November 2026: Siân O'Brien" });
    // Said once: the sanction's review is not listed again beside its escalation.
    expect(screen.queryByRole('button', { name: /^Sanction review due/ })).toBeNull();
    fireEvent.click(line);
    expect(await screen.findByRole('heading', { name: "Review: Siân O'Brien" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the review' })).toBeInTheDocument();
    cleanup();

    renderApp(USERS.director, { store });
    expect(
      await within(await dueList()).findByRole('button', { name: "Review overdue since 20 November 2026: Siân O'Brien" })
    ).toBeInTheDocument();
    cleanup();

    // Nobody else is given it.
    renderApp(USERS.manager, { store });
    await screen.findByText(/referred incidents waiting for triage/);
    expect(screen.queryByRole('button', { name: /Review overdue/ })).toBeNull();
  });

  test("issue 13: a customer's request for a review logged on the Review screen (BR-34) is in What is due for the decision-maker and the case officer", async () => {
    const store = storeWith(overdueCase());
    renderCaseScreen(<ReviewScreen params={{ caseId: 'case-due' }} />, { user: USERS.caseOfficer, store });
    fireEvent.change(await screen.findByLabelText(/^Date the request arrived/), { target: { value: TODAY } });
    fireEvent.change(screen.getByLabelText(/^How it arrived/, { selector: 'select' }), { target: { value: 'letter' } });
    fireEvent.change(screen.getByLabelText(/^What the customer says/), { target: { value: 'Asks for the restriction to be lifted.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
    await screen.findByText('The request has been logged.');
    cleanup();

    const answerBy = formatLongDate(personRequestedReviewDeadline(TODAY));
    for (const user of [USERS.director, USERS.caseOfficer]) {
      renderApp(user, { store });
      const line = await within(await dueList()).findByRole('button', {
        name: `Answer the request for a review by ${answerBy}: Siân O'Brien`
      });
      if (user === USERS.caseOfficer) {
        fireEvent.click(line);
        // The Review screen, with the request to answer.
        expect(await screen.findByRole('heading', { name: "Review: Siân O'Brien" })).toBeInTheDocument();
        expect(await screen.findByRole('heading', { name: `Request received ${formatLongDate(TODAY)}` })).toBeInTheDocument();
      }
      cleanup();
    }
  });

  test("issue 13: flagged incoming contact (BR-14) is in the case officer's What is due, safeguarding first, then the oldest", async () => {
    const entry = {
      receivedAt: NOW,
      channel: 'email' as const,
      viaSpoc: true,
      summary: 'Email about the repairs.',
      newIssue: false,
      safeguardingConcern: false,
      breachOfRestriction: false
    };
    const flagged = applied(overdueCase(), [
      {
        action: { type: 'logContact', entry: { ...entry, newIssue: true } },
        by: USERS.caseOfficer.id,
        at: '2026-11-25T10:00:00.000Z' as IsoInstant
      },
      { action: { type: 'escalateOverdueReview' }, by: 'system' },
      { action: { type: 'logContact', entry: { ...entry, safeguardingConcern: true } }, by: USERS.caseOfficer.id }
    ]);
    renderApp(USERS.caseOfficer, { store: storeWith(flagged) });
    const list = await dueList();
    await within(list).findByRole('button', { name: /^Safeguarding concern/ });
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent)
    ).toEqual([
      "Safeguarding concern to review, raised 28 November 2026: Siân O'Brien",
      "Review overdue since 20 November 2026: Siân O'Brien",
      "New issue to handle on its merits, raised 25 November 2026: Siân O'Brien"
    ]);
    fireEvent.click(within(list).getAllByRole('button')[0]);
    expect(await screen.findByRole('heading', { name: "Case: Siân O'Brien" })).toBeInTheDocument();
  });

  test('issue 13: done tasks are not due, and a Tasks list the user cannot open leaves the rest of the home screen', async () => {
    const reviewed = applied(overdueCase(), [
      { action: { type: 'escalateOverdueReview' }, by: 'system' },
      { action: { type: 'startReview' }, by: USERS.caseOfficer.id },
      {
        action: {
          type: 'completeReview',
          outcome: 'Lift',
          reasons: 'No incidents since October.',
          letter: {
            id: 'letter-lift',
            caseId: 'case-due',
            type: 'ReviewOutcome',
            templateVersion: '1',
            channel: 'letter',
            fields: { reviewResult: 'Lifted.', reviewReasons: 'No incidents since October.' },
            sentOn: TODAY,
            sentBy: USERS.caseOfficer.id
          }
        },
        by: USERS.caseOfficer.id
      }
    ]);
    renderApp(USERS.caseOfficer, { store: storeWith(reviewed) });
    expect(await screen.findByText('Nothing is due for you.')).toBeInTheDocument();
    cleanup();

    const refusing = storeWith(applied(overdueCase(), [{ action: { type: 'escalateOverdueReview' }, by: 'system' }]));
    refusing.tasks.listOpenFor = () => Promise.reject(Object.assign(new Error('Access denied.'), { kind: 'Forbidden' }));
    renderApp(USERS.director, { store: refusing });
    expect(await screen.findByText('Nothing is due for you.')).toBeInTheDocument();
    expect(screen.queryByText('We could not check what is due')).toBeNull();
  });

  test("issue 13: a line manager's triage count keeps to their own services (Settings)", async () => {
    const store = storeWith();
    // The demo's referrals are Housing; this manager triages Planning, another manager Housing.
    store.settingValues.set('lineManagerServices', { [USERS.manager.id]: ['Planning'], 'housing-manager': ['Housing'] });
    renderApp(USERS.manager, { store });
    expect(await screen.findByText('Nothing is due for you.')).toBeInTheDocument();
    expect(screen.queryByText(/waiting for triage/)).toBeNull();
  });

  test('a deep link to a case is refused in plain words for staff (BR-22)', async () => {
    renderApp(USERS.staff, { caseId: 'case-1' });
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });
});

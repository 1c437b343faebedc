/** @jest-environment jsdom */
// Issue 13, "tasks are completed when the work is done": each task the engine gives someone
// leaves their "What is due" once they have done the work it asks for, in the app, and only then.
import '@testing-library/jest-dom';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'util';
import { applyCaseAction, formatLongDate, type Case, type CaseAction, type IsoDate, type IsoInstant } from '../../src/domain';
import { renderApp } from './harness';
import { storedCase } from './fakes/caseScreens';
import { activeSanction, kase, NOW, person, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';

const ROLE_HOLDERS = {
  customerRelationsOfficer: [USERS.caseOfficer.id],
  executiveDirector: [USERS.director.id],
  headOfService: [USERS.manager.id],
  lineManager: [USERS.manager.id]
};

/** A restriction in force, its review not yet due; `endedOn` makes it one that ran out then. */
function restricted(endedOn?: IsoDate): Case {
  const ending = endedOn ? { endDate: endedOn, reviewDate: endedOn } : {};
  return kase({
    id: 'case-tasks',
    status: 'SanctionActive',
    sanctions: [activeSanction({ id: 'sanction-tasks', caseId: 'case-tasks', ...ending })]
  });
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
      newId: (prefix) => `${prefix}-done-${++n}`
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    current = outcome.value.case;
  }
  return current;
}

function storeWith(value: Case): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(value);
  return store;
}

async function dueSection(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'What is due' });
  return heading.closest('section') as HTMLElement;
}

beforeAll(() => {
  // jsdom 20 has no TextEncoder; docx needs it to write the zip (browsers all have it).
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: jest.fn(() => 'blob:letter') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: jest.fn() });
});

describe('a task leaves the assignee’s What is due once the work is done', () => {
  test('BR-14: a safeguarding concern in incoming contact, once the case officer marks it dealt with on the case', async () => {
    const contact = {
      receivedAt: '2026-11-27T09:30:00.000Z' as IsoInstant,
      channel: 'phone' as const,
      viaSpoc: true,
      summary: 'Says she is frightened to stay at home while the repair is outstanding.',
      newIssue: false,
      safeguardingConcern: true,
      breachOfRestriction: false
    };
    // Logged by staff on the front line: the task goes to the case officer.
    const store = storeWith(applied(restricted(), [{ action: { type: 'logContact', entry: contact }, by: USERS.staff.id }]));
    renderApp(USERS.caseOfficer, { store });
    const line = await within(await dueSection()).findByRole('button', {
      name: "Safeguarding concern to review, raised 28 November 2026: Siân O'Brien"
    });
    fireEvent.click(line);

    const flagged = await screen.findByRole('region', { name: 'Contact to deal with' });
    expect(flagged).toHaveTextContent('Safeguarding concern Received 27 November 2026 by telephone: Says she is frightened');
    fireEvent.click(within(flagged).getByRole('button', { name: 'Mark as dealt with' }));
    expect(await screen.findByText('Recorded as dealt with. It is no longer on anyone’s list of what is due.')).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Contact to deal with' })).toBeNull();
    const saved = storedCase(store, 'case-tasks');
    expect(saved.contactLog[0].reviewedBy).toBe(USERS.caseOfficer.id);
    expect(saved.tasks.map((t) => [t.kind, t.done])).toEqual([['reviewFlaggedItem', true]]);
    expect(store.audit.map((entry) => entry.event.action)).toContain('contact.reviewed');
    cleanup();

    renderApp(USERS.caseOfficer, { store });
    expect(await screen.findByText('Nothing is due for you.')).toBeInTheDocument();
  });

  test('BR-14: someone the contact was not passed to is not offered to close it', async () => {
    const contact = {
      receivedAt: NOW,
      channel: 'email' as const,
      viaSpoc: true,
      summary: 'A new complaint about the bins.',
      newIssue: true,
      safeguardingConcern: false,
      breachOfRestriction: false
    };
    const store = storeWith(applied(restricted(), [{ action: { type: 'logContact', entry: contact }, by: USERS.staff.id }]));
    renderApp(USERS.director, { store, caseId: 'case-tasks' });
    const flagged = await screen.findByRole('region', { name: 'Contact to deal with' });
    expect(flagged).toHaveTextContent('New issue (handle it on its merits)');
    expect(within(flagged).queryByRole('button', { name: 'Mark as dealt with' })).toBeNull();
  });

  test('BR-09: the "restriction ended" letter, once the case officer records it as sent from the Letters screen', async () => {
    const store = storeWith(
      applied(restricted('2026-11-20' as IsoDate), [
        { action: { type: 'expireSanction' }, by: 'system', at: '2026-11-21T06:00:00.000Z' as IsoInstant }
      ])
    );
    renderApp(USERS.caseOfficer, { store });
    fireEvent.click(
      await within(await dueSection()).findByRole('button', {
        name: `Send the letter saying the restriction has ended, due ${formatLongDate('2026-11-21' as IsoDate)}: Siân O'Brien`
      })
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Send the letter saying the restriction has ended' }));

    expect(
      await screen.findByText(/The customer must be told their restriction has ended. Produce the Word document first/)
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/Their name/), { target: { value: 'Siân O’Brien' } });
    fireEvent.change(screen.getByLabelText(/Their job title/), { target: { value: 'Customer Relations Officer' } });
    fireEvent.change(screen.getByLabelText(/That the restriction has ended, and the date it ended/), {
      target: { value: 'The restriction reached its end date on 20 November 2026.' }
    });
    fireEvent.change(screen.getByLabelText(/How the person can contact us from now on/), {
      target: { value: 'By the usual routes: telephone, email or in person.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    await screen.findByText('The letter is ready', undefined, { timeout: 10000 });
    const form = screen.getByRole('form', { name: 'Record as sent to the customer' });
    fireEvent.click(within(form).getByRole('button', { name: 'Record as sent to the customer' }));
    const recorded = (await screen.findByText('The letter is recorded as sent')).closest('[role="status"]') as HTMLElement;
    expect(recorded).toHaveFocus();

    const saved = storedCase(store, 'case-tasks');
    expect(saved.letters.map((l) => [l.type, l.sentOn])).toContainEqual(['RestrictionEnded', '2026-11-28']);
    expect(saved.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter').map((t) => t.done)).toEqual([true]);
    cleanup();

    renderApp(USERS.caseOfficer, { store });
    expect(await screen.findByText('Nothing is due for you.')).toBeInTheDocument();
    cleanup();
    // And the case no longer offers the letter as a next step.
    renderApp(USERS.caseOfficer, { store, caseId: 'case-tasks' });
    await screen.findByRole('region', { name: 'Next steps' });
    expect(screen.queryByRole('button', { name: 'Send the letter saying the restriction has ended' })).toBeNull();
  }, 30000);

  test("BR-34: a customer's request for a review still open when the restriction expired is answered from the Review screen, and leaves both people's lists", async () => {
    const store = storeWith(
      applied(restricted('2026-11-20' as IsoDate), [
        {
          action: {
            type: 'logPersonReviewRequest',
            requestedOn: '2026-11-10' as IsoDate,
            requestText: 'Please lift the restriction.',
            respondBy: '2026-12-08' as IsoDate,
            assignedTo: USERS.director.id
          },
          by: USERS.caseOfficer.id,
          at: '2026-11-10T10:00:00.000Z' as IsoInstant
        },
        { action: { type: 'expireSanction' }, by: 'system', at: '2026-11-21T06:00:00.000Z' as IsoInstant }
      ])
    );
    renderApp(USERS.caseOfficer, { store });
    fireEvent.click(
      await within(await dueSection()).findByRole('button', { name: "Answer the request for a review by 8 December 2026: Siân O'Brien" })
    );
    expect(await screen.findByRole('heading', { name: 'Request received 10 November 2026' })).toBeInTheDocument();
    // A closed case takes no new requests.
    expect(screen.queryByRole('button', { name: 'Log the request' })).toBeNull();
    const answer = screen.getByRole('heading', { name: 'Request received 10 November 2026' }).closest('article') as HTMLElement;
    const fields = within(answer).getAllByRole('textbox');
    for (const field of fields)
      fireEvent.change(field, { target: { value: 'The restriction ended on 20 November 2026 and has not been renewed.' } });
    fireEvent.click(within(answer).getByRole('button'));
    expect(await screen.findByText(/There are no open requests from the customer/)).toBeInTheDocument();
    cleanup();

    for (const user of [USERS.caseOfficer, USERS.director]) {
      renderApp(user, { store });
      const section = await dueSection();
      await screen.findByText(/Nothing is due for you|Send the letter/);
      expect(within(section).queryByRole('button', { name: /Answer the request for a review/ })).toBeNull();
      cleanup();
    }
  }, 30000);
});

/** @jest-environment jsdom */
import { caseLabel } from '../../src/domain/model/caseReference';
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'util';
import type { Case, IsoDate } from '../../src/domain';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import LettersScreen from '../../src/ui/screens/letters/LettersScreen';
import { renderCaseScreen, someoneElseSaves, storedCase } from './fakes/caseScreens';
import { activeSanction, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { memoryLetterLibrary } from '../../src/data/memory/memoryLetterLibrary';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';

// The restriction decision letter's BR-07 items, as the officer would write them.
const RESTRICTION_LETTER: ReadonlyArray<[RegExp, string]> = [
  [/The behaviour that caused concern/, 'Forty calls in one week; staff were shouted at on 3 November 2026.'],
  [/Why we made this decision/, 'The monitoring letter did not change the behaviour.'],
  [/What we are doing and how the person can contact us now/, 'Contact only through Cora Officer, by email.'],
  [/Where the restriction applies/, 'The Housing service.'],
  [/How long it lasts/, 'Six months.'],
  [/When we made the decision and when we will review it/, 'Decided on 28 November 2026; reviewed by 1 January 2027.'],
  [/How to challenge or appeal the decision/, 'Write to the Head of Customer Services within 10 working days.'],
  [/Right to complain to the Local Government and Social Care Ombudsman/, 'You may complain to the Ombudsman.']
];

const CASE_ID = 'case-letter';

function awaitingLetter(overrides: Partial<Case> = {}): Case {
  return kase({
    id: CASE_ID,
    status: 'SanctionLetterDraft',
    sanctions: [
      activeSanction({
        id: 'sanction-approved',
        caseId: CASE_ID,
        startDate: '2026-12-01' as IsoDate,
        endDate: '2027-06-01' as IsoDate,
        reviewDate: '2027-03-01' as IsoDate,
        status: 'Approved'
      })
    ],
    ...overrides
  });
}

function storeWith(kaseToSeed: Case): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kaseToSeed);
  return store;
}

function type(label: RegExp | string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillRestrictionLetter(leaveOut?: string): void {
  type(/Their name/, 'Siân O\u2019Brien');
  type(/Their job title/, 'Customer Relations Officer');
  for (const [label, text] of RESTRICTION_LETTER) if (!leaveOut || !label.test(leaveOut)) type(label, text);
}

async function produce(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
  await screen.findByText('The letter is ready', undefined, { timeout: 10000 });
}

function openLetters(store: MemoryStore, user = USERS.caseOfficer): ReturnType<typeof renderCaseScreen> {
  return renderCaseScreen(<LettersScreen params={{ caseId: CASE_ID, letterType: 'RestrictionDecision' }} />, { user, store });
}

beforeAll(() => {
  // jsdom 20 has no TextEncoder; docx needs it to write the zip (browsers all have it).
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: jest.fn(() => 'blob:letter') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: jest.fn() });
});

describe('Recording the restriction letter as sent (SanctionLetterDraft -> SanctionActive)', () => {
  test('once the letter is produced, the case officer records it sent and the restriction becomes active', async () => {
    const store = storeWith(awaitingLetter());
    const { navigations } = openLetters(store);
    expect(await screen.findByText(/This case is waiting for its restriction letter. Produce the Word document first/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record as sent to the customer' })).not.toBeInTheDocument();
    fillRestrictionLetter();
    type('How it will be sent', 'email');
    await produce();

    const form = screen.getByRole('form', { name: 'Record as sent to the customer' });
    expect(within(form).getByLabelText(/Date sent/)).toHaveValue('2026-11-28');
    expect(within(form).getByLabelText(/How it was sent/)).toHaveValue('email');
    fireEvent.change(within(form).getByLabelText(/Date sent/), { target: { value: '2026-11-27' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record as sent to the customer' }));

    const done = (await screen.findByText('The restriction is now active')).closest('[role="status"]') as HTMLElement;
    expect(done).toHaveTextContent(
      'The restriction letter was recorded as sent on 27 November 2026 (email). The restriction applies from 1 December 2026 to 1 June 2027 and must be reviewed by 1 March 2027.'
    );
    expect(done).toHaveFocus();
    const saved = storedCase(store, CASE_ID);
    expect(saved.status).toBe('SanctionActive');
    expect(saved.sanctions[0]).toMatchObject({ status: 'Active', customerNotifiedOn: '2026-11-27', startDate: '2026-12-01' });
    const letter = saved.letters[0];
    expect(letter).toMatchObject({ type: 'RestrictionDecision', channel: 'email', sentOn: '2026-11-27', sentBy: USERS.caseOfficer.id });
    // The case holds exactly the content the Word document was made from.
    expect(letter.fields.behaviourOfConcern).toBe(RESTRICTION_LETTER[0][1]);
    expect(Object.keys(letter.fields).sort()).toEqual([
      'actionTaken',
      'behaviourOfConcern',
      'decisionAndReviewDates',
      'decisionReasons',
      'duration',
      'howToAppeal',
      'ombudsmanRight',
      'scope',
      // Prefilled from the approved sanction's single point of contact.
      'singlePointOfContact'
    ]);
    expect(store.audit.map((entry) => entry.event.action)).toContain('letter.sent');

    fireEvent.click(within(done).getByText('Back to the case'));
    expect(navigations).toEqual([{ screen: 'case', params: { caseId: CASE_ID } }]);
  });

  test('with the Letters library, the saved document and the sent letter are one letter on the case', async () => {
    const store = storeWith(awaitingLetter());
    const library = memoryLetterLibrary(store);
    store.letterFiles = library;
    openLetters(store);
    await screen.findByText(/This case is waiting for its restriction letter/);
    fillRestrictionLetter();
    await produce();
    expect(screen.getByRole('link', { name: 'Open it in the Letters library' })).toBeInTheDocument();
    const documentRecord = storedCase(store, CASE_ID).letters;
    expect(documentRecord).toHaveLength(1);
    expect(documentRecord[0].sentOn).toBeUndefined();

    const form = screen.getByRole('form', { name: 'Record as sent to the customer' });
    fireEvent.change(within(form).getByLabelText(/How it was sent/), { target: { value: 'email' } });
    fireEvent.change(within(form).getByLabelText(/Date sent/), { target: { value: '2026-11-27' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record as sent to the customer' }));
    await screen.findByText('The restriction is now active');

    const letters = storedCase(store, CASE_ID).letters;
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      id: documentRecord[0].id,
      channel: 'email',
      sentOn: '2026-11-27',
      sentBy: USERS.caseOfficer.id,
      fields: documentRecord[0].fields
    });
    expect(library.savedFileNames).toHaveLength(1);
  });

  test('refused while mandatory content is missing: no document, nothing to record, the case unchanged', async () => {
    const store = storeWith(awaitingLetter());
    openLetters(store);
    await screen.findByText(/This case is waiting for its restriction letter/);
    // The appeal route and the Ombudsman are prefilled now (spec 2.6 items 10, 11); the behaviour is the officer's to write.
    fillRestrictionLetter('The behaviour that caused concern');
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    const refusal = (await screen.findByText('The letter cannot be produced yet')).closest('[role="alert"]') as HTMLElement;
    expect(
      within(refusal)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual(['The behaviour that caused concern, with examples']);
    expect(screen.queryByRole('button', { name: 'Record as sent to the customer' })).not.toBeInTheDocument();
    expect(storedCase(store, CASE_ID).status).toBe('SanctionLetterDraft');
  });

  test('a blank date sent is refused in plain words (BR-07) and nothing is saved', async () => {
    const store = storeWith(awaitingLetter());
    openLetters(store);
    await screen.findByText(/This case is waiting for its restriction letter/);
    fillRestrictionLetter();
    await produce();
    fireEvent.change(screen.getByLabelText(/Date sent/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record as sent to the customer' }));
    const refusal = (await screen.findByText('Not saved (BR-07)')).closest('[role="alert"]') as HTMLElement;
    expect(refusal).toHaveTextContent('Record the date the letter was sent.');
    expect(storedCase(store, CASE_ID).status).toBe('SanctionLetterDraft');
  });

  test.each([
    ['before approval', 'SanctionProposed', 'Proposed'],
    ['once the restriction is active', 'SanctionActive', 'Active']
  ] as const)('not offered %s', async (_, status, sanctionStatus) => {
    const waiting = awaitingLetter({ status });
    const store = storeWith({ ...waiting, sanctions: [{ ...waiting.sanctions[0], status: sanctionStatus }] });
    openLetters(store);
    fillRestrictionLetter();
    await produce();
    expect(screen.queryByRole('button', { name: 'Record as sent to the customer' })).not.toBeInTheDocument();
    expect(screen.queryByText(/waiting for its restriction letter/)).not.toBeInTheDocument();
    expect(storedCase(store, CASE_ID).status).toBe(status);
  });

  test('offered only to the case officer: another officer is told why, staff cannot write letters', async () => {
    const store = storeWith(awaitingLetter({ caseOfficerId: 'someone-else' }));
    const { unmount } = openLetters(store);
    expect(
      await screen.findByText(/only the case officer can record it as sent. Only the case officer manages this case./)
    ).toBeInTheDocument();
    fillRestrictionLetter();
    await produce();
    expect(screen.queryByRole('button', { name: 'Record as sent to the customer' })).not.toBeInTheDocument();
    unmount();
    openLetters(storeWith(awaitingLetter()), USERS.staff);
    expect(screen.getByText('You do not write letters in this system')).toBeInTheDocument();
    expect(screen.queryByText(/restriction letter/)).not.toBeInTheDocument();
  });

  test('a conflict opens the reload or merge dialog; merging records the letter on the latest version', async () => {
    const store = storeWith(awaitingLetter());
    openLetters(store);
    await screen.findByText(/This case is waiting for its restriction letter/);
    fillRestrictionLetter();
    await produce();
    await someoneElseSaves(store, CASE_ID, (k) => ({ ...k, leadService: 'Revenues' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record as sent to the customer' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(storedCase(store, CASE_ID).status).toBe('SanctionLetterDraft');
    fireEvent.click(within(dialog).getByText('Apply my changes to the latest version'));
    expect(await screen.findByText('The restriction is now active')).toBeInTheDocument();
    const saved = storedCase(store, CASE_ID);
    expect(saved).toMatchObject({ status: 'SanctionActive', leadService: 'Revenues' });
  });

  test('the case view offers "Send the restriction letter" as the next step, opening that letter for the case', async () => {
    const { navigations } = renderCaseScreen(<CaseViewScreen params={{ caseId: CASE_ID }} />, { store: storeWith(awaitingLetter()) });
    const steps = await screen.findByRole('region', { name: 'Next steps' });
    expect(
      within(steps)
        .getAllByRole('button')
        .map((b) => b.textContent)
    ).toEqual(['Send the restriction letter']);
    fireEvent.click(within(steps).getByRole('button', { name: 'Send the restriction letter' }));
    // The letter prints the case's reference people read (a case made before references: a short id).
    expect(navigations).toEqual([
      {
        screen: 'letters',
        params: { letterType: 'RestrictionDecision', caseId: CASE_ID, reference: caseLabel({ id: CASE_ID, reference: undefined }) }
      }
    ]);
  });

  test('the case view does not offer it to an officer who does not manage the case', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: CASE_ID }} />, {
      store: storeWith(awaitingLetter({ caseOfficerId: 'someone-else' }))
    });
    const steps = await screen.findByRole('region', { name: 'Next steps' });
    expect(within(steps).queryByRole('button', { name: 'Send the restriction letter' })).not.toBeInTheDocument();
  });
});

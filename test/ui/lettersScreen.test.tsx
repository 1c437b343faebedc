/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { TextDecoder, TextEncoder } from 'util';
import LettersScreen from '../../src/ui/screens/letters/LettersScreen';
import type { LetterFileToSave } from '../../src/ui/screens/letters/letterLibraryPort';
import type { IsoDate, IsoInstant } from '../../src/domain';
import { renderCaseScreen } from './fakes/caseScreens';
import { activeSanction, kase, person, USERS } from '../../local/seed/demoRecords';
import { memoryLetterLibrary } from '../../src/data/memory/memoryLetterLibrary';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { renderScreen } from './fakes/oversightFakes';

function type(label: RegExp | string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The refusal summary (Fluent's field messages are alerts too, so find it by its title). */
async function refusalSummary(): Promise<HTMLElement> {
  const title = await screen.findByText('The letter cannot be produced yet');
  return title.closest('[role="alert"]') as HTMLElement;
}

function fillMonitoringLetter(): void {
  type(/Their name/, 'Seán O\u2019Brien');
  type(/Their job title/, 'Customer Relations Officer');
  type(/The behaviour that caused concern/, 'Forty emails in one week about the same bin collection.');
  type(/What we expect in future/, 'One email a week to the contact below.');
  type(/How long it lasts/, 'Three months from the date of this letter.');
  type(/Single point of contact/, 'Sam Patel, ccm@example.gov.uk, covered by Jo Reed.');
  type(/What may happen if the behaviour does not change/, 'We may restrict how you contact us.');
}

beforeAll(() => {
  // jsdom 20 has no TextEncoder; docx needs it to write the zip (browsers all have it).
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: jest.fn(() => 'blob:letter') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: jest.fn() });
});

describe('Letters screen', () => {
  test('BR-06 refuses to produce a monitoring letter and names exactly the missing items', async () => {
    renderScreen(<LettersScreen params={{ caseId: 'CCM-2026-0042' }} />, { roles: ['customerRelationsOfficer'] });
    expect(screen.getByRole('heading', { name: 'Letters' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    const alert = await refusalSummary();
    const missing = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(missing).toEqual([
      'The behaviour that caused concern, with examples',
      'What we expect in future',
      'How long it lasts',
      'Single point of contact: name and contact details',
      'What may happen if the behaviour does not change',
      'A copy of the policy is enclosed'
    ]);
    expect(screen.getAllByText('This letter must include: How long it lasts.').length).toBeGreaterThan(0);
    expect(screen.getByText('Enter the name of the person the letter is to.')).toBeInTheDocument();
  });

  test('a complete letter is produced, saved to the Letters library and offered as a download', async () => {
    const saved: LetterFileToSave[] = [];
    const letterFiles = {
      save: jest.fn(async (file: LetterFileToSave) => {
        saved.push(file);
        return { url: 'https://council.example/sites/ccm/Letters/letter.docx', letterId: 'letter-document-1', etag: '"1"' };
      })
    };
    renderScreen(<LettersScreen params={{ caseId: 'CCM-2026-0042' }} />, { roles: ['customerRelationsOfficer'], store: { letterFiles } });
    fillMonitoringLetter();
    type(/A copy of the policy is enclosed/, 'A copy of the Customer Case Management Policy is enclosed.');
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    expect(await screen.findByText('The letter is ready', undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open it in the Letters library' })).toHaveAttribute(
      'href',
      'https://council.example/sites/ccm/Letters/letter.docx'
    );
    expect(screen.getByRole('link', { name: /Download 2026-11-28 CCM-2026-0042 Monitoring/ })).toHaveAttribute('href', 'blob:letter');
    expect(saved).toHaveLength(1);
    expect(saved[0].caseId).toBe('CCM-2026-0042');
    const xml = await (await JSZip.loadAsync(saved[0].bytes)).file('word/document.xml')?.async('string');
    expect(xml).toContain('Sam Patel, ccm@example.gov.uk, covered by Jo Reed.');
    expect(xml).toContain('28 November 2026');
  });

  test('placeholder text left in the letter is refused', async () => {
    renderScreen(<LettersScreen params={{}} />, { roles: ['customerRelationsOfficer'] });
    type(/Our reference/, 'CCM-1');
    fillMonitoringLetter();
    type(/A copy of the policy is enclosed/, '[insert policy title]');
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    const alert = await refusalSummary();
    expect(within(alert).getByText(/A copy of the policy is enclosed \(the template text has not been replaced\)/)).toBeInTheDocument();
  });

  test('BR-32 a letter saying the council will not reply is refused, quoting the sentence, when no restriction allows it', async () => {
    const saved: LetterFileToSave[] = [];
    const letterFiles = {
      save: jest.fn(async (file: LetterFileToSave) => {
        saved.push(file);
        return { url: 'u', letterId: 'l', etag: '"1"' };
      })
    };
    renderScreen(<LettersScreen params={{ caseId: 'CCM-2026-0042' }} />, { roles: ['customerRelationsOfficer'], store: { letterFiles } });
    fillMonitoringLetter();
    type(/A copy of the policy is enclosed/, 'A copy of the policy is enclosed.');
    type(
      /What may happen if the behaviour does not change/,
      'We may restrict contact. Any further emails on this subject will be read and filed.'
    );
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    const alert = await refusalSummary();
    expect(
      within(alert).getByText(/This letter says \u201cAny further emails on this subject will be read and filed\.\u201d/)
    ).toBeInTheDocument();
    expect(within(alert).getByText(/no approved, active restriction of that scope allows it/)).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });

  test('without a library the letter is still offered as a download, with an honest message', async () => {
    renderScreen(<LettersScreen params={{ caseId: 'CCM-7' }} />, { roles: ['customerRelationsOfficer'] });
    fillMonitoringLetter();
    type(/A copy of the policy is enclosed/, 'Enclosed.');
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    expect(
      await screen.findByText(/Saving to the Letters library is not available here/, undefined, { timeout: 10000 })
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: /Download/ })).toBeInTheDocument());
  });

  test('role-based: the FOI officer sees only FOI letters; staff cannot write letters', () => {
    const { unmount } = renderScreen(<LettersScreen params={{}} />, { roles: ['foiOfficer'] });
    const options = within(screen.getByLabelText('Type of letter'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['FOI/EIR refusal notice', 'FOI warning before relying on section 17(6)']);
    unmount();
    renderScreen(<LettersScreen params={{}} />, { roles: ['staff'] });
    expect(screen.getByText('You do not write letters in this system')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Produce the Word document' })).not.toBeInTheDocument();
  });
});

describe('Letters screen for a case', () => {
  const CASE_ID = 'case-brannigan';

  function storeWithApprovedSanction(): MemoryStore {
    const store = createMemoryStore();
    store.tables.persons.seed(
      person({ id: 'person-bb', names: { given: 'Brian', family: 'Brannigan' }, addresses: ['2 Low Street, Kidsgrove, ST7 1AA'] })
    );
    store.tables.cases.seed(
      kase({
        id: CASE_ID,
        personId: 'person-bb',
        status: 'SanctionLetterDraft',
        sanctions: [
          activeSanction({
            id: 'sanction-approved',
            caseId: CASE_ID,
            subjectPersonId: 'person-bb',
            restrictions: [
              { type: 'R01', contact: { kind: 'officer', userId: USERS.caseOfficer.id, name: 'Cora Officer' } },
              { type: 'R02', channels: ['email'] }
            ],
            scope: { kind: 'service', service: 'Housing' },
            startDate: '2026-12-01' as IsoDate,
            endDate: '2027-06-01' as IsoDate,
            reviewDate: '2027-03-01' as IsoDate,
            spoc: { name: 'Cora Officer', channel: 'email', cover: { name: 'Jo Reed' } },
            approvals: [
              {
                id: 'decision-1',
                approverId: USERS.manager.id,
                approverRole: 'headOfService',
                outcome: 'Approve',
                reasons: 'Proportionate.',
                decidedAt: '2026-11-27T09:00:00.000Z' as IsoInstant
              }
            ],
            status: 'Approved'
          })
        ]
      })
    );
    return store;
  }

  function openLetters(store: MemoryStore): ReturnType<typeof renderCaseScreen> {
    return renderCaseScreen(<LettersScreen params={{ caseId: CASE_ID, reference: 'CCM-2026-0042', letterType: 'RestrictionDecision' }} />, {
      user: USERS.caseOfficer,
      store
    });
  }

  function valueOf(label: RegExp): string {
    return (screen.getByLabelText(label) as HTMLInputElement).value;
  }

  test('the letter is prefilled from the approved sanction and the person, the reasons left to the officer', async () => {
    openLetters(storeWithApprovedSanction());
    await waitFor(() => expect(valueOf(/Their name/)).toBe('Brian Brannigan'));
    expect(valueOf(/Postal address/)).toBe('2 Low Street\nKidsgrove\nST7 1AA');
    expect(valueOf(/Our reference/)).toBe('CCM-2026-0042');
    expect(valueOf(/Where the restriction applies/)).toBe('The Housing service.');
    expect(valueOf(/How long it lasts/)).toBe('From 1 December 2026 until 1 June 2027.');
    expect(valueOf(/When we made the decision/)).toBe('We made this decision on 27 November 2026. We will review it by 1 March 2027.');
    const action = valueOf(/What we are doing and how the person can contact us now/);
    expect(action).toContain('- Single point of contact');
    expect(action).toContain('- One contact channel only');
    expect(action).toContain('When contact is necessary: For repairs emergencies call 01782 000000.');
    expect(valueOf(/Single point of contact: name/)).toBe(
      'Cora Officer, by email. When Cora Officer is away, Jo Reed will deal with your contact.'
    );
    // Spec 2.6 items 10 and 11: the appeal route and the Ombudsman the council's settings name.
    expect(valueOf(/How to challenge or appeal the decision/)).toContain('within 10 working days of receiving this letter');
    expect(valueOf(/Right to complain to the/)).toContain(
      'the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614.'
    );
    expect(valueOf(/Why we made this decision/)).toBe('');
    expect(valueOf(/The behaviour that caused concern/)).toBe('');
    // No invented title: the full name, unless the officer changes it.
    expect(valueOf(/Greeting/)).toBe('Dear Brian Brannigan');
  });

  test('BR-10 a review outcome letter is prefilled with what applies now, the next review date, the appeal route and the Ombudsman', async () => {
    const store = storeWithApprovedSanction();
    const stored = store.tables.cases.all()[0].value;
    store.tables.cases.seed({
      ...stored,
      status: 'SanctionActive',
      sanctions: stored.sanctions.map((sanction) => ({ ...sanction, status: 'Active' as const }))
    });
    renderCaseScreen(<LettersScreen params={{ caseId: CASE_ID, reference: 'CCM-2026-0042', letterType: 'ReviewOutcome' }} />, {
      user: USERS.caseOfficer,
      store
    });
    await waitFor(() => expect(valueOf(/What applies from now/)).toContain('From 1 December 2026 until 1 June 2027:'));
    expect(valueOf(/What applies from now/)).toContain('- One contact channel only (Channel: email)');
    expect(valueOf(/What applies from now/)).toContain('Where it applies: The Housing service.');
    expect(valueOf(/The next review date/)).toBe('We will review the restriction again by 1 March 2027.');
    expect(valueOf(/How to challenge or appeal the decision/)).toContain('A senior officer who was not involved in the decision');
    expect(valueOf(/Right to complain to the/)).toContain('Local Government and Social Care Ombudsman');
    // The result and the reasons are the reviewer's own words.
    expect(valueOf(/The result of the review/)).toBe('');
    expect(valueOf(/The reasons for the review result/)).toBe('');
  });

  test('BR-12 an appeal outcome letter is prefilled with the Ombudsman, in the words for the end of the council\u2019s process', async () => {
    renderCaseScreen(<LettersScreen params={{ caseId: CASE_ID, reference: 'CCM-2026-0042', letterType: 'AppealOutcome' }} />, {
      user: USERS.director,
      roles: ['appealReviewer'],
      store: storeWithApprovedSanction()
    });
    await waitFor(() => expect(valueOf(/Right to complain to the/)).toMatch(/^This is the end of the council\u2019s own process\./));
    expect(valueOf(/The appeal decision/)).toBe('');
  });

  test('the document greets by full name, prints the council address, and is offered again after leaving', async () => {
    const store = storeWithApprovedSanction();
    const library = memoryLetterLibrary(store);
    Object.assign(store, { letterFiles: library });
    const first = openLetters(store);
    await waitFor(() => expect(valueOf(/Their name/)).toBe('Brian Brannigan'));
    expect(screen.queryByText(/Open the letter you produced/)).not.toBeInTheDocument();
    type(/Their job title/, 'Customer Relations Officer');
    type(/The behaviour that caused concern/, 'Forty calls in one week.');
    type(/Why we made this decision/, 'The monitoring letter did not change the behaviour.');
    type(/How to challenge or appeal the decision/, 'Write to the Head of Customer Services within 10 working days.');
    type(/Right to complain to the Local Government and Social Care Ombudsman/, 'You may complain to the Ombudsman.');
    const save = jest.spyOn(library, 'save');
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    expect(await screen.findByText('The letter is ready', undefined, { timeout: 10000 })).toBeInTheDocument();
    const xml = (await (await JSZip.loadAsync(save.mock.calls[0][0].bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Dear Brian Brannigan');
    expect(xml).not.toContain('Dear Mr');
    expect(xml).toContain('Castle House');
    expect(xml).toContain('ST5 1BL');
    expect(xml).toContain('From 1 December 2026 until 1 June 2027.');
    first.unmount();

    openLetters(store);
    const link = await screen.findByRole('link', { name: 'Open the letter you produced on 28 November 2026' });
    expect(link).toHaveAttribute('href', '/sites/ccm/Letters/2026-11-28 CCM-2026-0042 Restriction decision letter.docx');
    // The officer can record that letter as sent without producing it again.
    expect(await screen.findByRole('button', { name: 'Record as sent to the customer' })).toBeInTheDocument();
  });
});

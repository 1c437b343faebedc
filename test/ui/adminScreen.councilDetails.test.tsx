/** @jest-environment jsdom */
// Issue 18, council details: the letter head, signatory and Ombudsman signposting are a Settings
// value the administrator edits, checked by the domain, saved under its etag and audited; a
// letter produced afterwards prints the new address without a redeploy.
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { TextDecoder, TextEncoder } from 'util';
import { renderApp } from './harness';
import { renderScreen } from './fakes/oversightFakes';
import { USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { DEFAULT_COUNCIL_DETAILS } from '../../src/domain';
import LettersScreen from '../../src/ui/screens/letters/LettersScreen';
import type { LetterFileToSave } from '../../src/ui/screens/letters/letterLibraryPort';

const NEW_ADDRESS = 'Civic Offices\nMerrial Street\nNewcastle-under-Lyme\nST5 2AG';

beforeAll(() => {
  // jsdom has no TextEncoder; docx needs it to write the zip (browsers all have it).
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: jest.fn(() => 'blob:letter') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: jest.fn() });
});

function field(label: string | RegExp): HTMLElement {
  return screen.getByLabelText(label);
}

async function openCouncilDetails(store: MemoryStore): Promise<void> {
  renderApp(USERS.admin, { store });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
  fireEvent.click(await screen.findByRole('tab', { name: 'Council details' }));
  await screen.findByText('Save the council details');
}

describe('Administration: council details', () => {
  test('the policy default is shown until saved; a new address is saved with an audit entry naming what changed', async () => {
    const store = createMemoryStore();
    await openCouncilDetails(store);
    expect(field(/^Council name/)).toHaveValue('Newcastle-under-Lyme Borough Council');
    expect(field(/^Address/)).toHaveValue(DEFAULT_COUNCIL_DETAILS.addressLines.join('\n'));
    expect(screen.getByText(/Until they are saved, letters use the details shown here/)).toBeInTheDocument();

    fireEvent.change(field(/^Address/), { target: { value: NEW_ADDRESS } });
    const preview = screen.getByRole('region', { name: 'Letter head preview' });
    expect(within(preview).getByText('Merrial Street')).toBeInTheDocument();
    fireEvent.click(screen.getByText('Save the council details'));
    expect(await screen.findByText(/now apply to everyone who opens Customer Case Management/)).toBeInTheDocument();

    expect(store.settingValues.get('councilDetails')).toMatchObject({
      name: 'Newcastle-under-Lyme Borough Council',
      addressLines: ['Civic Offices', 'Merrial Street', 'Newcastle-under-Lyme', 'ST5 2AG']
    });
    expect(store.audit.map((entry) => entry.event)).toEqual([
      expect.objectContaining({
        action: 'setting.changed',
        actorId: USERS.admin.id,
        entity: { type: 'Setting', id: 'councilDetails' },
        after: { parts: ['addressLines'], now: { addressLines: ['Civic Offices', 'Merrial Street', 'Newcastle-under-Lyme', 'ST5 2AG'] } }
      })
    ]);
  });

  test('the domain refuses a blank name and a logo without words; nothing is saved or audited', async () => {
    const store = createMemoryStore();
    await openCouncilDetails(store);
    fireEvent.change(field(/^Council name/), { target: { value: '   ' } });
    fireEvent.change(field(/^Logo address/), { target: { value: 'https://example.org/logo.png' } });
    fireEvent.click(screen.getByText('Save the council details'));
    const refusal = (await screen.findByText('Not saved')).closest('[role="alert"]') as HTMLElement;
    expect(within(refusal).getByText('Enter the council’s name.')).toBeInTheDocument();
    expect(within(refusal).getByText(/Describe the logo in words/)).toBeInTheDocument();
    expect(store.settingValues.has('councilDetails')).toBe(false);
    expect(store.audit).toHaveLength(0);
  });

  test('the standard Ombudsman wording follows the nation and whether the council is a landlord', async () => {
    await openCouncilDetails(createMemoryStore());
    fireEvent.change(field(/^Nation the council is in/), { target: { value: 'wales' } });
    fireEvent.click(screen.getByText('Use the standard wording for this nation'));
    await waitFor(() =>
      expect((field(/^How to complain to the Ombudsman/) as HTMLTextAreaElement).value).toContain('Public Services Ombudsman for Wales')
    );
    fireEvent.change(field(/^Nation the council is in/), { target: { value: 'england' } });
    fireEvent.click(screen.getByLabelText(/The council is a social landlord/));
    fireEvent.click(screen.getByText('Use the standard wording for this nation'));
    await waitFor(() => expect((field(/^How to complain to the Ombudsman/) as HTMLTextAreaElement).value).toContain('Housing Ombudsman'));
  });

  test('a letter produced after the change carries the new address, and the configured signatory', async () => {
    const store = createMemoryStore();
    await store.settings.set('councilDetails', {
      ...DEFAULT_COUNCIL_DETAILS,
      addressLines: NEW_ADDRESS.split('\n'),
      signatory: { name: 'Jo Bloggs', jobTitle: 'Head of Customer Services' }
    });
    const saved: LetterFileToSave[] = [];
    const letterFiles = {
      save: jest.fn(async (file: LetterFileToSave) => {
        saved.push(file);
        return { url: 'https://council.example/sites/ccm/Letters/letter.docx', letterId: 'letter-1', etag: '"1"' };
      })
    };
    renderScreen(<LettersScreen params={{}} />, { roles: ['customerRelationsOfficer'], store: { settings: store.settings, letterFiles } });
    await waitFor(() => expect(field(/Name of the officer signing/)).toHaveValue('Jo Bloggs'));
    expect(field(/Their job title/)).toHaveValue('Head of Customer Services');
    fireEvent.change(field(/Their name/), { target: { value: 'Seán O\u2019Brien' } });
    const fill = (label: RegExp, value: string): void => {
      fireEvent.change(field(label), { target: { value } });
    };
    fill(/Our reference/, 'CCM-2026-0042');
    fill(/The behaviour that caused concern/, 'Forty emails in one week about the same bin collection.');
    fill(/What we expect in future/, 'One email a week to the contact below.');
    fill(/How long it lasts/, 'Three months from the date of this letter.');
    fill(/Single point of contact/, 'Sam Patel, ccm@example.gov.uk, covered by Jo Reed.');
    fill(/What may happen if the behaviour does not change/, 'We may restrict how you contact us.');
    fill(/A copy of the policy is enclosed/, 'A copy of the Customer Case Management Policy is enclosed.');
    fireEvent.click(screen.getByRole('button', { name: 'Produce the Word document' }));
    expect(await screen.findByText('The letter is ready', undefined, { timeout: 10000 })).toBeInTheDocument();
    const xml = (await (await JSZip.loadAsync(saved[0].bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Merrial Street');
    expect(xml).toContain('ST5 2AG');
    expect(xml).not.toContain('Barracks Road');
    expect(xml).toContain('Jo Bloggs');
  });
});

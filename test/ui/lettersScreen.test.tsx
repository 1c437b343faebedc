/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { TextDecoder, TextEncoder } from 'util';
import LettersScreen from '../../src/ui/screens/letters/LettersScreen';
import type { LetterFileToSave } from '../../src/ui/screens/letters/letterLibraryPort';
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

/** @jest-environment jsdom */
// BR-23, UK GDPR Art. 12(3): the data protection officer extends a logged request later, within
// its first month, with the reason the person is told; the due date shown follows, and the
// extension is in the audit log. Over the in-memory store (the emulator test covers SharePoint).
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import SubjectAccessScreen from '../../src/ui/screens/subjectAccess/SubjectAccessScreen';
import { demoPerson } from '../../local/seed/demo-data';
import { renderScreen } from './fakes/oversightFakes';

async function openRequestsOf(family: string): Promise<void> {
  fireEvent.change(screen.getByRole('searchbox', { name: /The person’s name/ }), { target: { value: family } });
  fireEvent.click(screen.getByRole('button', { name: 'Find' }));
  fireEvent.click(await screen.findByRole('button', { name: `Choose Ewan ${family}` }));
  await screen.findByText('No request has been logged for this person yet.');
}

function logRequest(receivedOn: string): void {
  fireEvent.change(screen.getByLabelText(/Date the request was received/), { target: { value: receivedOn } });
  fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
}

describe('BR-23 subject access: extending a request later', () => {
  test('within the first month: the reason is required, then the answer is due three months from receipt, audited', async () => {
    const store = createMemoryStore();
    const person = (await store.persons.create(demoPerson('Ewan', 'Tremayne'))).value;
    renderScreen(<SubjectAccessScreen params={{}} />, { roles: ['dataProtectionOfficer'], store: { ...store }, userId: 'u-dpo' });
    await openRequestsOf('Tremayne');
    logRequest('2026-11-20');
    const table = await screen.findByRole('table', { name: 'Requests logged' });
    const row = within(table).getAllByRole('row')[1];
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    ).toEqual(['20 November 2026', '20 December 2026', 'Extend', 'Run the export']);

    fireEvent.click(within(row).getByRole('button', { name: 'Extend the request received on 20 November 2026' }));
    const form = screen.getByRole('form', { name: 'Extend the request received on 20 November 2026' });
    fireEvent.click(within(form).getByRole('button', { name: 'Extend to three months' }));
    expect(await within(form).findByText('Enter why the request needs longer: the person must be told the reasons.')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText(/Why it needs longer/), { target: { value: 'Records in three services to review.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Extend to three months' }));

    await screen.findByText('Why: Records in three services to review.');
    const extended = within(screen.getByRole('table', { name: 'Requests logged' })).getAllByRole('row')[1];
    expect(
      within(extended)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    ).toEqual(['20 November 2026', '20 February 2027', '20 February 2027Why: Records in three services to review.', 'Run the export']);
    expect(screen.queryByRole('form', { name: /Extend the request/ })).not.toBeInTheDocument();
    expect(store.audit.map((entry) => entry.event)).toEqual([
      expect.objectContaining({ action: 'SubjectAccessRequestLogged', entity: { type: 'Person', id: person.id } }),
      expect.objectContaining({
        action: 'SubjectAccessRequestExtended',
        actorId: 'u-dpo',
        entity: { type: 'Person', id: person.id },
        after: expect.objectContaining({ extendedDueOn: '2027-02-20', reason: 'Records in three services to review.' })
      })
    ]);
  });

  test('past its first month a request is not offered an extension', async () => {
    const store = createMemoryStore();
    await store.persons.create(demoPerson('Ewan', 'Polglaze'));
    renderScreen(<SubjectAccessScreen params={{}} />, { roles: ['dataProtectionOfficer'], store: { ...store }, userId: 'u-dpo' });
    await openRequestsOf('Polglaze');
    // Today is 28 November 2026: a request received on 27 October was due on 27 November.
    logRequest('2026-10-27');
    const row = within(await screen.findByRole('table', { name: 'Requests logged' })).getAllByRole('row')[1];
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    ).toEqual(['27 October 2026', '27 November 2026', 'Not extended', 'Run the export']);
  });
});

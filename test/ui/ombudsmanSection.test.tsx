/** @jest-environment jsdom */
// Issue 16 item 8 on the case view: the case officer records an Ombudsman's enquiry, its decision
// with the remedies it orders, the letter copied to it, and a remedy done; the monitoring team
// reads it all but records nothing. Keyboard path: every control is a native form control.
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IsoDate } from '../../src/domain';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import { kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { renderCaseScreen } from './fakes/caseScreens';

const CASE_ID = 'case-lifted';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(
    kase({
      id: CASE_ID,
      status: 'Closed',
      closureReason: 'Lifted',
      caseOfficerId: USERS.caseOfficer.id,
      letters: [
        {
          id: 'letter-decision',
          caseId: CASE_ID,
          type: 'RestrictionDecision',
          templateVersion: '1',
          channel: 'letter',
          fields: {},
          sentOn: '2026-06-01' as IsoDate
        }
      ]
    })
  );
  return store;
}

/** A field by its whole label; a required field's label ends with Fluent's asterisk. */
function field(label: string): HTMLElement {
  return screen.getByLabelText((content) => content.replace(/\s*\*$/, '') === label);
}

function type(label: string, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

describe('Ombudsman on the case view (issue 16 item 8)', () => {
  test('the case officer records the enquiry, the decision with remedies, the letter copy and a remedy done', async () => {
    const store = seeded();
    renderCaseScreen(<CaseViewScreen params={{ caseId: CASE_ID }} />, { user: USERS.caseOfficer, store });
    const section = await screen.findByRole('region', { name: 'Ombudsman' });
    expect(section).toHaveTextContent('No Ombudsman has looked at this case.');

    type('The Ombudsman’s reference', '26 001 234');
    type('Date the enquiry was received', '2026-11-20');
    type('What the Ombudsman is looking at', 'Whether the restriction was reviewed on time.');
    fireEvent.click(screen.getByRole('button', { name: 'Record the enquiry' }));
    expect(
      await screen.findByRole('heading', { name: 'Local Government and Social Care Ombudsman, reference 26 001 234' })
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('Enquiry received 20 November 2026: Whether the restriction was reviewed on time.');

    // The copy of the decision letter.
    fireEvent.change(field('Letter copied to the Ombudsman'), { target: { value: 'letter-decision' } });
    type('Date the copy was sent', '2026-11-21');
    fireEvent.click(screen.getByRole('button', { name: 'Record the copy' }));
    expect(await screen.findByText(/Copy of the .* sent to the Ombudsman on/)).toHaveTextContent('21 November 2026');

    // The decision: fault causing injustice, a fresh review and an apology.
    fireEvent.change(field('Decision'), { target: { value: 'FaultWithInjustice' } });
    type('Date of the decision', '2026-11-27');
    type('What the Ombudsman decided and why', 'The first review was late.');
    type('Remedy 1: what the council must do', 'Review the restriction history afresh.');
    type('Remedy 1: to be done by', '2026-12-27');
    fireEvent.click(screen.getByRole('button', { name: 'Add another remedy' }));
    type('Remedy 2: what the council must do', 'Apologise in writing.');
    type('Remedy 2: to be done by', '2026-12-11');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    const remedies = await screen.findByRole('list', { name: 'Remedies ordered (26 001 234)' });
    expect(
      within(remedies)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '')
    ).toEqual([
      expect.stringMatching(
        /^A fresh review of the restriction: Review the restriction history afresh\. Due by 27 December 2026\. Not done yet/
      ),
      expect.stringMatching(/^A letter of apology: Apologise in writing\. Due by 11 December 2026\. Not done yet/)
    ]);
    const saved = (await store.cases.get(CASE_ID)).value;
    expect(saved.tasks.filter((t) => t.kind === 'ombudsmanRemedy').map((t) => [t.assignees[0], t.dueDate, t.done])).toEqual([
      [USERS.caseOfficer.id, '2026-12-27', false],
      [USERS.caseOfficer.id, '2026-12-11', false]
    ]);

    type('What was done: a letter of apology', 'Apology sent by post.');
    fireEvent.click(within(remedies).getAllByRole('button', { name: 'Record as done' })[1]);
    await waitFor(() => expect(within(remedies).getAllByRole('listitem')[1]).toHaveTextContent('Done 28 November 2026'));
    expect((await store.cases.get(CASE_ID)).value.tasks.filter((t) => t.kind === 'ombudsmanRemedy').map((t) => t.done)).toEqual([
      false,
      true
    ]);
  });

  test('the engine’s refusal is shown beside the form in words', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: CASE_ID }} />, { user: USERS.caseOfficer, store: seeded() });
    await screen.findByRole('region', { name: 'Ombudsman' });
    type('What the Ombudsman is looking at', 'Something.');
    fireEvent.click(screen.getByRole('button', { name: 'Record the enquiry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the Ombudsman’s reference for the enquiry.');
  });

  test('the monitoring team sees the enquiry but has no form to record anything', async () => {
    const store = seeded();
    const stored = await store.cases.get(CASE_ID);
    await store.cases.save(stored, {
      ...stored.value,
      ombudsmanEnquiries: [
        {
          id: 'omb-1',
          scheme: 'LGSCO',
          reference: '26 001 234',
          receivedOn: '2026-11-20' as IsoDate,
          summary: 'Whether the restriction was reviewed on time.',
          recordedBy: USERS.caseOfficer.id,
          recordedAt: '2026-11-20T10:00:00.000Z' as never,
          lettersCopied: []
        }
      ]
    });
    renderCaseScreen(<CaseViewScreen params={{ caseId: CASE_ID }} />, { user: USERS.monitoring, store });
    const section = await screen.findByRole('region', { name: 'Ombudsman' });
    expect(section).toHaveTextContent('The Ombudsman has not decided yet.');
    expect(within(section).queryAllByRole('button')).toEqual([]);
  });
});

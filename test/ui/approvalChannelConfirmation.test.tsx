/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ApprovalsScreen from '../../src/ui/screens/approvals/ApprovalsScreen';
import { pendingApprovalRecords, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { isoDate } from '../../src/domain/model/dates';
import type { Person } from '../../src/domain/model/person';
import { renderCaseScreen } from './fakes/caseScreens';
import { approvalIdFor } from '../../local/host/memoryServices';

// BR-31 widened (issue 16 item 6): the approver sees the contact channel and the person's
// communication needs (as fixed instructions, never the recorded words) and confirms the
// channel works for this person before an approval is sent.

const RECORDED_WORDS = 'Registered blind since a stroke in 2019';

function openInbox(adjustments: Person['reasonableAdjustments']): ReturnType<typeof renderCaseScreen> {
  const store = createMemoryStore();
  seedDemo(store);
  const records = pendingApprovalRecords();
  store.tables.persons.seed({ ...records.person, reasonableAdjustments: adjustments });
  store.tables.incidents.seed(records.incident);
  store.tables.cases.seed(records.kase);
  return renderCaseScreen(<ApprovalsScreen params={{}} />, { user: USERS.director, store });
}

async function pendingItem(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name: 'Dafydd Ellis-Jones: case-pending' });
  return heading.closest('li') as HTMLElement;
}

describe('Approvals inbox: confirming the channel works for the person (BR-31 widened)', () => {
  test('shows the channel and the needs, refuses Approve until the box is ticked, then sends the confirmation', async () => {
    const { services } = openInbox([
      { kind: 'needsLargePrintOrBraille', description: RECORDED_WORDS, communicationNeed: true, recordedOn: isoDate('2026-01-05') }
    ]);
    const item = await pendingItem();
    expect(item).toHaveTextContent('Contact channel to confirm');
    expect(item).toHaveTextContent(/By (email|post|telephone|in person|a shared inbox) with /);
    const needs = within(item).getByRole('list', { name: 'Communication needs staff must respect' });
    expect(needs).toHaveTextContent('Write in large print or Braille.');
    expect(item).not.toHaveTextContent(RECORDED_WORDS);

    fireEvent.click(within(item).getByRole('button', { name: 'Approve' }));
    const box = within(item).getByRole('checkbox', { name: /I confirm this contact channel works for this person/ });
    expect(box).not.toBeChecked();
    fireEvent.click(within(item).getByRole('button', { name: 'Send decision: Approve' }));
    expect(await within(item).findByText('Confirm the contact channel works for this person before approving.')).toBeVisible();
    await waitFor(() => expect(box).toHaveFocus());
    expect(services.caseService.decisions).toEqual([]);

    fireEvent.click(box);
    fireEvent.click(within(item).getByRole('button', { name: 'Send decision: Approve' }));
    expect(await within(item).findByText(/You approved this sanction/)).toBeInTheDocument();
    expect(services.caseService.decisions).toEqual([
      {
        approvalId: approvalIdFor('sanction-pending'),
        decision: { outcome: 'Approve', reasons: '', channelConfirmed: true, caseId: 'case-pending', personId: 'person-3' }
      }
    ]);
    expect(services.caseService.decisions[0].decision).toHaveProperty('channelConfirmed', true);
  });

  test('asks nothing when the person has no communication needs and no third-party route', async () => {
    const { services } = openInbox([
      { kind: 'mentalHealthCondition', description: RECORDED_WORDS, communicationNeed: false, recordedOn: isoDate('2026-01-05') }
    ]);
    const item = await pendingItem();
    expect(item).not.toHaveTextContent('Contact channel to confirm');
    fireEvent.click(within(item).getByRole('button', { name: 'Approve' }));
    expect(within(item).queryByRole('checkbox', { name: /contact channel/ })).not.toBeInTheDocument();
    fireEvent.click(within(item).getByRole('button', { name: 'Send decision: Approve' }));
    expect(await within(item).findByText(/You approved this sanction/)).toBeInTheDocument();
    expect(services.caseService.decisions).toHaveLength(1);
    expect(services.caseService.decisions[0].decision.channelConfirmed).toBeUndefined();
  });
});

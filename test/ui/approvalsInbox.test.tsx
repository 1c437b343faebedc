/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ApprovalsScreen from '../../src/ui/screens/approvals/ApprovalsScreen';
import { seedDemo, seedPendingApproval, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { renderCaseScreen } from './fakes/caseScreens';
import { approvalIdFor } from '../../local/host/memoryServices';

// The inbox over the demo data and the fake case service port: the pending approval is the
// case whose sanction Cora Officer proposed (seedPendingApproval, case-pending).

function openInbox(user = USERS.director): ReturnType<typeof renderCaseScreen> {
  const store = createMemoryStore();
  seedDemo(store);
  seedPendingApproval(store);
  return renderCaseScreen(<ApprovalsScreen params={{}} />, { user, store });
}

async function pendingItem(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name: 'Dafydd Ellis-Jones: case-pending' });
  return heading.closest('li') as HTMLElement;
}

describe('Approvals inbox with a pending approval', () => {
  test('shows the demo proposal with its proposer named from the directory', async () => {
    openInbox();
    const item = await pendingItem();
    expect(item).toHaveTextContent('Proposed by');
    expect(item).toHaveTextContent('Cora Officer');
    expect(item).toHaveTextContent('Single point of contact (Named officer: Cora Officer)');
    expect(item).toHaveTextContent('One contact channel only (Channel: email, post)');
    expect(item).toHaveTextContent('Revenues service');
    expect(item).toHaveTextContent('7 December 2026 to 7 June 2027');
    expect(item).toHaveTextContent('All 13 items answered');
  });

  test('Reject without a reason is refused with a clear message, nothing is sent, and focus goes to the reason', async () => {
    const { services } = openInbox();
    const item = await pendingItem();
    fireEvent.click(within(item).getByRole('button', { name: 'Reject' }));
    const reason = within(item).getByRole('textbox', { name: /Reason for rejecting/ });
    await waitFor(() => expect(reason).toHaveFocus());
    fireEvent.change(reason, { target: { value: '   ' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Send decision: Reject' }));
    expect(
      await within(item).findByText('Give the reason for rejecting the proposal. The case officer and the record need it.')
    ).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(reason).toHaveFocus());
    expect(services.caseService.decisions).toEqual([]);

    fireEvent.change(reason, { target: { value: 'The monitoring period has not run its course.' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Send decision: Reject' }));
    const done = await within(item).findByText(/You rejected this proposal/);
    await waitFor(() => expect(done.closest('[data-decision-outcome]')).toHaveFocus());
    expect(services.caseService.decisions).toEqual([
      {
        approvalId: approvalIdFor('sanction-pending'),
        decision: {
          outcome: 'Reject',
          reasons: 'The monitoring period has not run its course.',
          continuityPlanConfirmed: undefined,
          // Where the inbox listed it: the service reads that case and person at once (and checks them).
          caseId: 'case-pending',
          personId: 'person-3'
        }
      }
    ]);
    expect(within(item).queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
  });

  test('Cancel returns focus to the decision button the manager chose', async () => {
    openInbox(USERS.manager);
    const item = await pendingItem();
    fireEvent.click(within(item).getByRole('button', { name: 'Ask for changes' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(item).getByRole('button', { name: 'Ask for changes' })).toHaveFocus());
    expect(within(item).queryByRole('textbox')).not.toBeInTheDocument();
  });

  test('the fake service refuses a second decision as the real one does, and the approval leaves the inbox', async () => {
    const { services } = openInbox();
    await services.caseService.decide(approvalIdFor('sanction-pending'), { outcome: 'Approve', reasons: '' });
    await expect(
      services.caseService.decide(approvalIdFor('sanction-pending'), { outcome: 'Reject', reasons: 'No' })
    ).rejects.toMatchObject({
      status: 409
    });
    expect((await services.caseService.listMyApprovals()).map((a) => a.status)).toEqual(['Approved']);
  });

  test('the proposer is not offered their own proposal', async () => {
    openInbox({ ...USERS.caseOfficer, roles: ['staff', 'customerRelationsOfficer', 'headOfService'] });
    expect(await screen.findByText('Nothing is waiting for your decision')).toBeInTheDocument();
  });
});

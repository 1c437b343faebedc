/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { isoDate, isoInstant, type Case, type IncidentReport, type Sanction } from '../../src/domain';
import { completeChecklist, draftCase } from '../../src/domain/workflow/testing/fixtures';
import ApprovalsScreen from '../../src/ui/screens/approvals/ApprovalsScreen';
import { CaseServiceError, type ApprovalDecisionInput, type ApprovalSummary } from '../../src/ui/services/caseServiceClient';
import { renderScreen, stored } from './fakes/oversightFakes';

const sanction: Sanction = {
  id: 's-1',
  version: 1,
  caseId: 'CCM-2026-0042',
  subjectPersonId: 'p-1',
  restrictions: [{ type: 'R01', contact: { kind: 'officer', userId: 'u-sam', name: 'Sam Patel' } }],
  scope: { kind: 'service', service: 'Housing' },
  startDate: isoDate('2026-12-01'),
  endDate: isoDate('2027-06-01'),
  reviewDate: isoDate('2027-03-01'),
  spoc: { name: 'Sam Patel', channel: 'email' },
  necessaryContactArrangements: 'Email the single point of contact.',
  proportionalityReasons: 'The least restrictive option that protects reception staff.',
  proposedBy: 'u-cro',
  proposedAt: isoInstant('2026-11-27T09:00:00Z'),
  approvals: [],
  status: 'Proposed'
};

const kase: Case = {
  ...draftCase('Customer', { id: 'CCM-2026-0042', checklist: completeChecklist() }),
  sanctions: [sanction],
  status: 'SanctionProposed'
};

const incident = { id: 'i-1', categories: ['aggressiveAbusiveThreatening', 'unreasonableLevelsOfContact'] } as unknown as IncidentReport;

const summary: ApprovalSummary = {
  approvalId: 's-1',
  caseId: 'CCM-2026-0042',
  personId: 'p-1',
  sanctionId: 's-1',
  personName: 'Seán O\u2019Brien',
  summary: 'Single point of contact (Housing service)',
  proposedBy: 'Chris Officer',
  requestedAt: '2026-11-27T09:05:00Z',
  status: 'Pending'
};

function store(): Record<string, unknown> {
  return {
    loadCaseScreen: jest.fn(async () => ({ case: stored(kase), person: undefined, incidents: [stored(incident)], alerts: [], markers: [] }))
  };
}

describe('Approvals inbox', () => {
  test('shows each pending approval with behaviours, restriction, parameters, scope, duration, review date and checklist', async () => {
    renderScreen(<ApprovalsScreen params={{}} />, {
      roles: ['executiveDirector'],
      store: store(),
      caseService: { listMyApprovals: async () => [summary] }
    });
    const item = (await screen.findByRole('heading', { name: /Seán O’Brien: CCM-2026-0042/ })).closest('li') as HTMLElement;
    const text = item.textContent ?? '';
    expect(text).toContain('Aggressive, abusive or threatening behaviour');
    expect(text).toContain('Single point of contact (Named officer: Sam Patel)');
    expect(text).toContain('Housing service');
    expect(text).toContain('1 December 2026 to 1 June 2027');
    expect(text).toContain('1 March 2027');
    expect(text).toContain('All 13 items answered');
  });

  test('Reject needs a reason; the decision goes to the case service as the Teams card sends it', async () => {
    const decide = jest.fn(async (id: string, input: ApprovalDecisionInput) => ({ approvalId: id, status: 'Rejected' as const, input }));
    renderScreen(<ApprovalsScreen params={{}} />, {
      roles: ['headOfService'],
      store: store(),
      caseService: { listMyApprovals: async () => [summary], decide }
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send decision: Reject' }));
    expect(
      await screen.findByText('Give the reason for rejecting the proposal. The case officer and the record need it.')
    ).toBeInTheDocument();
    expect(decide).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Reason for rejecting/), { target: { value: 'Monitoring period has not ended.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send decision: Reject' }));
    expect(await screen.findByText(/You rejected this proposal/)).toBeInTheDocument();
    // With the case and person the inbox listed it under, as the card's data carries them.
    expect(decide).toHaveBeenCalledWith('s-1', {
      outcome: 'Reject',
      reasons: 'Monitoring period has not ended.',
      continuityPlanConfirmed: undefined,
      caseId: 'CCM-2026-0042',
      personId: 'p-1'
    });
  });

  test('Ask for changes needs a comment', async () => {
    renderScreen(<ApprovalsScreen params={{}} />, {
      roles: ['executiveDirector'],
      store: store(),
      caseService: { listMyApprovals: async () => [summary] }
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ask for changes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send decision: Ask for changes' }));
    expect(await screen.findByText('Say what needs to change before you can decide.')).toBeInTheDocument();
  });

  test('when someone decided first, shows "already decided by X" from the service', async () => {
    const decide = jest.fn(async () => {
      throw new CaseServiceError('Already decided by Pat Director on 28 November 2026 at 09:12. Nothing has changed.', 409);
    });
    renderScreen(<ApprovalsScreen params={{}} />, {
      roles: ['executiveDirector'],
      store: store(),
      caseService: { listMyApprovals: async () => [summary], decide }
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send decision: Approve' }));
    expect(await screen.findByText(/Already decided by Pat Director on 28 November 2026 at 09:12/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  test('empty inbox and role-based visibility', async () => {
    const { unmount } = renderScreen(<ApprovalsScreen params={{}} />, { roles: ['executiveDirector'], store: store() });
    expect(await screen.findByText('Nothing is waiting for your decision')).toBeInTheDocument();
    unmount();
    const listMyApprovals = jest.fn(async () => [summary]);
    renderScreen(<ApprovalsScreen params={{}} />, { roles: ['staff'], caseService: { listMyApprovals } });
    expect(screen.getByText('You are not a sanction approver')).toBeInTheDocument();
    expect(listMyApprovals).not.toHaveBeenCalled();
  });

  test('a service failure is explained in plain words with a retry', async () => {
    renderScreen(<ApprovalsScreen params={{}} />, {
      roles: ['executiveDirector'],
      caseService: {
        listMyApprovals: async () =>
          Promise.reject(new CaseServiceError('The approvals service could not be reached. Check your connection and try again.', 0))
      }
    });
    const title = await screen.findByText('Your approvals could not be loaded');
    const alert = title.closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText(/could not be reached/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

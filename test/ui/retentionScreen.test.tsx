/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { isoDate } from '../../src/domain';
import RetentionScreen from '../../src/ui/screens/retention/RetentionScreen';
import { CaseServiceError, type RetentionDecisionInput, type RetentionDueItem } from '../../src/ui/services/caseServiceClient';
import { renderScreen } from './fakes/oversightFakes';
import './fakes/caseScreens';

const closedCase: RetentionDueItem = {
  kind: 'closedCase',
  kindLabel: 'Closed case, with its incidents, decisions, sanctions, reviews, appeals, contact log, letters, banners and tasks',
  id: 'case-1',
  label: 'CCM-2026-0001',
  rule: '72 months from the end of the last restriction (or closure, if later)',
  disposeOn: isoDate('2032-01-12'),
  disposal: 'confirmFirst'
};

describe('BR-24 the Data Protection Officer’s retention screen', () => {
  test('lists what is due with its rule and date; Confirm sends the decision and the list is read again', async () => {
    let confirmed = false;
    const decideRetention = jest.fn(async (input: RetentionDecisionInput) => {
      confirmed = true;
      return { id: input.id, decision: input.decision };
    });
    const retentionDue = jest.fn(async () =>
      confirmed ? [{ ...closedCase, confirmed: { by: 'Aude Laurent', at: '2032-03-01T10:00:00Z' } }] : [closedCase]
    );
    renderScreen(<RetentionScreen params={{}} />, {
      roles: ['auditor', 'dataProtectionOfficer'],
      caseService: { retentionDue, decideRetention }
    });
    const item = await screen.findByRole('listitem', { name: 'CCM-2026-0001' });
    expect(within(item).getByText('12 January 2032')).toBeInTheDocument();
    expect(within(item).getByText(closedCase.rule)).toBeInTheDocument();
    expect(within(item).getByText('Waiting for your confirmation')).toBeInTheDocument();
    fireEvent.click(within(item).getByRole('button', { name: 'Confirm disposal of CCM-2026-0001' }));
    expect(await screen.findByText(/Disposal confirmed\. The next sweep deletes the record/)).toBeInTheDocument();
    expect(decideRetention).toHaveBeenCalledWith({ kind: 'closedCase', id: 'case-1', decision: 'confirm' });
    expect(await screen.findByText(/Disposal confirmed by Aude Laurent/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm disposal of CCM-2026-0001' })).not.toBeInTheDocument();
  });

  test('a hold is sent with its reason; a refusal from the service is shown in its words', async () => {
    const decideRetention = jest.fn(async (input: RetentionDecisionInput) => {
      if (input.decision === 'confirm')
        throw new CaseServiceError('This record is on hold. Release the hold before confirming its disposal.', 422);
      return { id: input.id, decision: input.decision };
    });
    renderScreen(<RetentionScreen params={{}} />, {
      roles: ['dataProtectionOfficer'],
      caseService: { retentionDue: async () => [closedCase], decideRetention }
    });
    const item = await screen.findByRole('listitem', { name: 'CCM-2026-0001' });
    fireEvent.change(within(item).getByLabelText('Reason to hold'), { target: { value: 'litigation' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Hold CCM-2026-0001' }));
    expect(await screen.findByText(/Record held/)).toBeInTheDocument();
    expect(decideRetention).toHaveBeenCalledWith({ kind: 'closedCase', id: 'case-1', decision: 'hold', reason: 'litigation' });
    fireEvent.click(
      within(await screen.findByRole('listitem', { name: 'CCM-2026-0001' })).getByRole('button', {
        name: 'Confirm disposal of CCM-2026-0001'
      })
    );
    expect(await screen.findByText(/Release the hold before confirming/)).toBeInTheDocument();
  });

  test('BR-23 a record held by the customer’s open subject access request says so, with its dates, and offers nothing to release', async () => {
    const held: RetentionDueItem = {
      ...closedCase,
      hold: {
        reason: 'subjectAccessRequest',
        reasonLabel: 'Open subject access request',
        by: 'Dana Price',
        at: '2032-03-01T10:00:00Z',
        request: { receivedOn: isoDate('2032-03-01'), answerBy: isoDate('2032-04-01') }
      }
    };
    const decideRetention = jest.fn();
    renderScreen(<RetentionScreen params={{}} />, {
      roles: ['dataProtectionOfficer'],
      caseService: { retentionDue: async () => [held], decideRetention }
    });
    const item = await screen.findByRole('listitem', { name: 'CCM-2026-0001' });
    expect(item).toHaveTextContent(
      'On hold: Open subject access request, received on 1 March 2032 and to be answered by 1 April 2032 (logged by Dana Price). The hold lifts when the request is answered.'
    );
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(decideRetention).not.toHaveBeenCalled();
  });

  test('nobody but the Data Protection Officer is shown the list', async () => {
    const retentionDue = jest.fn(async () => [closedCase]);
    renderScreen(<RetentionScreen params={{}} />, { roles: ['auditor'], caseService: { retentionDue } });
    expect(await screen.findByText('This is the Data Protection Officer’s screen')).toBeInTheDocument();
    expect(retentionDue).not.toHaveBeenCalled();
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { MemberReferral } from '../../src/domain';
import { MembersGuidanceScreen } from '../../src/ui/screens/members/MembersGuidanceScreen';
import { renderScreen } from './fakes/oversightFakes';

function referralsStore(saved: MemberReferral[]): Record<string, unknown> {
  return {
    memberReferrals: {
      create: jest.fn(async (value: MemberReferral) => {
        saved.push(value);
        return { value, etag: '"1"', itemId: 1 };
      })
    }
  };
}

function fill(label: RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('Members guidance mode', () => {
  test('shows the councillors\u2019 and staff policies with a sections list, and no case data', async () => {
    renderScreen(<MembersGuidanceScreen />, { roles: ['councillor'], store: {} });
    expect(await screen.findByRole('navigation', { name: 'Guidance sections' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Guidance sections' });
    expect(within(nav).getByRole('heading', { name: 'The councillors\u2019 policy' })).toBeInTheDocument();
    expect(within(nav).getByRole('heading', { name: 'The staff policy' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Steps to take, in order' })).toHaveAttribute(
      'href',
      '#guidance-member-member-portal-ladder'
    );
    expect(screen.queryByText(/CCM-\d/)).not.toBeInTheDocument();
  });

  test('search filters the sections on the page', async () => {
    renderScreen(<MembersGuidanceScreen />, { roles: ['councillor'], store: {} });
    const search = await screen.findByRole('searchbox');
    fireEvent.change(search, { target: { value: 'group leader' } });
    expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(/match “group leader”/);
    const nav = screen.getByRole('navigation', { name: 'Guidance sections' });
    expect(within(nav).getByRole('link', { name: 'Steps to take, in order' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Why this policy exists' })).not.toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'zzzz nothing' } });
    expect(screen.getByText('No guidance matches your search. Try fewer or different words.')).toBeInTheDocument();
  });

  test('BR-26 the referral needs the councillor\u2019s letter and group leader advice, or a reason', async () => {
    const saved: MemberReferral[] = [];
    renderScreen(<MembersGuidanceScreen />, { roles: ['councillor'], store: referralsStore(saved) });
    fill(/Their name/, 'Zoë Smith');
    fill(/Their contact details/, '2 Park Road');
    fill(/What has happened/, 'Twelve calls a day for two weeks.');
    fireEvent.click(screen.getByRole('button', { name: 'Send the referral' }));
    expect(await screen.findByText(/Give the date you wrote to the person, or upload the letter/)).toBeInTheDocument();
    expect(screen.getByText(/Record the group leader's advice/)).toBeInTheDocument();
    expect(saved).toHaveLength(0);

    fireEvent.click(screen.getByRole('checkbox', { name: /I could not write first/ }));
    fill(/Why you could not/, 'He threatened me at my surgery; the police are involved.');
    fireEvent.click(screen.getByRole('button', { name: 'Send the referral' }));
    expect(await screen.findByText('Your referral has been sent to the Monitoring Officer')).toBeInTheDocument();
    expect(saved[0]).toEqual(
      expect.objectContaining({
        personName: 'Zoë Smith',
        overrideReason: 'He threatened me at my surgery; the police are involved.',
        referredToMonitoringOfficerOn: '2026-11-28',
        councillorId: 'user-1'
      })
    );
  });

  test('a referral with both steps recorded is saved', async () => {
    const saved: MemberReferral[] = [];
    renderScreen(<MembersGuidanceScreen />, { roles: ['councillor'], store: referralsStore(saved) });
    fill(/Their name/, 'Pat O\u2019Neill');
    fill(/Their contact details/, 'pat@example.com');
    fill(/What has happened/, 'Forty emails in a week.');
    fill(/Date you wrote to them/, '2026-10-01');
    fill(/Group leader/, 'Cllr Jones');
    fill(/Date you asked for advice/, '2026-10-20');
    fill(/Their advice/, 'Refer to the Monitoring Officer.');
    fireEvent.click(screen.getByRole('button', { name: 'Send the referral' }));
    expect(await screen.findByText('Your referral has been sent to the Monitoring Officer')).toBeInTheDocument();
    expect(saved[0]).toEqual(expect.objectContaining({ councillorLetterDate: '2026-10-01', groupLeaderConsultedOn: '2026-10-20' }));
  });

  test('role-based: someone who is not a councillor reads the guidance but gets no referral form', async () => {
    renderScreen(<MembersGuidanceScreen />, { roles: ['staff'], store: {} });
    expect(await screen.findByRole('navigation', { name: 'Guidance sections' })).toBeInTheDocument();
    expect(screen.getByText('The referral form is for councillors and group leaders.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the referral' })).not.toBeInTheDocument();
  });
});

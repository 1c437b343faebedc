/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { MemberReferral, MemberRestrictionView } from '../../src/domain';
import { isoDate } from '../../src/domain/model/dates';
import { CaseServiceError } from '../../src/ui/services/caseServiceClient';
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

/** What GET /api/members/restrictions answers: the need-to-know words only (BR-22). */
const restrictedZoe: MemberRestrictionView = {
  personName: 'Zoë Smith',
  restrictionLabels: ['Single point of contact', 'One contact channel only'],
  scopeSummary: 'All council services',
  spocName: 'Cara Rhodes',
  spocChannel: 'email',
  spocCover: 'Alex Okafor',
  contactArrangements: 'Write to Cara Rhodes at the Civic Offices.',
  activeUntil: isoDate('2027-05-31')
};

describe('Members page: people you referred who have a contact restriction (BR-22)', () => {
  const sectionHeading = { name: 'People you referred who have a contact restriction' };

  test('a councillor sees a banner, in the staff banner\u2019s words, for each person they referred who is restricted', async () => {
    const memberRestrictions = jest.fn(async () => [restrictedZoe]);
    renderScreen(<MembersGuidanceScreen />, { roles: ['councillor'], store: {}, caseService: { memberRestrictions } });
    expect(screen.getByRole('heading', sectionHeading)).toBeInTheDocument();
    const banner = await screen.findByLabelText('Contact restriction for Zoë Smith');
    expect(within(banner).getByText('Zoë Smith has a contact restriction')).toBeInTheDocument();
    expect(within(banner).getByText('Single point of contact', { selector: 'li' })).toBeInTheDocument();
    expect(within(banner).getByText('One contact channel only')).toBeInTheDocument();
    expect(within(banner).getByText('All council services')).toBeInTheDocument();
    expect(within(banner).getByText('Cara Rhodes (email); when they are away, Alex Okafor')).toBeInTheDocument();
    expect(within(banner).getByText('Write to Cara Rhodes at the Civic Offices.')).toBeInTheDocument();
    expect(within(banner).getByText('31 May 2027')).toBeInTheDocument();
    expect(within(banner).getByText(/never means a request is refused/)).toBeInTheDocument();
    // Nothing for staff only: the councillor's view has no "What to do" lines.
    expect(within(banner).queryByText('What to do')).not.toBeInTheDocument();
    // One request when the page opens, and the guidance and the form are there too.
    expect(memberRestrictions).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('navigation', { name: 'Guidance sections' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send the referral' })).toBeInTheDocument();
  });

  test('when nobody they referred is restricted, it says so', async () => {
    renderScreen(<MembersGuidanceScreen />, { roles: ['councillor'], store: {}, caseService: { memberRestrictions: async () => [] } });
    expect(await screen.findByText('None of the people you referred has a contact restriction.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Contact restriction for/)).not.toBeInTheDocument();
  });

  test('when the case service cannot be reached, it says so in plain words and the guidance still shows', async () => {
    const memberRestrictions = jest
      .fn<Promise<MemberRestrictionView[]>, []>()
      .mockRejectedValueOnce(new CaseServiceError('The approvals service could not be reached. Check your connection and try again.', 0))
      .mockResolvedValueOnce([restrictedZoe]);
    renderScreen(<MembersGuidanceScreen />, { roles: ['councillor'], store: {}, caseService: { memberRestrictions } });
    const failure = await screen.findByRole('alert');
    expect(within(failure).getByText('We could not check for contact restrictions')).toBeInTheDocument();
    expect(failure.textContent).toMatch(
      /The case service could not be reached.*The guidance and the referral form on this page still work/
    );
    expect(screen.queryByText('None of the people you referred has a contact restriction.')).not.toBeInTheDocument();
    const nav = await screen.findByRole('navigation', { name: 'Guidance sections' });
    expect(within(nav).getByRole('heading', { name: 'The councillors\u2019 policy' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send the referral' })).toBeInTheDocument();

    fireEvent.click(within(failure).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Contact restriction for Zoë Smith')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('someone who is not a councillor gets no section and no request', async () => {
    const memberRestrictions = jest.fn(async () => [restrictedZoe]);
    renderScreen(<MembersGuidanceScreen />, { roles: ['staff'], store: {}, caseService: { memberRestrictions } });
    expect(await screen.findByRole('navigation', { name: 'Guidance sections' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', sectionHeading)).not.toBeInTheDocument();
    expect(memberRestrictions).not.toHaveBeenCalled();
  });
});

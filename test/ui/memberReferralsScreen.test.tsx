/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { IsoDate, IsoInstant } from '../../src/domain';
import MemberReferralsScreen from '../../src/ui/screens/memberReferrals/MemberReferralsScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { memberReferral, person, seedDemo, USERS, type DemoUser } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { renderAppAt, renderCaseScreen } from './fakes/caseScreens';
import { renderApp } from './harness';

/*
 * Issue 13, "work reaches nobody": a councillor's referral reached no screen, so no case was
 * ever opened from one and the councillor's need-to-know view (which needs the case to name
 * the referral and the referral to carry the case) could never show anything.
 */

const BUSINESS_MANAGER: DemoUser = {
  id: '00000000-0000-4000-8000-000000000007',
  login: 'bea.business@ccm.local',
  displayName: 'Bea Singh',
  roles: ['staff', 'customerIctBusinessManager']
};

const GWEN = person({ id: 'person-gwen', names: { given: 'Gwen', family: 'Price-Davies' }, addresses: ['4 Castle Street'] });

function seeded(): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  return store;
}

function renderForMonitoringOfficer(store: MemoryStore): ReturnType<typeof renderCaseScreen> {
  return renderCaseScreen(<MemberReferralsScreen params={{}} />, {
    user: USERS.monitoringOfficer,
    store,
    extraHolders: { customerIctBusinessManager: [BUSINESS_MANAGER.id] }
  });
}

async function cardFor(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name });
  return heading.closest('li') as HTMLElement;
}

function chooseLeadService(card: HTMLElement, service: string): void {
  fireEvent.change(within(card).getByRole('combobox', { name: /Lead service/ }), { target: { value: service } });
}

describe('Member referrals: who may see them', () => {
  test('the Monitoring Officer and the Customer and ICT Services Business Manager see the screen; councillors and staff do not', () => {
    const route = findRoute('member-referrals') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.monitoringOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, BUSINESS_MANAGER.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.member.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.member.roles, 'guidance')).toBe(false);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(false);
  });

  test('a member of staff opening the screen is refused and sees no referral', async () => {
    renderAppAt('member-referrals', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(screen.queryByText(/Thirty calls to my surgery line/)).not.toBeInTheDocument();
  });

  test('a councillor opening the screen is refused and sees no referral, not even their own', async () => {
    renderAppAt('member-referrals', USERS.member, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Member referrals' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Thirty calls to my surgery line/)).not.toBeInTheDocument();
  });
});

describe('Member referrals: the list', () => {
  test('lists the referrals no case has been opened from, newest first, with the account and the BR-26 evidence', async () => {
    const store = seeded();
    store.tables.referrals.seed(
      memberReferral({
        id: 'referral-2',
        personName: 'Zoë Ng',
        councillorLetterDate: undefined,
        groupLeaderId: undefined,
        groupLeaderConsultedOn: undefined,
        groupLeaderAdvice: undefined,
        overrideReason: 'He threatened me at my surgery; the police are involved.',
        accountOfContacts: 'Threats at my surgery on 20 November.',
        referredToMonitoringOfficerOn: '2026-11-21' as IsoDate,
        createdAt: '2026-11-21T08:00:00.000Z' as IsoInstant
      })
    );
    store.tables.referrals.seed(memberReferral({ id: 'referral-done', personName: 'Already Opened', caseId: 'case-1' }));
    renderForMonitoringOfficer(store);

    const list = await screen.findByRole('list', { name: 'Referrals waiting for a case' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(['Zoë Ng', 'Gwen Price-Davies']);

    const gwen = await cardFor('Gwen Price-Davies');
    expect(within(gwen).getByText('Referred by Cllr Zoë Member on', { exact: false })).toHaveTextContent(
      'Referred by Cllr Zoë Member on 2 November 2026'
    );
    expect(within(gwen).getByText(/Thirty calls to my surgery line in October/)).toBeInTheDocument();
    expect(within(gwen).getByText(/4 Castle Street/)).toBeInTheDocument();
    expect(within(gwen).getByText('Written on', { exact: false })).toHaveTextContent('Written on 2 October 2026');
    expect(within(gwen).getByText(/It cannot be resolved between you/)).toHaveTextContent(
      'Cllr Gareth Jones, asked on 20 October 2026: It cannot be resolved between you: refer it to the Monitoring Officer.'
    );

    const zoe = await cardFor('Zoë Ng');
    expect(within(zoe).getAllByText('Not recorded')).toHaveLength(2);
    expect(within(zoe).getByText('He threatened me at my surgery; the police are involved.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Already Opened' })).not.toBeInTheDocument();
  });

  test('no referrals waiting gives a plain empty state', async () => {
    renderForMonitoringOfficer(createMemoryStore());
    expect(await screen.findByText('No referrals are waiting')).toBeInTheDocument();
  });

  test('the Business Manager reads the referrals but does not open cases from them', async () => {
    renderCaseScreen(<MemberReferralsScreen params={{}} />, { user: BUSINESS_MANAGER, store: seeded() });
    const card = await cardFor('Gwen Price-Davies');
    expect(within(card).getByText(/Thirty calls to my surgery line/)).toBeInTheDocument();
    expect(within(card).getByText('The Monitoring Officer opens a case from a referral.')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Open a case/ })).not.toBeInTheDocument();
  });
});

describe('Member referrals: opening a case', () => {
  test('the Monitoring Officer finds the customer by name and opens a councillors\u2019 route case linked both ways', async () => {
    const store = seeded();
    store.tables.persons.seed(GWEN);
    const { navigations } = renderForMonitoringOfficer(store);
    const card = await cardFor('Gwen Price-Davies');
    fireEvent.click(within(card).getByRole('button', { name: 'Open a case for Gwen Price-Davies' }));
    // The name search starts from the name the councillor gave.
    const search = within(card).getByRole('searchbox', { name: /Customer's last name/ });
    expect(search).toHaveValue('Gwen Price-Davies');
    fireEvent.click(within(card).getByRole('button', { name: 'Search' }));
    fireEvent.click(await within(card).findByRole('radio', { name: /Gwen Price-Davies, 4 Castle Street/ }));
    chooseLeadService(card, 'Housing');
    fireEvent.click(within(card).getByRole('button', { name: 'Open the case' }));

    expect(await screen.findByText('Case opened for Gwen Price-Davies')).toBeInTheDocument();

    const opened = store.tables.cases.all().filter((row) => row.value.memberReferralId === 'referral-1');
    expect(opened).toHaveLength(1);
    expect(opened[0].value).toMatchObject({
      route: 'Councillor',
      memberReferralId: 'referral-1',
      personId: 'person-gwen',
      incidentIds: [],
      leadService: 'Housing',
      status: 'AwaitingInvocationDecision',
      createdBy: USERS.monitoringOfficer.id,
      // Spec 5.1 (M1): the Business Manager is the single point of contact on this route.
      caseOfficerId: BUSINESS_MANAGER.id
    });
    const referral = (await store.tables.referrals.get('referral-1')).value;
    expect(referral).toMatchObject({ caseId: opened[0].value.id, personId: 'person-gwen' });
    // Nothing the councillor wrote changed.
    expect(referral.accountOfContacts).toBe(memberReferral().accountOfContacts);
    expect(store.audit.map((entry) => entry.event.action)).toEqual(['case.openFromMemberReferral', 'memberReferral.caseOpened']);

    // The referral has left the list, and the confirmation leads to the case.
    expect(await screen.findByText('No referrals are waiting')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(navigations).toEqual([{ screen: 'case', params: { caseId: opened[0].value.id } }]);
  });

  test('a customer the council has no record of is added, findable, and named on the referral', async () => {
    const store = seeded();
    renderForMonitoringOfficer(store);
    const card = await cardFor('Gwen Price-Davies');
    fireEvent.click(within(card).getByRole('button', { name: 'Open a case for Gwen Price-Davies' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Add a new customer' }));
    expect(within(card).getByRole('textbox', { name: /First name/ })).toHaveValue('Gwen');
    expect(within(card).getByRole('textbox', { name: /Last name/ })).toHaveValue('Price-Davies');
    chooseLeadService(card, 'Other');
    fireEvent.click(within(card).getByRole('button', { name: 'Open the case' }));
    expect(await screen.findByText('Case opened for Gwen Price-Davies')).toBeInTheDocument();

    const referral = (await store.tables.referrals.get('referral-1')).value;
    const added = (await store.tables.persons.get(referral.personId as string)).value;
    expect(added.names).toEqual({ given: 'Gwen', family: 'Price-Davies' });
    expect((await store.persons.findIdsByName('Price-Davies')).map((match) => match.personId)).toEqual([added.id]);
    expect((await store.cases.get(referral.caseId as string)).value).toMatchObject({ personId: added.id, route: 'Councillor' });
  });

  test('the customer and the lead service are asked for, each next to its field, before anything is saved', async () => {
    const store = seeded();
    renderForMonitoringOfficer(store);
    const card = await cardFor('Gwen Price-Davies');
    fireEvent.click(within(card).getByRole('button', { name: 'Open a case for Gwen Price-Davies' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Open the case' }));
    expect(await within(card).findByText('Find the customer, or add them as a new customer.')).toBeInTheDocument();
    expect(within(card).getByText('Choose the lead service.')).toBeInTheDocument();
    expect(store.tables.cases.all()).toHaveLength(2);
    expect((await store.tables.referrals.get('referral-1')).value.caseId).toBeUndefined();
  });

  test('BR-26 a referral without the letter and the group leader\u2019s advice, or a reason, is refused and nothing is saved', async () => {
    const store = createMemoryStore();
    store.tables.persons.seed(GWEN);
    store.tables.referrals.seed(memberReferral({ councillorLetterDate: undefined, groupLeaderAdvice: undefined }));
    renderForMonitoringOfficer(store);
    const card = await cardFor('Gwen Price-Davies');
    fireEvent.click(within(card).getByRole('button', { name: 'Open a case for Gwen Price-Davies' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Search' }));
    fireEvent.click(await within(card).findByRole('radio', { name: /Gwen Price-Davies/ }));
    chooseLeadService(card, 'Housing');
    fireEvent.click(within(card).getByRole('button', { name: 'Open the case' }));
    expect(await within(card).findByText('Not saved (BR-26)')).toBeInTheDocument();
    expect(within(card).getByText(/Give the date you wrote to the person/)).toBeInTheDocument();
    expect(store.tables.cases.all()).toHaveLength(0);
    expect(store.audit).toHaveLength(0);
  });

  test('a referral changed after the page loaded is reported, not overwritten; the officer then links the case to it as it is now', async () => {
    const store = seeded();
    store.tables.persons.seed(GWEN);
    renderForMonitoringOfficer(store);
    const card = await cardFor('Gwen Price-Davies');
    // The councillor adds to their referral while the Monitoring Officer has it open.
    const listed = await store.tables.referrals.get('referral-1');
    await store.tables.referrals.update(listed, { ...listed.value, accountOfContacts: 'Now also letters to my home, twice a week.' });

    fireEvent.click(within(card).getByRole('button', { name: 'Open a case for Gwen Price-Davies' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Search' }));
    fireEvent.click(await within(card).findByRole('radio', { name: /Gwen Price-Davies/ }));
    chooseLeadService(card, 'Housing');
    fireEvent.click(within(card).getByRole('button', { name: 'Open the case' }));

    expect(await within(card).findByText('The case is open, but this referral is not yet linked to it')).toBeInTheDocument();
    const unlinked = (await store.tables.referrals.get('referral-1')).value;
    expect(unlinked.caseId).toBeUndefined();
    expect(unlinked.accountOfContacts).toBe('Now also letters to my home, twice a week.');
    // The card now shows the referral as it is, and the case exists once.
    expect(within(card).getByText('Now also letters to my home, twice a week.')).toBeInTheDocument();
    expect(store.tables.cases.all().filter((row) => row.value.memberReferralId === 'referral-1')).toHaveLength(1);

    fireEvent.click(within(card).getByRole('button', { name: 'Link the referral to the case' }));
    expect(await screen.findByText('Case opened for Gwen Price-Davies')).toBeInTheDocument();
    const linked = (await store.tables.referrals.get('referral-1')).value;
    expect(linked).toMatchObject({ caseId: expect.any(String), personId: 'person-gwen' });
    expect(linked.accountOfContacts).toBe('Now also letters to my home, twice a week.');
    expect(store.tables.cases.all().filter((row) => row.value.memberReferralId === 'referral-1')).toHaveLength(1);
  });
});

describe('Member referrals on the home screen', () => {
  test('the Monitoring Officer is told how many referrals are waiting, with a count on the tile', async () => {
    renderApp(USERS.monitoringOfficer);
    expect(await screen.findByRole('button', { name: /1 referral from councillors waiting for a case to be opened/ })).toBeInTheDocument();
    const tiles = screen.getByRole('list', { name: 'What you can do' });
    const tile = within(tiles).getByRole('heading', { name: 'Member referrals' }).closest('li') as HTMLElement;
    expect(within(tile).getByLabelText('1 items')).toHaveTextContent('1');
  });

  test('staff are not', async () => {
    renderApp(USERS.staff);
    expect(await screen.findByText('Nothing is due for you.')).toBeInTheDocument();
    expect(screen.queryByText(/referrals? from councillors/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Member referrals' })).not.toBeInTheDocument();
  });
});

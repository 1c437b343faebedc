/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SANCTION_CATALOGUE, type IsoDate, type Person } from '../../src/domain';
import { completeChecklist } from '../../src/domain/workflow/testing/fixtures';
import PersonDetailsScreen from '../../src/ui/screens/person/PersonDetailsScreen';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import ProposeSanctionScreen from '../../src/ui/screens/proposeSanction/ProposeSanctionScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { kase, person, seedDemo, USERS, type DemoUser } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen } from './fakes/caseScreens';

// Long forms rendered in jsdom: the full-form tests take several seconds each on a busy machine.
jest.setTimeout(120_000);

const HEADING = "Customer's needs and details: Siân O'Brien";

function seeded(change: Partial<Person> = {}): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  if (Object.keys(change).length > 0) store.tables.persons.seed(person(change));
  return store;
}

function storedPerson(store: MemoryStore, id: string = 'person-1'): Person {
  const row = store.tables.persons.all().filter((r) => r.value.id === id)[0];
  if (!row) throw new Error(`No person ${id}`);
  return row.value;
}

async function open(store: MemoryStore, user: DemoUser = USERS.caseOfficer): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<PersonDetailsScreen params={{ caseId: 'case-1', personId: 'person-1' }} />, { user, store });
  await screen.findByRole('heading', { level: 2, name: HEADING });
  return rendered;
}

const group = (name: string): HTMLElement => screen.getByRole('group', { name });
const type = (element: HTMLElement, value: string): void => {
  fireEvent.change(element, { target: { value } });
};
const add = (button: string): void => {
  fireEvent.click(screen.getByRole('button', { name: button }));
};
const save = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
};

function addAdjustment(kind: string, description: string, communicationNeed: 'yes' | 'no', index: number = 1): void {
  add('Add a reasonable adjustment');
  const item = within(group(`Reasonable adjustment ${index}`));
  type(item.getByLabelText(/^Kind of adjustment/), kind);
  type(item.getByLabelText(/^What the adjustment is/), description);
  type(item.getByLabelText(/^Is it a communication need\?/), communicationNeed);
}

describe("Customer's needs and details", () => {
  test('the case team and the managers handling cases may open it; staff, councillors and monitoring may not', async () => {
    const route = findRoute('person') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, ['alternateOfficer'], 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.manager.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.director.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.member.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.monitoring.roles, 'app')).toBe(false);
    for (const user of [USERS.staff, USERS.member]) {
      const { services, unmount } = renderAppAt('person', user, seeded());
      expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
      expect(services.store.tables.persons.calls).toBe(0);
      unmount();
    }
  });

  test('a line manager who does not handle this case is refused the customer’s details (BR-22)', async () => {
    const otherManager: DemoUser = {
      id: 'u-other-manager',
      login: 'lm@ccm.local',
      displayName: 'Other Manager',
      roles: ['staff', 'lineManager']
    };
    renderCaseScreen(<PersonDetailsScreen params={{ caseId: 'case-1', personId: 'person-1' }} />, { user: otherManager, store: seeded() });
    expect(await screen.findByText('You cannot see this customer’s details')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Case details are restricted to the people working on the case.');
    expect(screen.queryByLabelText(/^First name/)).not.toBeInTheDocument();
  });

  test('every group is edited and saved with the etag; the name search keys and the audit log follow', async () => {
    const { store } = await open(seeded());
    expect(screen.getByLabelText(/^First name/)).toHaveValue('Siân');
    expect(within(group('Address 1')).getByLabelText(/^Address/)).toHaveValue('1 High Street, Newcastle-under-Lyme');

    add('Add another name');
    type(within(group('Other name 1')).getByLabelText(/^Name as written/), 'Siân Jones');
    add('Add an address');
    type(within(group('Address 2')).getByLabelText(/^Address/), 'Flat 2, 3 Low Street, Kidsgrove');
    add('Add a way to contact them');
    const phone = within(group('Contact 2'));
    type(phone.getByLabelText(/^How/), 'phone');
    type(phone.getByLabelText(/^Number, address or handle/), '01782 000111');
    fireEvent.click(phone.getByLabelText('Their preferred way to be contacted'));
    expect(within(group('Contact 1')).getByLabelText('Their preferred way to be contacted')).not.toBeChecked();
    addAdjustment('needsPhoneContact', 'Cannot manage letters; call her instead.', 'yes');
    type(within(group('Reasonable adjustment 1')).getByLabelText(/^Recorded on/), '2026-11-20');
    fireEvent.click(screen.getByLabelText('Domestic abuse'));
    add('Add a representative');
    const rep = within(group('Representative 1'));
    type(rep.getByLabelText(/^Name/), 'Pat Lee');
    type(rep.getByLabelText(/^Relationship to the customer/), 'Daughter');
    type(rep.getByLabelText(/^Has the customer consented/), 'yes');
    type(rep.getByLabelText(/^Date consent was recorded/), '2026-10-01');
    add('Add a person they care for or represent');
    const cared = within(group('Person cared for or represented 1'));
    type(cared.getByLabelText(/^Name/), "Jo O'Brien");
    type(cared.getByLabelText(/^Relationship to the customer/), 'Mother');
    type(cared.getByLabelText(/^Are they disabled\?/), 'yes');
    add('Add a statutory role');
    const role = within(group('Statutory role 1'));
    type(role.getByLabelText(/^Role/), 'carer');
    type(role.getByLabelText(/^Details \(optional\)/), 'Cares for her mother at home.');
    save();

    const saved = await screen.findByRole('status');
    expect(saved).toHaveTextContent("SavedThe customer's needs and details were saved on 28 November 2026.");
    expect(storedPerson(store)).toEqual({
      id: 'person-1',
      names: { given: 'Siân', family: "O'Brien" },
      aliases: ['Siân Jones'],
      addresses: ['1 High Street, Newcastle-under-Lyme', 'Flat 2, 3 Low Street, Kidsgrove'],
      contactChannels: [
        { kind: 'email', value: 'sian@example.org' },
        { kind: 'phone', value: '01782 000111', preferred: true }
      ],
      reasonableAdjustments: [
        {
          kind: 'needsPhoneContact',
          description: 'Cannot manage letters; call her instead.',
          communicationNeed: true,
          recordedOn: '2026-11-20'
        }
      ],
      vulnerabilityFlags: ['domesticAbuse'],
      representatives: [{ name: 'Pat Lee', relationship: 'Daughter', consentGiven: true, consentRecordedOn: '2026-10-01' }],
      isCarerOrRepresentativeFor: [{ name: "Jo O'Brien", relationship: 'Mother', disabled: true }],
      statutoryRoles: [{ role: 'carer', detail: 'Cares for her mother at home.' }]
    });
    // Saving updates the name search keys: staff checking for a restriction find her by the previous name.
    expect((await store.persons.findIdsByName('Sian Jones')).map((m) => m.personId)).toEqual(['person-1']);
    const audit = store.audit.map((entry) => entry.event);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: USERS.caseOfficer.id,
      action: 'person.updated',
      entity: { type: 'Person', id: 'person-1' },
      after: {
        changed: [
          'aliases',
          'addresses',
          'contactChannels',
          'reasonableAdjustments',
          'vulnerabilityFlags',
          'representatives',
          'isCarerOrRepresentativeFor',
          'statutoryRoles'
        ]
      }
    });
    // The audit entry names the parts changed, never their content.
    expect(JSON.stringify(audit[0])).not.toContain('Cannot manage letters');

    // The saved values are what the form shows again; removing an item and saving removes it.
    fireEvent.click(screen.getByRole('button', { name: 'Remove statutory role 1' }));
    expect(screen.getByText('No statutory roles recorded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a statutory role' })).toHaveFocus();
    save();
    await waitFor(() => expect(storedPerson(store).statutoryRoles).toEqual([]));
  });

  test('the domain’s messages are shown beside each field and in a list, and nothing is saved', async () => {
    const store = seeded();
    const before = storedPerson(store);
    await open(store);
    type(screen.getByLabelText(/^First name/), '');
    add('Add a reasonable adjustment');
    expect(within(group('Reasonable adjustment 1')).getByLabelText(/^Kind of adjustment/)).toHaveFocus();
    type(within(group('Reasonable adjustment 1')).getByLabelText(/^Recorded on/), '2027-01-04');
    add('Add a representative');
    type(within(group('Representative 1')).getByLabelText(/^Name/), 'Pat Lee');
    add('Add a way to contact them');
    save();

    const problems = (await screen.findByText('The details cannot be saved yet')).closest('[role="alert"]') as HTMLElement;
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      "Enter the person's first name.",
      'Contact 2: Choose the kind of contact channel.',
      'Contact 2: Enter the number, address or handle.',
      'Reasonable adjustment 1: Choose the kind of adjustment.',
      'Reasonable adjustment 1: Enter a description of the adjustment.',
      'Reasonable adjustment 1: Say whether this is a communication need.',
      'Reasonable adjustment 1: The date the adjustment was recorded cannot be in the future.',
      "Representative 1: Enter the representative's relationship to the person.",
      'Representative 1: Say whether the person has consented to this representative.'
    ]);
    expect(descriptionOf(screen.getByLabelText(/^First name/))).toContain("Enter the person's first name.");
    const adjustment = within(group('Reasonable adjustment 1'));
    expect(descriptionOf(adjustment.getByLabelText(/^Kind of adjustment/))).toContain('Choose the kind of adjustment.');
    expect(descriptionOf(adjustment.getByLabelText(/^Recorded on/))).toContain('cannot be in the future');
    expect(descriptionOf(within(group('Representative 1')).getByLabelText(/^Has the customer consented/))).toContain(
      'Say whether the person has consented to this representative.'
    );
    expect(storedPerson(store)).toEqual(before);
    expect(store.audit).toEqual([]);

    // Messages follow the form as it is corrected.
    type(screen.getByLabelText(/^First name/), 'Siân');
    expect(descriptionOf(screen.getByLabelText(/^First name/))).not.toContain('Enter');
  });

  test('a representative with no consent and no other lawful basis is flagged (spec §2.1); another lawful basis is saved', async () => {
    const { store } = await open(seeded());
    add('Add a representative');
    const rep = within(group('Representative 1'));
    type(rep.getByLabelText(/^Name/), 'Jo Bloggs');
    type(rep.getByLabelText(/^Relationship to the customer/), 'Neighbour');
    expect(group('Representative 1')).not.toHaveTextContent('no recorded consent');
    type(rep.getByLabelText(/^Has the customer consented/), 'no');
    expect(group('Representative 1')).toHaveTextContent(
      "Jo Bloggs has no recorded consent or other lawful basis. Do not share the person's information with them or act on their instructions until one is recorded."
    );
    expect(rep.queryByLabelText(/^Date consent was recorded/)).not.toBeInTheDocument();
    type(rep.getByLabelText(/^Other lawful basis/), 'Lasting power of attorney (property and financial affairs)');
    expect(group('Representative 1')).not.toHaveTextContent('no recorded consent');
    save();
    await screen.findByText('Saved');
    expect(storedPerson(store).representatives).toEqual([
      {
        name: 'Jo Bloggs',
        relationship: 'Neighbour',
        consentGiven: false,
        lawfulBasis: 'Lasting power of attorney (property and financial affairs)'
      }
    ]);
  });

  test('a stale save opens the conflict dialog and never overwrites; "apply my changes" keeps both', async () => {
    const { store } = await open(seeded());
    // Someone else adds a previous name while this officer records an adjustment.
    const current = await store.tables.persons.get('person-1');
    await store.tables.persons.update(current, { ...current.value, aliases: ['Siân Evans'] });
    addAdjustment('needsExtraTime', 'Give her a week to reply.', 'no');
    save();

    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Someone else changed this record' });
    expect(dialog).toHaveTextContent('Other and previous names changed');
    expect(storedPerson(store).aliases).toEqual(['Siân Evans']);
    expect(storedPerson(store).reasonableAdjustments).toEqual([]);
    expect(screen.queryByText('Saved')).not.toBeInTheDocument();

    // Fluent hides the surface from the accessibility tree while it animates in: find the buttons by text.
    fireEvent.click(within(dialog).getByText('Apply my changes to the latest version'));
    await screen.findByText('Saved');
    expect(storedPerson(store).aliases).toEqual(['Siân Evans']);
    expect(storedPerson(store).reasonableAdjustments).toEqual([
      { kind: 'needsExtraTime', description: 'Give her a week to reply.', communicationNeed: false, recordedOn: '2026-11-28' }
    ]);
    expect(within(group('Other name 1')).getByLabelText(/^Name as written/)).toHaveValue('Siân Evans');
  });

  test('"load the latest version" drops my edits and shows theirs', async () => {
    const { store } = await open(seeded());
    const current = await store.tables.persons.get('person-1');
    await store.tables.persons.update(current, { ...current.value, vulnerabilityFlags: ['homelessness'] });
    addAdjustment('needsExtraTime', 'Give her a week to reply.', 'no');
    save();
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Someone else changed this record' });
    expect(dialog).toHaveTextContent('Vulnerability flags changed');
    fireEvent.click(within(dialog).getByText('Load the latest version'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByText('No reasonable adjustments recorded.')).toBeInTheDocument();
    expect(screen.getByLabelText('Homeless or at risk of homelessness')).toBeChecked();
    expect(storedPerson(store).reasonableAdjustments).toEqual([]);
  });

  test('vulnerability flags say who sees them', async () => {
    await open(seeded());
    expect(descriptionOf(screen.getByRole('group', { name: /^Vulnerability flags/ }))).toContain(
      'Who sees these: the case team and the managers handling the case, on this page.'
    );
  });
});

describe('the case view shows what is recorded and leads to the screen', () => {
  const recorded: Partial<Person> = {
    reasonableAdjustments: [
      { kind: 'needsPhoneContact', description: 'Phone only', communicationNeed: true, recordedOn: '2026-01-05' as IsoDate },
      { kind: 'needsExtraTime', description: 'Extra time', communicationNeed: false, recordedOn: '2026-01-05' as IsoDate }
    ],
    representatives: [{ name: 'Pat Lee', relationship: 'Daughter', consentGiven: true, consentRecordedOn: '2026-10-01' as IsoDate }]
  };

  test('the case officer sees the summary line and the link, which opens the screen for the case’s person', async () => {
    const { navigations } = renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, {
      user: USERS.caseOfficer,
      store: seeded(recorded)
    });
    const section = await screen.findByRole('region', { name: "Customer's needs" });
    expect(section).toHaveTextContent('2 reasonable adjustments (1 communication need), 1 representative (consent recorded).');
    fireEvent.click(within(section).getByRole('button', { name: "Customer's needs and details" }));
    expect(navigations).toEqual([{ screen: 'person', params: { caseId: 'case-1', personId: 'person-1' } }]);
  });

  test('monitoring reads the summary but has no link; a representative with no basis is flagged', async () => {
    const store = seeded({ representatives: [{ name: 'Jo Bloggs', relationship: 'Neighbour', consentGiven: false }] });
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, { user: USERS.monitoring, store });
    const section = await screen.findByRole('region', { name: "Customer's needs" });
    expect(section).toHaveTextContent('1 representative (no consent or other lawful basis recorded).');
    expect(section).toHaveTextContent('Check before sharing information: Jo Bloggs has no recorded consent or other lawful basis.');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('what is recorded on the screen reaches the sanction checks (BR-13, BR-28, BR-29, BR-31)', () => {
  test('after recording a phone need, a carer relation and a statutory role, proposing telephone restrictions warns', async () => {
    const store = seeded();
    const ended = {
      startDate: '2026-08-01' as IsoDate,
      plannedEndDate: '2026-11-01' as IsoDate,
      spocUserId: USERS.caseOfficer.id,
      letterId: 'l-0'
    };
    store.tables.cases.seed(kase({ id: 'case-m', status: 'Monitoring', checklist: completeChecklist(), monitoringPeriod: ended }));
    const details = await open(store);
    addAdjustment('needsPhoneContact', 'Cannot manage letters, so call her instead', 'yes');
    add('Add a person they care for or represent');
    const cared = within(group('Person cared for or represented 1'));
    type(cared.getByLabelText(/^Name/), "Jo O'Brien");
    type(cared.getByLabelText(/^Relationship to the customer/), 'Mother');
    type(cared.getByLabelText(/^Are they disabled\?/), 'yes');
    add('Add a statutory role');
    type(within(group('Statutory role 1')).getByLabelText(/^Role/), 'carer');
    save();
    await screen.findByText('Saved');
    details.unmount();

    renderCaseScreen(<ProposeSanctionScreen params={{ caseId: 'case-m' }} />, { user: USERS.caseOfficer, store });
    await screen.findByRole('heading', { level: 2, name: "Propose a sanction: Siân O'Brien" });
    fireEvent.click(screen.getByRole('checkbox', { name: /^R03:/ }));
    const warnings = await screen.findByRole('region', { name: 'Check before you propose' });
    expect(warnings).toHaveTextContent(
      `${SANCTION_CATALOGUE.R03.label} may conflict with recorded adjustments: Cannot manage letters, so call her instead. (BR-13)`
    );
    expect(warnings).toHaveTextContent("This person is a carer or representative for: Jo O'Brien (Mother, disabled).");
    expect(warnings).toHaveTextContent(
      "The contact channel may not meet this person's communication needs: Cannot manage letters, so call her instead. (BR-31)"
    );
    expect(screen.getByText('Continuity plan (the person has a statutory role, BR-29)')).toBeInTheDocument();
    expect(screen.getByLabelText(/^If a restriction clashes with a reasonable adjustment/)).toBeInTheDocument();

    // R02 limited to written channels (no telephone) clashes with the same need.
    fireEvent.click(screen.getByRole('checkbox', { name: /^R03:/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^R02:/ }));
    type(screen.getByLabelText(/^R02: Allowed channels/), 'email, post');
    expect(screen.getByRole('region', { name: 'Check before you propose' })).toHaveTextContent(
      `${SANCTION_CATALOGUE.R02.label} may conflict with recorded adjustments: Cannot manage letters, so call her instead. (BR-13)`
    );
  });
});

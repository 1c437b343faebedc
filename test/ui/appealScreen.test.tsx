/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_COUNCIL_DETAILS, SETTING_KEYS, standardOmbudsmanSignposting, type Case, type IsoDate } from '../../src/domain';
import AppealScreen from '../../src/ui/screens/appeal/AppealScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { activeSanction, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen, storedCase } from './fakes/caseScreens';

const SANCTION = activeSanction({
  restrictions: [
    { type: 'R01', contact: { kind: 'officer', userId: USERS.caseOfficer.id, name: 'Cora Officer' } },
    { type: 'R04', maxMinutes: 30 }
  ],
  spoc: { userId: USERS.caseOfficer.id, name: 'Cora Officer', channel: 'email', cover: { name: 'Alex Alternate' } }
});
const APPEAL: Case['appeals'][number] = {
  id: 'appeal-1',
  sanctionId: SANCTION.id,
  receivedOn: '2026-11-20' as IsoDate,
  withinDeadline: true,
  grounds: ['disproportionate'],
  statement: 'I only called about my repair.',
  reviewerId: USERS.director.id
};
const REVIEWERS = { appealReviewer: [USERS.manager.id, USERS.director.id] };

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: 'case-a', status: 'SanctionActive', sanctions: [SANCTION] }));
  store.tables.cases.seed(kase({ id: 'case-u', status: 'UnderAppeal', sanctions: [SANCTION], appeals: [APPEAL] }));
  return store;
}

async function open(caseId: string, user = USERS.caseOfficer): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<AppealScreen params={{ caseId }} />, { user, store: seeded(), extraHolders: REVIEWERS });
  await screen.findByRole('heading', { level: 2, name: "Appeal: Siân O'Brien" });
  return rendered;
}

function receive(reviewerId: string, tickGround: boolean = true): void {
  if (tickGround) fireEvent.click(within(screen.getByRole('group', { name: /^Grounds of appeal/ })).getAllByRole('checkbox')[0]);
  fireEvent.change(screen.getByLabelText(/^The person's appeal/), { target: { value: 'The restriction stops me reporting repairs.' } });
  fireEvent.change(screen.getByLabelText(/^Appeal reviewer/, { selector: 'select' }), { target: { value: reviewerId } });
  fireEvent.click(screen.getByRole('button', { name: 'Record the appeal' }));
}

function decide(outcome: string, reasons: string = 'Each ground was considered against the incident log.'): void {
  fireEvent.change(screen.getByLabelText(/^Decision/, { selector: 'select' }), { target: { value: outcome } });
  fireEvent.change(screen.getByLabelText(/^Reasons/), { target: { value: reasons } });
}

describe('Appeal', () => {
  test('is for case officers and appeal reviewers; staff are refused', async () => {
    const route = findRoute('appeal') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, ['appealReviewer'], 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    renderAppAt('appeal', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });

  test('recording an appeal shows guidance and lists what is missing next to the fields', async () => {
    const { store } = await open('case-a');
    expect(screen.getByRole('complementary', { name: 'Guidance: appeals' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Record the appeal' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByRole('group', { name: /^Grounds of appeal/ }))).toContain('Choose at least one ground of appeal.')
    );
    expect(descriptionOf(screen.getByLabelText(/^The person's appeal/))).toContain("Summarise the person's appeal.");
    expect(descriptionOf(screen.getByLabelText(/^Appeal reviewer/, { selector: 'select' }))).toContain(
      'Choose an appeal reviewer who was not involved in the decision.'
    );
    expect(storedCase(store, 'case-a').appeals).toEqual([]);
  });

  test('a reviewer involved in the original decision is not offered (BR-11); an independent one is stored', async () => {
    const { store } = await open('case-a');
    const select = screen.getByLabelText(/^Appeal reviewer/, { selector: 'select' }) as HTMLSelectElement;
    const offered = Array.from(select.options).map((option) => option.value);
    expect(offered).not.toContain(USERS.manager.id);
    expect(offered).toContain(USERS.director.id);
    receive(USERS.director.id);
    await waitFor(() => expect(storedCase(store, 'case-a').status).toBe('UnderAppeal'));
    expect(storedCase(store, 'case-a').appeals[0]).toMatchObject({
      reviewerId: USERS.director.id,
      statement: 'The restriction stops me reporting repairs.'
    });
  });

  test('someone other than the assigned reviewer cannot decide the appeal (BR-11)', async () => {
    const { store } = await open('case-u', USERS.manager);
    decide('Uphold');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('Not saved (BR-11)')).toBeInTheDocument();
    expect(storedCase(store, 'case-u').appeals[0].outcome).toBeUndefined();
  });

  test('Uphold keeps the restriction and stores the appeal letter (BR-12)', async () => {
    const { store } = await open('case-u', USERS.director);
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(descriptionOf(screen.getByLabelText(/^Reasons/))).toContain('Give the reasons for the decision.'));
    decide('Uphold');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(storedCase(store, 'case-u').status).toBe('SanctionActive'));
    const saved = storedCase(store, 'case-u');
    expect(saved.appeals[0]).toMatchObject({ outcome: 'Uphold', decisionReasons: 'Each ground was considered against the incident log.' });
    expect(saved.sanctions.map((s) => s.status)).toEqual(['Active']);
    const letter = saved.letters.filter((l) => l.type === 'AppealOutcome')[0];
    expect(letter.fields.appealResult).toContain('The restriction is upheld');
    expect(letter.fields.appealReasons).toBe('Each ground was considered against the incident log.');
    expect(letter.fields.ombudsmanRight).toContain('Local Government and Social Care Ombudsman');
  });

  test('Vary needs a change, then stores the varied restriction (BR-12)', async () => {
    const { store } = await open('case-u', USERS.director);
    decide('Vary', 'A time limit on meetings is not needed: the incidents were all by phone.');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByRole('group', { name: /^Restrictions that stay/ }))).toContain('Nothing has changed.')
    );
    fireEvent.click(within(screen.getByRole('group', { name: /^Restrictions that stay/ })).getByLabelText(/^R04:/));
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(storedCase(store, 'case-u').status).toBe('SanctionActive'));
    const saved = storedCase(store, 'case-u');
    expect(saved.appeals[0].outcome).toBe('Vary');
    expect(saved.sanctions.map((s) => s.status)).toEqual(['Superseded', 'Active']);
    expect(saved.sanctions[1].restrictions.map((r) => r.type)).toEqual(['R01']);
    expect(saved.sanctions[1]).toMatchObject({
      startDate: SANCTION.startDate,
      endDate: SANCTION.endDate,
      reviewDate: SANCTION.reviewDate,
      supersedesSanctionId: SANCTION.id
    });
    expect(saved.letters.filter((l) => l.type === 'AppealOutcome')[0].fields.appealResult).toContain(
      'The restriction has been varied. It now covers:'
    );
  });

  test('BR-12 the decision letter names the Ombudsman the council\u2019s settings name, and what still applies, with nothing to type', async () => {
    const store = seeded();
    // A council in Wales (administration screen): the Public Services Ombudsman for Wales.
    await store.settings.set(SETTING_KEYS.councilDetails, {
      ...DEFAULT_COUNCIL_DETAILS,
      nation: 'wales',
      ombudsmanSignposting: standardOmbudsmanSignposting({ nation: 'wales', landlord: false })
    });
    renderCaseScreen(<AppealScreen params={{ caseId: 'case-u' }} />, { user: USERS.director, store, extraHolders: REVIEWERS });
    await screen.findByRole('heading', { level: 2, name: "Appeal: Siân O'Brien" });
    const expected =
      'This is the end of the council\u2019s own process. If you are unhappy with this decision you can complain to the Public Services Ombudsman for Wales: www.ombudsman.wales, telephone 0300 790 0203.';
    await waitFor(() => expect(screen.getByLabelText(/^Right to complain to the/)).toHaveValue(expected));
    decide('Uphold');
    const preview = screen.getByRole('region', { name: 'The decision letter also says' });
    expect(preview).toHaveTextContent('From 1 October 2026 until 1 April 2027:');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(storedCase(store, 'case-u').status).toBe('SanctionActive'));
    const letter = storedCase(store, 'case-u').letters.filter((l) => l.type === 'AppealOutcome')[0];
    expect(letter.fields.ombudsmanRight).toBe(expected);
    expect(letter.fields.whatAppliesNow).toContain('- Single point of contact (Named officer: Cora Officer)');
    expect(letter.fields.whatAppliesNow).toContain('Where it applies: The Housing service.');
  });

  test('BR-12 a varied restriction cannot end later than it does now: refused beside the end date, nothing stored', async () => {
    const { store } = await open('case-u', USERS.director);
    decide('Vary', 'Phone calls only in the morning would be enough.');
    fireEvent.change(screen.getByLabelText(/^End date of the varied restriction/), { target: { value: '2027-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText(/^End date of the varied restriction/))).toContain(
        'An appeal cannot lengthen the restriction: end it on or before 1 April 2027. To extend it, record a review.'
      )
    );
    expect(storedCase(store, 'case-u').appeals[0].outcome).toBeUndefined();
    expect(storedCase(store, 'case-u').sanctions).toHaveLength(1);
  });

  test('Quash ends the restriction and closes the case (BR-12)', async () => {
    const { store } = await open('case-u', USERS.director);
    decide('Quash', 'The incidents do not meet the threshold in the policy.');
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(storedCase(store, 'case-u').status).toBe('Closed'));
    const saved = storedCase(store, 'case-u');
    expect(saved.sanctions[0].status).toBe('Quashed');
    expect(saved.appeals[0]).toMatchObject({ outcome: 'Quash', decisionReasons: 'The incidents do not meet the threshold in the policy.' });
    expect(saved.letters.filter((l) => l.type === 'AppealOutcome')[0].fields.appealResult).toContain('quashed');
  });
});

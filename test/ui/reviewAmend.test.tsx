/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ReviewScreen from '../../src/ui/screens/review/ReviewScreen';
import { activeSanction, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderCaseScreen, storedCase } from './fakes/caseScreens';

// Review "Amend": the restriction's parameters and scope change with the proposal's editors,
// the domain's warnings show as the officer types, and the amendment is saved as a new
// version of the sanction (POLICY-SPEC 5.4: UnderReview --amend--> SanctionActive).

const SANCTION = activeSanction({
  spoc: { userId: USERS.caseOfficer.id, name: 'Cora Officer', channel: 'email', cover: { name: 'Alex Alternate' } }
});

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: 'case-r', status: 'UnderReview', sanctions: [SANCTION], reviews: [review('case-r')] }));
  // Zoë Ng has a recorded communication need (Cannot read long letters).
  store.tables.cases.seed(
    kase({
      id: 'case-z',
      personId: 'person-2',
      status: 'UnderReview',
      sanctions: [{ ...SANCTION, caseId: 'case-z', subjectPersonId: 'person-2' }],
      reviews: [review('case-z')]
    })
  );
  return store;
}

function review(caseId: string): ReturnType<typeof kase>['reviews'][number] {
  return {
    id: `review-${caseId}`,
    kind: 'Scheduled',
    sanctionId: SANCTION.id,
    dueDate: SANCTION.reviewDate,
    reviewers: [USERS.caseOfficer.id]
  };
}

async function amend(caseId = 'case-r'): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<ReviewScreen params={{ caseId }} />, { user: USERS.caseOfficer, store: seeded() });
  await screen.findByRole('button', { name: 'Record the review' });
  fireEvent.change(screen.getByLabelText(/^Outcome/, { selector: 'select' }), { target: { value: 'Amend' } });
  fireEvent.change(screen.getByLabelText(/^Reasons/), {
    target: { value: 'Calls have stopped; the emails to the repairs team continue.' }
  });
  fireEvent.change(screen.getByLabelText(/^Next review date/), { target: { value: '2027-02-15' } });
  return rendered;
}

function save(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Record the review' }));
}

describe('Review: Amend', () => {
  test('opens the restriction in force in the proposal editors: restrictions, parameters and scope', async () => {
    await amend();
    expect(screen.getByRole('checkbox', { name: /^R01: Single point of contact/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^R02:/ })).not.toBeChecked();
    expect(screen.getByLabelText(/^Where it applies/, { selector: 'select' })).toHaveValue('service');
    expect(screen.getByLabelText(/^Service \(leave blank/)).toHaveValue('Housing');
    expect(descriptionOf(screen.getByLabelText(/^New end date/))).toContain('1 April 2027');
    expect(screen.getByLabelText(/^Why the amended restriction is the minimum needed/)).toHaveValue(
      'Least restrictive option that protects staff.'
    );
  });

  test('saving with nothing changed is refused, and nothing is stored', async () => {
    const { store } = await amend();
    save();
    expect(await screen.findByText('Nothing has been amended')).toBeInTheDocument();
    expect(storedCase(store, 'case-r').status).toBe('UnderReview');
    expect(storedCase(store, 'case-r').sanctions).toHaveLength(1);
  });

  test('new parameters, scope and end date are saved as a new version; the letter says what applies from today', async () => {
    const { store } = await amend();
    fireEvent.click(screen.getByRole('checkbox', { name: /^R02:/ }));
    fireEvent.change(screen.getByLabelText(/^R02: Allowed channels/), { target: { value: 'email, post' } });
    fireEvent.change(screen.getByLabelText(/^Where it applies/, { selector: 'select' }), { target: { value: 'team' } });
    fireEvent.change(screen.getByLabelText(/^Team/), { target: { value: 'Repairs' } });
    fireEvent.change(screen.getByLabelText(/^New end date/), { target: { value: '2027-05-01' } });
    save();
    await waitFor(() => expect(storedCase(store, 'case-r').status).toBe('SanctionActive'));
    const saved = storedCase(store, 'case-r');
    expect(saved.sanctions.map((s) => [s.version, s.status])).toEqual([
      [1, 'Superseded'],
      [2, 'Active']
    ]);
    expect(saved.sanctions[1]).toMatchObject({
      restrictions: [SANCTION.restrictions[0], { type: 'R02', channels: ['email', 'post'] }],
      scope: { kind: 'team', team: 'Repairs', service: 'Housing' },
      startDate: '2026-11-28',
      endDate: '2027-05-01',
      reviewDate: '2027-02-15',
      supersedesSanctionId: SANCTION.id
    });
    expect(saved.reviews[0]).toMatchObject({ outcome: 'Amend', newEndDate: '2027-05-01', nextReviewDate: '2027-02-15' });
    const letter = saved.letters.filter((l) => l.type === 'ReviewOutcome')[0];
    expect(letter.fields.reviewResult).toBe(
      'We have reviewed the restriction on your contact with the council. It will continue with changes.'
    );
    // BR-10: what applies from today, as amended, how to challenge it and the Ombudsman, from the case.
    expect(letter.fields.whatAppliesNow).toBe(
      [
        'From 28 November 2026 until 1 May 2027:',
        '- Single point of contact (Named officer: Cora Officer)',
        '- One contact channel only (Channel: email, post)',
        'Where it applies: The Repairs team in the Housing service.'
      ].join('\n')
    );
    expect(letter.fields.howToAppeal).toContain('within 10 working days of receiving this letter');
    expect(letter.fields.ombudsmanRight).toContain('Local Government and Social Care Ombudsman: www.lgo.org.uk');
  });

  test('a scope of contact with one member of staff is chosen by name; the id and the name are saved', async () => {
    const { store } = await amend();
    fireEvent.change(screen.getByLabelText(/^Where it applies/, { selector: 'select' }), { target: { value: 'person' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Member of staff/ }), { target: { value: 'Max' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Max Manager' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Member of staff/ })).toHaveValue('Max Manager'));
    save();
    await waitFor(() => expect(storedCase(store, 'case-r').status).toBe('SanctionActive'));
    expect(storedCase(store, 'case-r').sanctions[1].scope).toEqual({
      kind: 'person',
      staffUserId: USERS.manager.id,
      staffName: 'Max Manager'
    });
  });

  test('the domain refuses an end date more than 12 months away next to the field, and nothing is stored (BR-08)', async () => {
    const { store } = await amend();
    fireEvent.change(screen.getByLabelText(/^New end date/), { target: { value: '2028-01-31' } });
    save();
    await waitFor(() => expect(descriptionOf(screen.getByLabelText(/^New end date/))).toContain('The end date must be no later than'));
    expect(screen.getByText('The amendment cannot be saved yet')).toBeInTheDocument();
    expect(storedCase(store, 'case-r').sanctions).toHaveLength(1);
  });

  test('proportionality and reasonable-adjustment warnings show live, before saving (BR-31, BR-13, BR-08)', async () => {
    await amend('case-z');
    // The single point of contact's email channel already meets Zoë's recorded need.
    const warnings = await screen.findByRole('region', { name: 'Check before you amend' });
    const before = within(warnings)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    fireEvent.click(screen.getByRole('checkbox', { name: /^R02:/ }));
    fireEvent.change(screen.getByLabelText(/^R02: Allowed channels/), { target: { value: 'email' } });
    expect(before).toEqual(["The contact channel may not meet this person's communication needs: Cannot read long letters. (BR-31)"]);
    expect(
      await within(warnings).findByText(
        'One contact channel only may conflict with recorded adjustments: Cannot read long letters. (BR-13)'
      )
    ).toBeVisible();
    expect(screen.getByLabelText(/^If a restriction clashes with a reasonable adjustment/)).toBeInTheDocument();
    // Longer than the usual six months is a warning too, as on the proposal.
    fireEvent.change(screen.getByLabelText(/^New end date/), { target: { value: '2027-08-01' } });
    expect(await within(warnings).findByText(/longer than the usual 6 months/)).toBeVisible();
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IsoDate } from '../../src/domain';
import { completeChecklist } from '../../src/domain/workflow/testing/fixtures';
import ProposeSanctionScreen from '../../src/ui/screens/proposeSanction/ProposeSanctionScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen, storedCase } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  const ended = {
    startDate: '2026-08-01' as IsoDate,
    plannedEndDate: '2026-11-01' as IsoDate,
    spocUserId: USERS.caseOfficer.id,
    letterId: 'letter-0'
  };
  store.tables.cases.seed(kase({ id: 'case-m', status: 'Monitoring', checklist: completeChecklist(), monitoringPeriod: ended }));
  store.tables.cases.seed(
    kase({ id: 'case-zoe', personId: 'person-2', status: 'Monitoring', checklist: completeChecklist(), monitoringPeriod: ended })
  );
  return store;
}

async function open(caseId: string, name: string, store = seeded()): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<ProposeSanctionScreen params={{ caseId }} />, { user: USERS.caseOfficer, store });
  await screen.findByRole('heading', { level: 2, name: `Propose a sanction: ${name}` });
  return rendered;
}

describe('Propose a sanction', () => {
  test('is for case officers only; staff cannot propose (BR-01)', async () => {
    const route = findRoute('propose-sanction') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.manager.roles, 'app')).toBe(false);
    renderAppAt('propose-sanction', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });

  test('shows the catalogue, scope and dates with the guidance beside the form', async () => {
    await open('case-m', "Siân O'Brien");
    expect(screen.getByLabelText(/^R01: Single point of contact/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^R17:/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Where it applies/, { selector: 'select' })).toHaveValue('service');
    expect(screen.getByLabelText(/^Review date/)).toHaveValue('2027-02-28');
    expect(screen.getByRole('complementary', { name: 'Guidance: proposing a sanction' })).toBeInTheDocument();
  });

  test('an empty proposal is refused with messages next to the fields, and nothing is stored or requested', async () => {
    const { store, services } = await open('case-m', "Siân O'Brien");
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    expect(await screen.findByText('The proposal cannot be sent yet')).toBeInTheDocument();
    expect(descriptionOf(screen.getByLabelText(/^Single point of contact \(name\)/))).toContain('Name the single point of contact.');
    expect(descriptionOf(screen.getByLabelText(/^How necessary contact will still happen/))).not.toBe('');
    expect(descriptionOf(screen.getByLabelText(/^Why this is the minimum needed/))).not.toBe('');
    expect(storedCase(store, 'case-m').sanctions).toEqual([]);
    expect(services.caseService.requested).toEqual([]);
  });

  test('a channel restriction for someone with a recorded communication need shows the domain warning (BR-31) and the override field (BR-13)', async () => {
    await open('case-zoe', 'Zoë Ng');
    fireEvent.click(screen.getByLabelText(/^R02:/));
    const warnings = await screen.findByRole('region', { name: 'Check before you propose' });
    expect(warnings).toHaveTextContent(
      "The contact channel may not meet this person's communication needs: Cannot read long letters. (BR-31)"
    );
    expect(screen.getByLabelText(/^If a restriction clashes with a reasonable adjustment/)).toBeInTheDocument();
  });

  // Regression: checkSanctionProposal requires named cover for the SPOC (BR-31) and the form
  // had no cover field, so no proposal could ever be sent.
  test('a complete proposal is stored, approval is requested and it shows as pending approval', async () => {
    const { store, services } = await open('case-m', "Siân O'Brien");
    fireEvent.click(screen.getByLabelText(/^R01: Single point of contact/));
    fireEvent.change(screen.getByLabelText(/^Single point of contact \(name\)/), { target: { value: 'Cora Officer' } });
    fireEvent.change(screen.getByLabelText(/^Who covers when they are away/), { target: { value: 'Alex Alternate' } });
    fireEvent.change(screen.getByLabelText(/^How necessary contact will still happen/), {
      target: { value: 'Emergency repairs by phone to the repairs line.' }
    });
    fireEvent.change(screen.getByLabelText(/^Why this is the minimum needed/), {
      target: { value: 'One contact point is the least restrictive option that protects the team.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    await waitFor(() => expect(document.body.textContent).toMatch(/Pending approval|Not saved|cannot be sent|not requested/));
    expect(
      screen
        .queryAllByRole('alert')
        .map((a) => a.textContent)
        .join(' | ')
    ).toBe('');
    expect(await screen.findByText('Pending approval')).toBeInTheDocument();
    const saved = storedCase(store, 'case-m');
    expect(saved.status).toBe('SanctionProposed');
    expect(saved.sanctions).toHaveLength(1);
    expect(saved.sanctions[0]).toMatchObject({
      status: 'Proposed',
      scope: { kind: 'service', service: 'Housing' },
      startDate: '2026-11-28',
      endDate: '2027-05-28',
      reviewDate: '2027-02-28',
      proposedBy: USERS.caseOfficer.id
    });
    expect(saved.sanctions[0].restrictions.map((r) => r.type)).toEqual(['R01']);
    await waitFor(() => expect(services.caseService.requested).toEqual([{ sanctionId: saved.sanctions[0].id, caseId: 'case-m' }]));
  });

  test('the cover for the single point of contact is labelled, has guidance, and its message sits next to it (BR-31)', async () => {
    await open('case-m', "Siân O'Brien");
    const cover = screen.getByLabelText(/^Who covers when they are away/);
    expect(cover).toBeRequired();
    expect(descriptionOf(cover)).toContain('A different named officer');
    fireEvent.change(screen.getByLabelText(/^Single point of contact \(name\)/), { target: { value: 'Cora Officer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText(/^Who covers when they are away/))).toContain(
        'Name who covers for the single point of contact when they are away.'
      )
    );
    fireEvent.change(screen.getByLabelText(/^Who covers when they are away/), { target: { value: 'Cora Officer' } });
    expect(descriptionOf(screen.getByLabelText(/^Who covers when they are away/))).toContain(
      'The cover must be a different person from the single point of contact.'
    );
  });

  test('a council-wide restriction needs a recorded reason and its details (BR-19), which are stored', async () => {
    const { store } = await open('case-m', "Siân O'Brien");
    fireEvent.change(screen.getByLabelText(/^Where it applies/, { selector: 'select' }), { target: { value: 'councilWide' } });
    fireEvent.click(screen.getByLabelText(/^R01: Single point of contact/));
    fireEvent.change(screen.getByLabelText(/^Single point of contact \(name\)/), { target: { value: 'Cora Officer' } });
    fireEvent.change(screen.getByLabelText(/^Who covers when they are away/), { target: { value: 'Alex Alternate' } });
    fireEvent.change(screen.getByLabelText(/^How necessary contact will still happen/), {
      target: { value: 'Emergency repairs by phone to the repairs line.' }
    });
    fireEvent.change(screen.getByLabelText(/^Why this is the minimum needed/), {
      target: { value: 'Threats were made to staff in three services.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText(/^Reason it must be council-wide/, { selector: 'select' }))).toContain(
        'Choose why the restriction must apply across the council.'
      )
    );
    expect(descriptionOf(screen.getByLabelText(/^Why it must be council-wide/))).toContain(
      'A council-wide restriction needs a recorded reason'
    );
    expect(storedCase(store, 'case-m').sanctions).toEqual([]);
    fireEvent.change(screen.getByLabelText(/^Reason it must be council-wide/, { selector: 'select' }), {
      target: { value: 'riskToStaff' }
    });
    fireEvent.change(screen.getByLabelText(/^Why it must be council-wide/), {
      target: { value: 'Threats to staff at the housing office, the library and by phone.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    expect(await screen.findByText('Pending approval')).toBeInTheDocument();
    expect(storedCase(store, 'case-m').sanctions[0].scope).toEqual({
      kind: 'councilWide',
      justification: { basis: 'riskToStaff', detail: 'Threats to staff at the housing office, the library and by phone.' }
    });
  });

  test('someone with a statutory role needs a continuity plan: at least one arrangement and a description (BR-29)', async () => {
    const store = seeded();
    const current = store.tables.persons.all().filter((r) => r.value.id === 'person-1')[0].value;
    store.tables.persons.seed({ ...current, statutoryRoles: [{ role: 'carer' }] });
    const { store: used } = await open('case-m', "Siân O'Brien", store);
    fireEvent.click(screen.getByLabelText(/^R01: Single point of contact/));
    fireEvent.change(screen.getByLabelText(/^Single point of contact \(name\)/), { target: { value: 'Cora Officer' } });
    fireEvent.change(screen.getByLabelText(/^Who covers when they are away/), { target: { value: 'Alex Alternate' } });
    fireEvent.change(screen.getByLabelText(/^How necessary contact will still happen/), {
      target: { value: 'Emergency repairs by phone to the repairs line.' }
    });
    fireEvent.change(screen.getByLabelText(/^Why this is the minimum needed/), {
      target: { value: 'One contact point is the least restrictive option that protects the team.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    const group = await screen.findByRole('group', { name: /^How they will still get information and take part/ });
    await waitFor(() => expect(descriptionOf(group)).toContain('This person has a statutory role.'));
    expect(used.tables.cases.all().filter((r) => r.value.id === 'case-m')[0].value.sanctions).toEqual([]);
    fireEvent.click(within(group).getByLabelText('Written updates'));
    fireEvent.click(within(group).getByLabelText('An advocate'));
    fireEvent.change(screen.getByLabelText(/^Describe the continuity plan/), {
      target: { value: 'Monthly written updates on the care plan; their advocate may call the team.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    expect(await screen.findByText('Pending approval')).toBeInTheDocument();
    expect(storedCase(used, 'case-m').sanctions[0].continuityPlan).toEqual({
      arrangements: ['writtenUpdates', 'advocate'],
      description: 'Monthly written updates on the care plan; their advocate may call the team.'
    });
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IsoDate } from '../../src/domain';
import { LETTER_ITEM_DEFINITIONS, requiredLetterItems } from '../../src/domain/letters';
import CaseMonitoringScreen from '../../src/ui/screens/caseMonitoring/CaseMonitoringScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen, someoneElseSaves, storedCase } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: 'case-letter', status: 'MonitoringLetterDraft' }));
  store.tables.cases.seed(
    kase({
      id: 'case-monitoring',
      status: 'Monitoring',
      monitoringPeriod: {
        startDate: '2026-11-01' as IsoDate,
        plannedEndDate: '2027-02-01' as IsoDate,
        spocUserId: USERS.caseOfficer.id,
        letterId: 'letter-0'
      }
    })
  );
  return store;
}

async function open(caseId: string, store = seeded()): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<CaseMonitoringScreen params={{ caseId }} />, { user: USERS.caseOfficer, store });
  await screen.findByRole('heading', { level: 2, name: "Monitoring: Siân O'Brien" });
  return rendered;
}

const letterItems = requiredLetterItems('MonitoringWarning');

/** The letter part's text area, by the start of its label (the label ends with the required mark). */
function letterPart(item: (typeof letterItems)[number]): HTMLElement {
  const label = LETTER_ITEM_DEFINITIONS[item].label;
  return screen.getByLabelText((content) => content.startsWith(label), { selector: 'textarea' });
}

describe('Case monitoring', () => {
  test('is for case officers and the monitoring team, not staff', async () => {
    const route = findRoute('case-monitoring') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.monitoring.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    renderAppAt('case-monitoring', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });

  test('renders every mandatory part of the monitoring letter (BR-06) with the letter guidance beside it', async () => {
    await open('case-letter');
    expect(letterItems).toHaveLength(6);
    for (const item of letterItems) expect(letterPart(item)).toBeRequired();
    expect(screen.getByRole('complementary', { name: 'Guidance: the monitoring letter' })).toBeInTheDocument();
  });

  test('the letter is refused until the mandatory content is present, naming what is missing (BR-06)', async () => {
    const { store } = await open('case-letter');
    fireEvent.change(letterPart(letterItems[0]), { target: { value: 'Repeated abusive calls.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the letter as sent' }));
    const refusal = await screen.findByText('Not saved (BR-06)');
    const alert = refusal.closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent(LETTER_ITEM_DEFINITIONS[letterItems[1]].label);
    expect(alert.textContent ?? '').not.toContain(`add: ${LETTER_ITEM_DEFINITIONS[letterItems[0]].label}`);
    expect(storedCase(store, 'case-letter').status).toBe('MonitoringLetterDraft');
    expect(storedCase(store, 'case-letter').letters).toEqual([]);
  });

  test('a complete letter is stored as sent and monitoring starts', async () => {
    const { store } = await open('case-letter');
    for (const item of letterItems) fireEvent.change(letterPart(item), { target: { value: `Text for ${item}.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the letter as sent' }));
    await waitFor(() => expect(storedCase(store, 'case-letter').status).toBe('Monitoring'));
    const saved = storedCase(store, 'case-letter');
    expect(saved.letters).toHaveLength(1);
    expect(saved.letters[0]).toMatchObject({
      type: 'MonitoringWarning',
      sentOn: '2026-11-28',
      sentBy: USERS.caseOfficer.id,
      channel: 'letter'
    });
    expect(saved.monitoringPeriod).toMatchObject({ startDate: '2026-11-28', plannedEndDate: '2027-02-28' });
    expect(await screen.findByRole('button', { name: 'Log contact' })).toBeInTheDocument();
  });

  test('a contact needs a channel and a summary, shown next to each field', async () => {
    await open('case-monitoring');
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText(/^How the person made contact/, { selector: 'select' }))).toContain(
        'Choose how the person made contact.'
      )
    );
    expect(descriptionOf(screen.getByLabelText(/^Summary/, { selector: 'textarea' }))).toContain('Summarise the contact, factually.');
  });

  test('a contact flagged as a safeguarding concern is logged with its flags and creates a task (BR-14)', async () => {
    const { store } = await open('case-monitoring');
    fireEvent.change(screen.getByLabelText(/^How the person made contact/, { selector: 'select' }), { target: { value: 'email' } });
    fireEvent.change(screen.getByLabelText(/^Summary/, { selector: 'textarea' }), {
      target: { value: 'Email about a neighbour’s child left alone at night.' }
    });
    fireEvent.click(screen.getByLabelText('Raises a safeguarding concern'));
    fireEvent.click(screen.getByLabelText('Came through the single point of contact'));
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    expect(await screen.findByText('Contact logged.')).toBeInTheDocument();
    const saved = storedCase(store, 'case-monitoring');
    expect(saved.contactLog).toHaveLength(1);
    expect(saved.contactLog[0]).toMatchObject({
      channel: 'email',
      viaSpoc: false,
      safeguardingConcern: true,
      newIssue: false,
      breachOfRestriction: false,
      loggedBy: USERS.caseOfficer.id
    });
    expect(saved.tasks.filter((t) => t.kind === 'reviewFlaggedItem')).toHaveLength(1);
    expect(
      within(screen.getByRole('table', { name: 'Contact log' })).getByText('Email about a neighbour’s child left alone at night.')
    ).toBeInTheDocument();
  });

  test('BR-16 a request for information is logged as such and passed to the FOI officer\u2019s queue, not the case', async () => {
    const { store, services } = renderCaseScreen(<CaseMonitoringScreen params={{ caseId: 'case-monitoring' }} />, {
      user: USERS.caseOfficer,
      store: seeded(),
      extraHolders: { foiOfficer: [USERS.foi.id] }
    });
    await screen.findByRole('heading', { level: 2, name: "Monitoring: Siân O'Brien" });
    fireEvent.change(screen.getByLabelText(/^How the person made contact/, { selector: 'select' }), { target: { value: 'email' } });
    fireEvent.change(screen.getByLabelText(/^Summary/, { selector: 'textarea' }), {
      target: { value: 'Asks for the council\u2019s contract with its repairs contractor.' }
    });
    const select = screen.getByLabelText(/^Is it a request for information/, { selector: 'select' });
    expect(descriptionOf(select)).toContain('A contact restriction is never a reason to refuse it (BR-16).');
    fireEvent.change(select, { target: { value: 'FOIA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    expect(await screen.findByText('Contact logged.')).toBeInTheDocument();
    const saved = storedCase(store, 'case-monitoring');
    expect(saved.contactLog[0]).toMatchObject({ informationRequest: 'FOIA' });
    expect(saved.tasks).toEqual([]);
    expect(services.roleAssignments.foiOfficer).toEqual([USERS.foi.id]);
    const queue = (await store.tasks.listOpenFor(USERS.foi.id)).map((row) => row.value);
    expect(queue).toEqual([
      expect.objectContaining({
        kind: 'informationRequest',
        assignees: [USERS.foi.id],
        caseId: undefined,
        recordId: saved.contactLog[0].id
      })
    ]);
    expect(
      within(screen.getByRole('table', { name: 'Contact log' })).getByText(/Passed to the FOI officer \(FOIA request\)\./)
    ).toBeInTheDocument();
    // The form is ready for the next contact.
    expect(screen.getByLabelText(/^Is it a request for information/, { selector: 'select' })).toHaveValue('');
  });

  test('BR-16 with no FOI officer named, the request is not logged as passed on, and the officer is told what to do', async () => {
    const { store } = await open('case-monitoring');
    fireEvent.change(screen.getByLabelText(/^How the person made contact/, { selector: 'select' }), { target: { value: 'post' } });
    fireEvent.change(screen.getByLabelText(/^Summary/, { selector: 'textarea' }), { target: { value: 'EIR request about air quality.' } });
    fireEvent.change(screen.getByLabelText(/^Is it a request for information/, { selector: 'select' }), { target: { value: 'EIR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    const refusal = await screen.findByText(/No FOI officer is named in the settings/);
    expect(refusal.closest('[role="alert"]')).toHaveTextContent('Not saved (BR-16)');
    expect(storedCase(store, 'case-monitoring').contactLog).toEqual([]);
  });

  test('a stale copy offers reload or merge; merge logs the contact on the latest version', async () => {
    const { store } = await open('case-monitoring');
    await someoneElseSaves(store, 'case-monitoring', (k) => ({ ...k, leadService: 'Revenues' }));
    fireEvent.change(screen.getByLabelText(/^How the person made contact/, { selector: 'select' }), { target: { value: 'phone' } });
    fireEvent.change(screen.getByLabelText(/^Summary/, { selector: 'textarea' }), {
      target: { value: 'Called the SPOC about rent arrears.' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Someone else changed this record');
    fireEvent.click(within(dialog).getByText('Apply my changes to the latest version'));
    await waitFor(() => expect(storedCase(store, 'case-monitoring').contactLog).toHaveLength(1));
    expect(storedCase(store, 'case-monitoring').leadService).toBe('Revenues');
  });
});

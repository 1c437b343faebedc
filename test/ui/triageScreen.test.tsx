/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import TriageScreen from '../../src/ui/screens/triage/TriageScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import type { IsoInstant } from '../../src/domain';
import { incident, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen } from './fakes/caseScreens';

/**
 * The demo data, before any case was opened from its two reports: seedDemo's cases were
 * opened from incident-1 and incident-2, and triage lists only reports no case holds, so here
 * those cases hold earlier reports and incident-1 and incident-2 wait for a decision.
 */
function seeded(): MemoryStore {
  const store = createMemoryStore();
  seedDemo(store);
  for (const row of store.tables.cases.all()) {
    store.tables.cases.replaceKeepingEtag({ ...row.value, incidentIds: [`${row.value.id}-earlier-report`] });
  }
  return store;
}

/** Which services each line manager triages (Settings, domain triage.ts). */
function servicesOfManagers(store: MemoryStore, byManager: Record<string, string[]>): void {
  store.settingValues.set('lineManagerServices', byManager);
}

async function cardFor(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name });
  return heading.closest('li') as HTMLElement;
}

describe('Triage referrals', () => {
  test('only line managers see triage; staff and case officers do not', () => {
    const route = findRoute('triage') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.manager.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(false);
  });

  test('staff opening triage are refused and no referral is shown', async () => {
    renderAppAt('triage', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(screen.queryByText(/I know where you live/)).not.toBeInTheDocument();
  });

  test('renders the referred incidents for the line manager with the guidance beside them', async () => {
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const list = await screen.findByRole('list', { name: 'Referred incidents' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(["Siân O'Brien", 'Zoë Ng']);
    expect(screen.getByRole('complementary', { name: 'Guidance: deciding on a referral' })).toBeInTheDocument();
  });

  test('a decision needs a choice and reasons, each shown next to its field', async () => {
    const { store } = renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const card = await cardFor("Siân O'Brien");
    fireEvent.click(within(card).getByRole('button', { name: "Record decision for Siân O'Brien" }));
    expect(descriptionOf(within(card).getByRole('radiogroup'))).toContain('Choose informal action or escalate.');
    expect(descriptionOf(within(card).getByRole('textbox', { name: /Reasons/ }))).toContain('Give your reasons.');
    expect(store.tables.cases.all()).toHaveLength(2);
  });

  test('escalating opens a case awaiting the panel, acknowledges the incident and says so, with the way to the case', async () => {
    const { store, navigations } = renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const card = await cardFor("Siân O'Brien");
    fireEvent.click(within(card).getByRole('radio', { name: /Escalate to the head of service/ }));
    fireEvent.change(within(card).getByRole('textbox', { name: /Reasons/ }), {
      target: { value: 'Threat to a named officer; second incident this month.' }
    });
    fireEvent.click(within(card).getByRole('button', { name: "Record decision for Siân O'Brien" }));
    // Issue 13: a clear confirmation, announced and focused, saying what happened and what comes next.
    const title = await screen.findByText(/^Escalated: case CCM-2026-\d{4} is open for Siân O'Brien$/);
    const confirmation = title.closest('[role="status"]') as HTMLElement;
    expect(confirmation).toHaveFocus();
    expect(confirmation).toHaveTextContent(
      'Cora Officer, the case officer, prepares it for the head of service and the Executive Director, who decide with the Customer Relations Officer whether to invoke the policy.'
    );
    expect(confirmation).toHaveTextContent('The referral has left your list.');
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: "Siân O'Brien" })).not.toBeInTheDocument());
    expect(navigations).toEqual([]);
    const created = store.tables.cases.all().filter((row) => row.value.id !== 'case-1' && row.value.id !== 'case-2');
    expect(created).toHaveLength(1);
    expect(created[0].value).toMatchObject({
      status: 'AwaitingInvocationDecision',
      personId: 'person-1',
      incidentIds: ['incident-1'],
      lineManagerId: USERS.manager.id,
      createdBy: USERS.manager.id
    });
    expect(created[0].value.id).toBe('case-from-incident-1');
    fireEvent.click(within(confirmation).getByRole('button', { name: 'Open the case' }));
    expect(navigations).toEqual([{ screen: 'case', params: { caseId: created[0].value.id } }]);
    const acknowledged = (await store.tables.incidents.get('incident-1')).value;
    expect(acknowledged.status).toBe('Acknowledged');
    expect(acknowledged.acknowledgedBy).toBe(USERS.manager.id);
  });

  test('informal action records an informal-action case and stays on triage', async () => {
    const { store, navigations } = renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store: seeded() });
    const card = await cardFor('Zoë Ng');
    fireEvent.click(within(card).getByRole('radio', { name: /Deal with it informally/ }));
    fireEvent.change(within(card).getByRole('textbox', { name: /Reasons/ }), {
      target: { value: 'Spoke to the customer; agreed one email a day.' }
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Record decision for Zoë Ng' }));
    await waitFor(() => expect(store.tables.cases.all()).toHaveLength(3));
    const created = store.tables.cases.all()[2].value;
    expect(created).toMatchObject({ status: 'InformalAction', personId: 'person-2', incidentIds: ['incident-2'] });
    expect(navigations).toEqual([]);
    // The acknowledged incident leaves the queue, and the confirmation says what to do next.
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Zoë Ng' })).not.toBeInTheDocument());
    const confirmation = screen.getByText('Informal action recorded for Zoë Ng').closest('[role="status"]') as HTMLElement;
    expect(confirmation).toHaveFocus();
    expect(confirmation).toHaveTextContent(
      'Next: take the informal action you described, for example an informal warning. If the behaviour continues, the next report about Zoë Ng comes back here for your decision.'
    );
  });

  test('issue 13: a report a case already holds is not listed, and its status catches up', async () => {
    // seedDemo as it is: case-1 and case-2 were opened from incident-1 and incident-2, whose
    // status still says Submitted (the decision's last write did not land).
    const store = createMemoryStore();
    seedDemo(store);
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store });
    expect(await screen.findByText('No referrals are waiting')).toBeInTheDocument();
    await waitFor(async () => expect((await store.tables.incidents.get('incident-1')).value.status).toBe('Acknowledged'));
    expect((await store.tables.incidents.get('incident-2')).value.status).toBe('Acknowledged');
  });

  test('issue 13: a new report about a customer who already has a case is a new referral, listed for a decision', async () => {
    const store = createMemoryStore();
    seedDemo(store);
    store.tables.incidents.seed(
      incident({ id: 'incident-later', occurredAt: '2026-11-28T09:00:00.000Z' as IsoInstant, narrative: 'Called again, shouting.' })
    );
    const caseOne = await store.tables.cases.get('case-1');
    store.tables.cases.replaceKeepingEtag({ ...caseOne.value, reference: 'CCM-2026-0001' });
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store });
    const card = await cardFor("Siân O'Brien");
    expect(card).toHaveTextContent('Called again, shouting.');
    const list = screen.getByRole('list', { name: 'Referred incidents' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    // The manager is told of the open case the report is not part of, with the way to it.
    expect(card).toHaveTextContent(
      "Siân O'Brien already has an open case: CCM-2026-0001 (awaiting panel decision). This report is not part of it: tell the case officer about it as well as deciding on it here."
    );
  });

  test('issue 13: a line manager sees the referrals of their own services, and of services no line manager holds', async () => {
    const store = seeded();
    store.tables.incidents.seed(incident({ id: 'incident-planning', personId: 'person-2', service: 'Planning', narrative: 'Planning.' }));
    store.tables.incidents.seed(incident({ id: 'incident-leisure', personId: 'person-2', service: 'Leisure', narrative: 'Leisure.' }));
    // incident-1 and incident-2 are Housing; Planning belongs to another manager; nobody holds Leisure.
    servicesOfManagers(store, { [USERS.manager.id]: ['Housing'], 'another-manager': ['Planning'] });
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store });
    const list = await screen.findByRole('list', { name: 'Referred incidents' });
    expect(list).toHaveTextContent('I know where you live');
    expect(list).toHaveTextContent('Fourteen emails');
    expect(list).toHaveTextContent('Leisure.');
    expect(list).not.toHaveTextContent('Planning.');
  });

  test('issue 13: a manager of another service does not see Housing referrals', async () => {
    const store = seeded();
    servicesOfManagers(store, { [USERS.manager.id]: ['Planning'], 'housing-manager': ['Housing'] });
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store });
    expect(await screen.findByText('No referrals are waiting')).toBeInTheDocument();
  });

  test('a decision saved again after its last write failed finds the case it opened: no second case', async () => {
    const store = seeded();
    const update = store.incidents.update.bind(store.incidents);
    let failures = 1;
    store.incidents.update = async (stored, next) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('SharePoint is busy.');
      }
      return update(stored, next);
    };
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store });
    const card = await cardFor('Zoë Ng');
    fireEvent.click(within(card).getByRole('radio', { name: /Deal with it informally/ }));
    fireEvent.change(within(card).getByRole('textbox', { name: /Reasons/ }), { target: { value: 'Informal warning by phone.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Record decision for Zoë Ng' }));
    expect(await within(card).findByText('Your decision was not saved')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Record decision for Zoë Ng' }));
    expect(await screen.findByText('Informal action recorded for Zoë Ng')).toBeInTheDocument();
    expect(store.tables.cases.all().map((row) => row.value.id)).toEqual(['case-1', 'case-2', 'case-from-incident-2']);
    expect((await store.tables.incidents.get('incident-2')).value.status).toBe('Acknowledged');
  });

  test('the case opened but the audit log refused its entries: the decision stands, the referral leaves the list, and the manager is told who to tell', async () => {
    const store = seeded();
    const unavailable = Object.assign(new Error('Service unavailable'), { kind: 'Unavailable' });
    store.auditLog.startAppend = () => ({ appendAll: async () => ({ written: 0, error: unavailable }) });
    store.auditLog.appendAll = async () => ({ written: 0, error: unavailable });
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store });
    const card = await cardFor('Zoë Ng');
    fireEvent.click(within(card).getByRole('radio', { name: /Deal with it informally/ }));
    fireEvent.change(within(card).getByRole('textbox', { name: /Reasons/ }), { target: { value: 'Informal warning by phone.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Record decision for Zoë Ng' }));

    expect(await screen.findByText('Informal action recorded for Zoë Ng')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Saved. The audit log entry for this change could not be written. Tell the Customer Relations Officer, so the record of who did what can be completed.'
      )
    ).toBeInTheDocument();
    expect(screen.queryByText('Your decision was not saved')).toBeNull();
    expect(store.tables.cases.all().map((row) => row.value.id)).toEqual(['case-1', 'case-2', 'case-from-incident-2']);
    expect((await store.tables.incidents.get('incident-2')).value.status).toBe('Acknowledged');
  });

  test('issue 13: each referral shows the whole report, its health and safety flag and its files as links, before the decision', async () => {
    const store = seeded();
    const stored = await store.tables.incidents.get('incident-1');
    await store.tables.incidents.update(stored, {
      ...stored.value,
      healthAndSafetyFlag: true,
      witnesses: [{ name: 'Kim Patel', isThirdParty: false }],
      policeReference: 'CAD 0099'
    });
    store.attachFile('incident-1', 'Call recording 27 Nov.mp3');
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager, store });
    const card = await cardFor("Siân O'Brien");
    const link = await within(card).findByRole('link', { name: 'Call recording 27 Nov.mp3' });
    expect(link).toHaveAttribute('href', `/sites/ccm/Lists/Incidents/Attachments/${stored.itemId}/Call%20recording%2027%20Nov.mp3`);
    // 14:30 UTC on 27 November is 14:30 in the UK (Greenwich Mean Time).
    expect(card).toHaveTextContent('When it happened27 November 2026 at 14:30');
    expect(card).toHaveTextContent('ChannelTelephone');
    expect(card).toHaveTextContent('The caller said "I know where you live" twice and ended the call.');
    expect(card).toHaveTextContent('Kim Patel (council staff)');
    expect(card).toHaveTextContent('Immediate actionEnded the call');
    expect(card).toHaveTextContent('Health and safetyYes A health and safety matter (RIDDOR reportable).');
    expect(card).toHaveTextContent('Police referenceCAD 0099');
    // The evidence is above the decision it informs.
    const decision = within(card).getByRole('radiogroup');
    expect(link.compareDocumentPosition(decision) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const other = await cardFor('Zoë Ng');
    expect(other).toHaveTextContent('Health and safetyNo');
    await waitFor(() => expect(other).toHaveTextContent('Evidence (attached files)None'));
    expect(within(other).queryAllByRole('link')).toEqual([]);
  });

  test('no referrals gives a plain empty state', async () => {
    renderCaseScreen(<TriageScreen params={{}} />, { user: USERS.manager });
    expect(await screen.findByText('No referrals are waiting')).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { behaviourCategory, type IsoInstant } from '../../src/domain';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { renderApp } from './harness';
import { activeSanction, incident, kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { renderCaseScreen } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  store.tables.cases.seed(kase({ id: 'case-active', status: 'SanctionActive', sanctions: [activeSanction({ caseId: 'case-active' })] }));
  store.tables.cases.seed(
    kase({
      id: 'case-conflict',
      conflictDeclarations: [
        {
          userId: USERS.caseOfficer.id,
          kind: 'priorInvolvement',
          detail: 'Handled their 2025 complaint.',
          declaredAt: '2026-11-27T16:00:00.000Z' as IsoInstant
        }
      ]
    })
  );
  return store;
}

function nextSteps(): string[] {
  const section = screen.getByRole('region', { name: 'Next steps' });
  return within(section)
    .queryAllByRole('button')
    .map((b) => b.textContent ?? '');
}

describe('Case view', () => {
  test('case readers may open a case; staff and councillors may not (BR-22)', async () => {
    const route = findRoute('case') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.member.roles, 'app')).toBe(false);
  });

  test('a deep link opens the case with its status, facts and timeline for the case officer', async () => {
    renderApp(USERS.caseOfficer, { caseId: 'case-1' });
    expect(await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" })).toBeInTheDocument();
    expect(screen.getByText('Awaiting panel decision')).toBeInTheDocument();
    expect(screen.getByText('Not complete')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('Case opened');
    // Issue 13: the case's incident reports are part of the case view (only case readers reach it, BR-22).
    expect(screen.getByRole('region', { name: 'Incidents' })).toHaveTextContent('I know where you live');
  });

  test('a deep link is refused for staff, without loading the case', async () => {
    const { services } = renderApp(USERS.staff, { caseId: 'case-1' });
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
    expect(services.store.tables.cases.calls).toBe(0);
  });

  test('next steps are only those can() allows: the case officer on a case awaiting the panel', async () => {
    const { navigations } = renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, {
      user: USERS.caseOfficer,
      store: seeded()
    });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual(['Complete the checklist', 'Record the panel decision']);
    fireEvent.click(screen.getByRole('button', { name: 'Complete the checklist' }));
    expect(navigations).toEqual([{ screen: 'checklist', params: { caseId: 'case-1' } }]);
  });

  test('the head of service may record the panel decision but not manage the checklist', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, { user: USERS.manager, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual(['Record the panel decision']);
  });

  test('the monitoring team reads the case but has nothing to do on it', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-1' }} />, { user: USERS.monitoring, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual([]);
    expect(screen.getByText('There is nothing for you to do on this case at the moment.')).toBeInTheDocument();
  });

  test('an active sanction shows with its review date, and the officer may review, log contacts or record an appeal', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-active' }} />, { user: USERS.caseOfficer, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(screen.getByText('Sanction in force')).toBeInTheDocument();
    expect(screen.getByText(/Single point of contact \(active\), review by/)).toHaveTextContent('1 January 2027');
    expect(nextSteps()).toEqual(['Monitoring letter and contact log', 'Record a review', 'Log a request for a review', 'Record an appeal']);
  });

  test('a conflicted officer is offered nothing on the case (BR-03)', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-conflict' }} />, { user: USERS.caseOfficer, store: seeded() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(nextSteps()).toEqual([]);
  });

  test('a case that does not exist is explained in plain words with a retry', async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-missing' }} />, { user: USERS.caseOfficer, store: seeded() });
    expect(await screen.findByText('The case could not be opened')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Try again/ })).toBeInTheDocument();
  });
});

/** The records behind a case built on two incidents, one of them a health and safety matter with files. */
function caseWithEvidence(): ReturnType<typeof createMemoryStore> {
  const store = seeded();
  store.tables.incidents.seed(
    incident({
      id: 'incident-hs',
      // 08:15 UTC in British Summer Time: 09:15 on the clock in the council's offices.
      occurredAt: '2026-07-03T08:15:00.000Z' as IsoInstant,
      channel: 'faceToFace',
      service: 'Customer Contact Centre',
      categories: ['aggressiveAbusiveThreatening', 'unreasonableDemands'],
      narrative: 'The customer pushed the screen off the counter and said "you will regret this".',
      witnesses: [
        { name: 'Kim Patel', userId: USERS.manager.id, isThirdParty: false },
        { name: 'A neighbour waiting', isThirdParty: true }
      ],
      immediateAction: 'askedToLeave',
      immediateActionDetail: 'Security walked the customer out.',
      policeReference: 'CAD 0412 03/07/26',
      healthAndSafetyFlag: true
    })
  );
  // Another report about the same person that the case does not rest on: 23:30 UTC on 31 May is
  // 00:30 on 1 June in UK time.
  store.tables.incidents.seed(
    incident({
      id: 'incident-other',
      occurredAt: '2026-05-31T23:30:00.000Z' as IsoInstant,
      channel: 'email',
      service: 'Revenues',
      categories: ['unreasonableLevelsOfContact'],
      narrative: 'Nine emails overnight about the council tax bill.',
      immediateAction: 'none'
    })
  );
  store.tables.cases.seed(kase({ id: 'case-evidence', incidentIds: ['incident-1', 'incident-hs'] }));
  store.attachFile('incident-hs', 'CCTV still #1 (front desk).png');
  store.attachFile('incident-hs', "Email from Mr O'Brien.pdf");
  return store;
}

function incidentsRegion(): HTMLElement {
  return screen.getByRole('region', { name: 'Incidents' });
}

/** The incident whose heading starts with the text. */
function incidentItem(headingStart: string): HTMLElement {
  const heading = within(incidentsRegion())
    .getAllByRole('heading', { level: 4 })
    .filter((h) => (h.textContent ?? '').indexOf(headingStart) === 0)[0];
  if (!heading) throw new Error(`No incident heading starting "${headingStart}"`);
  return heading.closest('li') as HTMLElement;
}

/** The value beside a term in an incident's details. */
function fact(item: HTMLElement, term: string): HTMLElement {
  const dt = Array.from(item.querySelectorAll('dt')).filter((d) => d.textContent === term)[0];
  if (!dt) throw new Error(`No "${term}" in the incident`);
  return dt.nextElementSibling as HTMLElement;
}

describe("Case view: the case's incidents, evidence and health and safety flag (issue 13)", () => {
  test("the case's own reports come first in the order they happened, then the person's other reports marked as not in this case", async () => {
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-evidence' }} />, { user: USERS.caseOfficer, store: caseWithEvidence() });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(
      within(incidentsRegion())
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent)
    ).toEqual([
      '3 July 2026 at 09:15: Customer Contact Centre',
      '27 November 2026 at 14:30: Housing',
      '1 June 2026 at 00:30: Revenues Not in this case'
    ]);
    // Zoë Ng's report is another person's: never on this case.
    expect(incidentsRegion()).not.toHaveTextContent('Fourteen emails');
  });

  test('each report shows when (UK time), service, channel, behaviours, narrative, witnesses, immediate action, H&S flag and evidence', async () => {
    const store = caseWithEvidence();
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-evidence' }} />, { user: USERS.caseOfficer, store });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    const item = incidentItem('3 July 2026');
    expect(fact(item, 'When it happened')).toHaveTextContent('3 July 2026 at 09:15');
    expect(within(fact(item, 'When it happened')).getByText('3 July 2026 at 09:15')).toHaveAttribute(
      'datetime',
      '2026-07-03T08:15:00.000Z'
    );
    expect(fact(item, 'Service')).toHaveTextContent('Customer Contact Centre');
    expect(fact(item, 'Channel')).toHaveTextContent('Face to face');
    expect(fact(item, 'Reported by')).toHaveTextContent('Sam Staff');
    expect(fact(item, 'Behaviour')).toHaveTextContent(
      `${behaviourCategory('aggressiveAbusiveThreatening').label}; ${behaviourCategory('unreasonableDemands').label}`
    );
    expect(fact(item, 'What happened')).toHaveTextContent(
      'The customer pushed the screen off the counter and said "you will regret this".'
    );
    expect(
      within(fact(item, 'Witnesses'))
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['Kim Patel (council staff)', 'A neighbour waiting (not council staff: redact on a subject access request)']);
    expect(fact(item, 'Immediate action')).toHaveTextContent('Asked the person to leave: Security walked the customer out.');
    expect(fact(item, 'Health and safety')).toHaveTextContent('Yes A health and safety matter (RIDDOR reportable).');
    expect(fact(item, 'Police reference')).toHaveTextContent('CAD 0412 03/07/26');
    const itemId = store.tables.incidents.all().filter((row) => row.value.id === 'incident-hs')[0].itemId;
    const evidence = fact(item, 'Evidence (attached files)');
    const cctv = await within(evidence).findByRole('link', { name: 'CCTV still #1 (front desk).png' });
    expect(cctv).toHaveAttribute('href', `/sites/ccm/Lists/Incidents/Attachments/${itemId}/CCTV%20still%20%231%20(front%20desk).png`);
    expect(within(evidence).getByRole('link', { name: "Email from Mr O'Brien.pdf" })).toHaveAttribute(
      'href',
      `/sites/ccm/Lists/Incidents/Attachments/${itemId}/Email%20from%20Mr%20O'Brien.pdf`
    );

    const plain = incidentItem('27 November 2026');
    expect(fact(plain, 'Health and safety')).toHaveTextContent(/^No$/);
    expect(fact(plain, 'Witnesses')).toHaveTextContent('None recorded');
    expect(fact(plain, 'Police reference')).toHaveTextContent('None');
    expect(fact(plain, 'Immediate action')).toHaveTextContent('Ended the call');
    await waitFor(() => expect(fact(plain, 'Evidence (attached files)')).toHaveTextContent(/^None$/));
  });

  test("a report whose files cannot be listed says so with a retry; the report and the other reports' files are still shown", async () => {
    const store = caseWithEvidence();
    const listFiles = store.incidents.attachmentsOf.bind(store.incidents);
    let failures = 1;
    store.incidents.attachmentsOf = async (row) => {
      if (row.value.id === 'incident-hs' && failures-- > 0) throw new Error('SharePoint is busy');
      return listFiles(row);
    };
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-evidence' }} />, { user: USERS.caseOfficer, store });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    const item = incidentItem('3 July 2026');
    expect(await within(item).findByText(/The attached files could not be listed just now/)).toBeInTheDocument();
    expect(fact(item, 'What happened')).toHaveTextContent('you will regret this');
    // The other reports' files were read all the same.
    await waitFor(() => expect(fact(incidentItem('27 November 2026'), 'Evidence (attached files)')).toHaveTextContent(/^None$/));
    fireEvent.click(within(item).getByRole('button', { name: 'Try listing the files again' }));
    expect(await within(item).findByRole('link', { name: 'CCTV still #1 (front desk).png' })).toBeInTheDocument();
  });

  test('BR-22: a persona whose groups cannot read incident reports (the auditor) is told so in plain words, not shown an empty list', async () => {
    const store = caseWithEvidence();
    store.refusedParts = ['incidents'];
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-evidence' }} />, { user: USERS.monitoring, roles: ['auditor'], store });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(incidentsRegion()).toHaveTextContent(
      'Incident reports are not shown to you: they are seen by the people who made them and the case team.'
    );
    expect(within(incidentsRegion()).queryAllByRole('heading', { level: 4 })).toEqual([]);
    expect(incidentsRegion()).not.toHaveTextContent('No incident reports are recorded');
    expect(document.body.textContent).not.toContain('you will regret this');
  });

  test('a report the case names but that cannot be found is said to be missing', async () => {
    const store = seeded();
    store.tables.cases.seed(kase({ id: 'case-gap', incidentIds: ['incident-1', 'incident-gone'] }));
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-gap' }} />, { user: USERS.caseOfficer, store });
    await screen.findByRole('heading', { level: 2, name: "Case: Siân O'Brien" });
    expect(incidentsRegion()).toHaveTextContent('The case names an incident report that could not be found (incident-gone).');
    expect(within(incidentsRegion()).getAllByRole('heading', { level: 4 })).toHaveLength(1);
  });
});

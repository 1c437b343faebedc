/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { FoiRequestAssessment, IsoDate, IsoInstant } from '../../src/domain';
import FoiScreen from '../../src/ui/screens/foi/FoiScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { renderScreen } from './fakes/oversightFakes';

// The harness user is user-1 (login user-1@example.gov.uk, named Alex Morgan), the default
// handler: people are recorded by user id (Entra object id), not login. Today is 28 November 2026.
const HANDLER = 'user-1';

function foiStore(): ReturnType<typeof createMemoryStore> {
  return createMemoryStore();
}

function renderFoi(
  roles: Parameters<typeof renderScreen>[1]['roles'] = ['foiOfficer'],
  store = foiStore()
): ReturnType<typeof createMemoryStore> {
  // Only the FOI port is given: touching any case repository would throw (BR-16: kept apart).
  renderScreen(<FoiScreen params={{}} />, { roles, store: { foiAssessments: store.foiAssessments } });
  return store;
}

/** The text of whatever an element's aria-describedby points at (hint and validation message). */
function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function type(label: RegExp, value: string, selector?: string): void {
  fireEvent.change(selector ? screen.getByLabelText(label, { selector }) : screen.getByLabelText(label), { target: { value } });
}

async function startNew(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Start a new assessment' }));
  await screen.findByRole('form', { name: 'New assessment' });
}

function fillRequest(regime: 'FOIA' | 'EIR', ground: string): void {
  type(/^Request reference/, 'FOI-2026-0412');
  type(/^Regime/, regime);
  type(/^Date the request was received/, '2026-11-27');
  type(/^Ground for refusal/, ground);
}

describe('FOI officer screen', () => {
  test('the route is for the FOI officer only, in the app', () => {
    const route = findRoute('foi');
    expect(route).toBeDefined();
    const foi = route as NonNullable<typeof route>;
    expect(routeVisibleTo(foi, ['staff', 'foiOfficer'], 'app')).toBe(true);
    for (const roles of [
      ['staff'],
      ['customerRelationsOfficer'],
      ['executiveDirector', 'headOfService'],
      ['councillor'],
      ['auditor']
    ] as const) {
      expect(routeVisibleTo(foi, roles, 'app')).toBe(false);
    }
    expect(routeVisibleTo(foi, ['foiOfficer'], 'guidance')).toBe(false);
  });

  test('renders for the FOI officer: the BR-16 note, the list and FOI guidance beside it', async () => {
    renderFoi();
    expect(screen.getByRole('heading', { level: 2, name: 'FOI and EIR assessments' })).toBeInTheDocument();
    expect(screen.getByText(/can never be a ground to refuse a request under the Freedom of Information Act/)).toBeInTheDocument();
    expect(await screen.findByText('There are no assessments yet')).toBeInTheDocument();
    const aside = screen.getByRole('complementary', { name: 'Guidance for the FOI officer' });
    expect(within(aside).getByText('Restrictions never decide information requests')).toBeInTheDocument();
  });

  test('BR-16: requests for information passed from case management are listed, soonest due first, until taken in', async () => {
    const store = foiStore();
    const passed = (id: string, dueDate: string, personName: string): Parameters<typeof store.tasks.create>[0] => ({
      id,
      kind: 'informationRequest',
      assignees: [HANDLER],
      personName,
      recordId: `contact-${id}`,
      dueDate: dueDate as IsoDate,
      createdAt: '2026-11-20T10:00:00Z' as IsoInstant,
      detail: `Send this FOIA request to the FOI officer. The person's contact restriction is not a reason to refuse it; the request is assessed on its own. Received 20 November 2026: request ${id}.`,
      done: false
    });
    await store.tasks.create(passed('task-b', '2026-12-18', 'Brian Brannigan'), undefined);
    await store.tasks.create(passed('task-a', '2026-11-27', "Siân O'Brien"), undefined);
    const update = jest.spyOn(store.tasks, 'update');
    renderScreen(<FoiScreen params={{}} />, { roles: ['foiOfficer'], store: { foiAssessments: store.foiAssessments, tasks: store.tasks } });
    const section = await screen.findByRole('region', { name: 'Requests for information passed to you (2)' });
    const requests = within(section).getAllByRole('article');
    expect(requests.map((request) => request.getAttribute('aria-label'))).toEqual([
      "Request from Siân O'Brien",
      'Request from Brian Brannigan'
    ]);
    expect(requests[0]).toHaveTextContent('Overdue: answer was due by 27 November 2026');
    expect(requests[1]).toHaveTextContent('Answer by 18 December 2026');
    expect(requests[0]).toHaveTextContent("The person's contact restriction is not a reason to refuse it");
    fireEvent.click(within(requests[0]).getByRole('button', { name: 'Taken into the FOI process' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Requests for information passed to you (1)' })).toBeInTheDocument());
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ value: expect.objectContaining({ id: 'task-a' }) }),
      expect.objectContaining({ done: true })
    );
  });

  test('other roles get an explanation, not the form', () => {
    renderScreen(<FoiScreen params={{}} />, { roles: ['staff', 'customerRelationsOfficer'], store: {} });
    expect(screen.getByText('This screen is for the FOI officer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a new assessment' })).not.toBeInTheDocument();
  });

  test('every field in the form has an accessible label', async () => {
    renderFoi();
    await startNew();
    type(/^Regime/, 'EIR');
    type(/^Ground for refusal/, 's14_2');
    fireEvent.click(screen.getByLabelText('Burden on the council', { selector: 'input[type="checkbox"]' }));
    fireEvent.click(screen.getByLabelText(/relying on FOIA section 17\(6\)/));
    fireEvent.click(screen.getByRole('button', { name: 'Add a clarification pause' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a conciliatory or warning step' }));
    const form = screen.getByRole('form', { name: 'New assessment' });
    const controls = Array.from(form.querySelectorAll('input, select, textarea')) as HTMLElement[];
    expect(controls.length).toBeGreaterThan(40);
    for (const control of controls) {
      expect(control).toHaveAccessibleName();
    }
  });

  test('validation messages from the domain validator appear next to the fields', async () => {
    renderFoi();
    await startNew();
    type(/^Date the request was received/, '2026-12-02');
    fireEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(await screen.findByText('There is a problem')).toBeInTheDocument();
    const reference = screen.getByLabelText(/^Request reference/);
    expect(reference).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(reference)).toContain('Enter the request reference');
    expect(descriptionOf(screen.getByLabelText(/^Regime/))).toContain('Choose whether this is an FOI or EIR request.');
    expect(descriptionOf(screen.getByLabelText(/^Date the request was received/))).toContain(
      'The date the request was received cannot be in the future.'
    );
    // Starting a group asks for the rest of it.
    type(/^Date the request was received/, '2026-11-27');
    type(/^Burden on the council$/, 'Forty requests in a month on the same topic.', 'textarea');
    expect(descriptionOf(screen.getByLabelText(/^The requester’s motive/))).toContain("Enter the requester's motive.");
  });

  test('BR-17: the issue shows at the decision-maker when the decision-maker is the handler, and a senior review clears it', async () => {
    renderFoi();
    await startNew();
    fillRequest('FOIA', 's14_1');
    // Prefilled with the signed-in officer (HANDLER), shown by name in the people picker.
    expect(screen.getByLabelText(/^Request handler/)).toHaveValue('Alex Morgan');
    type(/^Decision-maker/, HANDLER);
    const decisionMaker = screen.getByLabelText(/^Decision-maker/);
    expect(descriptionOf(decisionMaker)).toContain('The decision must be made by someone other than the request handler');
    expect(
      within(screen.getByRole('list', { name: 'Problems with the refusal' })).getByText(/someone other than the request handler/)
    ).toHaveTextContent('(BR-17)');
    type(/^Senior review by/, 'head.of.legal@example.gov.uk');
    expect(descriptionOf(screen.getByLabelText(/^Decision-maker/))).not.toContain('someone other than the request handler');
  });

  test('BR-18: an EIR refusal needs the public interest test and the presumption in favour of disclosure', async () => {
    renderFoi();
    await startNew();
    fillRequest('EIR', 'eir12_4_b');
    expect(descriptionOf(screen.getByLabelText(/^Public interest test/))).toContain('Record the public interest test');
    expect(descriptionOf(screen.getByLabelText(/^Presumption in favour of disclosure/))).toContain(
      'Record how the presumption in favour of disclosure was applied.'
    );
    type(/^Public interest test/, 'Some public interest in the depot; outweighed by the burden of the 40th request this month.');
    type(/^Presumption in favour of disclosure/, 'Started from disclosure; the burden clearly outweighs it.');
    expect(descriptionOf(screen.getByLabelText(/^Public interest test/))).not.toContain('Record the public interest test');
    // The FOI Act ground is wrong for environmental information.
    type(/^Ground for refusal/, 's14_1');
    expect(descriptionOf(screen.getByLabelText(/^Ground for refusal/))).toContain(
      'Environmental information is refused under EIR regulation 12(4)(b)'
    );
  });

  test('the deadline is 20 statutory working days, over St Andrew\u2019s Day and the Christmas bank holidays', async () => {
    renderFoi();
    await startNew();
    expect(screen.getByText('Enter the date the request was received to see the statutory deadline.')).toBeInTheDocument();
    type(/^Date the request was received/, '2026-11-27');
    const due = screen.getByText(/^Respond by/);
    expect(due).toHaveTextContent('Respond by 30 December 2026');
    expect(due.querySelector('time')).toHaveAttribute('datetime', '2026-12-30');
    // A clarification still awaited stops the clock.
    fireEvent.click(screen.getByRole('button', { name: 'Add a clarification pause' }));
    type(/^Clarification 1: date asked for/, '2026-11-27');
    expect(screen.getByText(/No deadline while clarification is awaited/)).toBeInTheDocument();
  });

  test('a date typed digit by digit passes through years no calendar covers: the form says so and stays on screen', async () => {
    renderFoi();
    await startNew();
    // Chromium's date input gives 0002-11-16 after the first digit of the year is typed.
    type(/^Date the request was received/, '0002-11-16');
    expect(screen.getByText(/Working days can only be counted for dates the statutory calendar covers/)).toBeInTheDocument();
    type(/^Date the request was received/, '1902-11-16');
    expect(screen.getByRole('button', { name: 'Save assessment' })).toBeInTheDocument();
    type(/^Date the request was received/, '2026-11-16');
    expect(screen.getByText(/^Respond by/)).toHaveTextContent('Respond by 15 December 2026');
  });

  test('the guidance beside the form follows the part being filled in', async () => {
    renderFoi();
    await startNew();
    const aside = screen.getByRole('complementary', { name: 'Guidance for the FOI officer' });
    expect(within(aside).queryByText('Who decides')).not.toBeInTheDocument();
    fireEvent.focus(screen.getByLabelText(/^Decision-maker/));
    expect(
      within(screen.getByRole('complementary', { name: 'Guidance for the FOI officer' })).getByText('Who decides')
    ).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText(/relying on FOIA section 17\(6\)/));
    fireEvent.focus(screen.getByLabelText(/^Earlier refusal notice reference/));
    expect(
      within(screen.getByRole('complementary', { name: 'Guidance for the FOI officer' })).getByText(/Not sending another refusal notice/)
    ).toBeInTheDocument();
  });

  test('BR-16: citing a CCM restriction is flagged at the ground, and the note is always shown', async () => {
    renderFoi();
    await startNew();
    expect(screen.getByText('A restriction is never a reason to refuse')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText(/requester has a customer case management restriction/));
    expect(descriptionOf(screen.getByLabelText(/^Ground for refusal/))).toContain(
      'A customer case management restriction can never be a reason to refuse an information request.'
    );
  });

  test('saves through store.foiAssessments with a request key and the computed due date, then lists it', async () => {
    const store = renderFoi();
    await startNew();
    fillRequest('FOIA', 's14_2');
    type(/^Earlier request and its answer/, 'FOI-2026-0301, information provided on 2 October 2026');
    type(/^Decision-maker/, 'head.of.legal@example.gov.uk');
    const create = jest.spyOn(store.foiAssessments, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(await screen.findByText('Assessment FOI-2026-0412 saved.')).toBeInTheDocument();
    expect(create).toHaveBeenCalledTimes(1);
    const [value, options] = create.mock.calls[0] as [FoiRequestAssessment, { requestKey?: string }];
    expect(options.requestKey).toBe('request-1');
    expect(value).toMatchObject({
      id: 'FOI-2026-0412',
      regime: 'FOIA',
      receivedOn: '2026-11-27',
      statutoryDueDate: '2026-12-30',
      ground: 's14_2',
      handlerId: HANDLER
    });
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    const table = await screen.findByRole('table', { name: 'FOI and EIR assessments' });
    expect(within(table).getByText('FOI-2026-0412')).toBeInTheDocument();
    expect(within(table).getByText('30 December 2026')).toBeInTheDocument();
  });

  test('opens a saved assessment and updates it with its etag', async () => {
    const store = foiStore();
    const saved: FoiRequestAssessment = {
      id: 'EIR-2026-0099',
      regime: 'EIR',
      receivedOn: '2026-11-02' as IsoDate,
      statutoryDueDate: '2026-12-01' as IsoDate,
      clarificationPauses: [],
      indicatorsConsidered: [],
      conciliatorySteps: [],
      handlerId: HANDLER,
      handlerHeavilyInvolved: false
    };
    store.tables.foi.seed(saved);
    renderFoi(['foiOfficer'], store);
    fireEvent.click(await screen.findByRole('button', { name: 'Open assessment EIR-2026-0099' }));
    expect(await screen.findByRole('form', { name: 'Assessment EIR-2026-0099' })).toBeInTheDocument();
    type(/^Public interest test/, 'Weighed.');
    fireEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    await waitFor(() => expect(store.tables.foi.all()[0].value.publicInterestTest).toBe('Weighed.'));
  });

  test('a save over someone else\u2019s change offers reload or merge (their change kept), never overwrite', async () => {
    const store = foiStore();
    const first = store.tables.foi.seed({
      id: 'FOI-2026-0500',
      regime: 'FOIA',
      receivedOn: '2026-11-20' as IsoDate,
      clarificationPauses: [],
      indicatorsConsidered: [],
      conciliatorySteps: [],
      handlerId: HANDLER,
      handlerHeavilyInvolved: false
    });
    renderFoi(['foiOfficer'], store);
    fireEvent.click(await screen.findByRole('button', { name: 'Open assessment FOI-2026-0500' }));
    await store.tables.foi.update(first, { ...first.value, icoReference: 'IC-123456-A1B2' });
    type(/^Decision-maker/, 'head.of.legal@example.gov.uk');
    fireEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(await screen.findByText('Someone else changed this record')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Apply my changes to the latest version' }));
    await waitFor(() =>
      expect(store.tables.foi.all()[0].value).toMatchObject({
        icoReference: 'IC-123456-A1B2',
        decisionMakerId: 'head.of.legal@example.gov.uk'
      })
    );
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IsoInstant } from '../../src/domain';
import { completeChecklist } from '../../src/domain/workflow/testing/fixtures';
import InvocationScreen from '../../src/ui/screens/invocation/InvocationScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen, someoneElseSaves, storedCase } from './fakes/caseScreens';

const ALTERNATE = '00000000-0000-4000-8000-0000000000a1';
const CRO_SEAT = /^Customer Relations Officer or Alternate officer/;

function seeded(withChecklist: boolean = true): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  const current = store.tables.cases.all().filter((r) => r.value.id === 'case-1')[0];
  if (withChecklist) store.tables.cases.seed({ ...current.value, checklist: completeChecklist() });
  const conflict = [
    {
      userId: USERS.caseOfficer.id,
      kind: 'priorInvolvement' as const,
      detail: 'Handled their 2025 complaint.',
      declaredAt: '2026-11-27T16:00:00.000Z' as IsoInstant
    }
  ];
  store.tables.cases.seed(
    kase({ id: 'case-alt', checklist: completeChecklist(), caseOfficerId: ALTERNATE, conflictDeclarations: conflict })
  );
  store.tables.cases.seed(kase({ id: 'case-cro-conflicted', checklist: completeChecklist(), conflictDeclarations: conflict }));
  return store;
}

async function open(caseId: string = 'case-1', store = seeded()): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<InvocationScreen params={{ caseId }} />, {
    user: USERS.manager,
    store,
    extraHolders: { alternateOfficer: [ALTERNATE] }
  });
  await screen.findByRole('heading', { level: 2, name: "Panel decision: Siân O'Brien" });
  return rendered;
}

function choose(label: RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label, { selector: 'select' }), { target: { value } });
}

function fillPanel(croSeat: string = `customerRelationsOfficer|${USERS.caseOfficer.id}`): void {
  choose(/^Head of service/, `headOfService|${USERS.manager.id}`);
  choose(/^Executive Director/, `executiveDirector|${USERS.director.id}`);
  choose(CRO_SEAT, croSeat);
  choose(/^Decision/, 'Invoke');
  fireEvent.change(screen.getByLabelText(/^Reasons for the decision/), {
    target: { value: 'Three threatening calls in a month despite an informal warning.' }
  });
}

describe('Panel decision (invocation)', () => {
  test('is for panel roles only', async () => {
    const route = findRoute('invocation') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, ['headOfService'], 'app')).toBe(true);
    expect(routeVisibleTo(route, ['executiveDirector'], 'app')).toBe(true);
    expect(routeVisibleTo(route, ['staff'], 'app')).toBe(false);
    expect(routeVisibleTo(route, ['lineManager'], 'app')).toBe(false);
    renderAppAt('invocation', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });

  test('shows one required seat per panel role for the customer route (BR-02), with guidance beside it', async () => {
    await open();
    const panel = screen.getByRole('group', { name: 'Who sat on the panel' });
    expect(within(panel).getAllByRole('combobox')).toHaveLength(3);
    expect(screen.getByLabelText(/^Head of service/, { selector: 'select' })).toBeRequired();
    expect(screen.getByLabelText(CRO_SEAT, { selector: 'select' })).toBeRequired();
    expect(screen.getByRole('complementary', { name: 'Guidance: the panel decision' })).toBeInTheDocument();
  });

  test('seats show people by name, with their user id as the value', async () => {
    await open();
    const option = within(screen.getByLabelText(/^Executive Director/, { selector: 'select' })).getByRole('option', {
      name: 'Ed Director (Executive Director, Resources and Support Services)'
    }) as HTMLOptionElement;
    expect(option.value).toBe(`executiveDirector|${USERS.director.id}`);
  });

  test('an empty decision lists each missing seat, the decision and the reasons next to the fields', async () => {
    const { store } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText(/^Head of service/, { selector: 'select' }))).toContain(
        'Choose who sat as Head of service.'
      )
    );
    expect(descriptionOf(screen.getByLabelText(CRO_SEAT, { selector: 'select' }))).toContain(
      'Choose who sat as Customer Relations Officer or Alternate officer.'
    );
    expect(descriptionOf(screen.getByLabelText(/^Decision/, { selector: 'select' }))).toContain('Choose the decision.');
    expect(descriptionOf(screen.getByLabelText(/^Reasons for the decision/))).toContain('Record the reasons for the decision.');
    expect(storedCase(store, 'case-1').invocationDecision).toBeUndefined();
  });

  test('a full panel invoking the policy is saved and the case moves to the monitoring letter', async () => {
    const { store, navigations } = await open();
    fillPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(navigations).toEqual([{ screen: 'case', params: { caseId: 'case-1' } }]));
    const saved = storedCase(store, 'case-1');
    expect(saved.status).toBe('MonitoringLetterDraft');
    expect(saved.invocationDecision?.outcome).toBe('Invoke');
    expect(saved.invocationDecision?.attendees.map((a) => [a.role, a.userId])).toEqual([
      ['headOfService', USERS.manager.id],
      ['executiveDirector', USERS.director.id],
      ['customerRelationsOfficer', USERS.caseOfficer.id]
    ]);
    expect(saved.invocationDecision?.monitoringPeriod).toEqual({ lengthMonths: 3 });
  });

  test('invoking with an incomplete checklist is refused (BR-04)', async () => {
    const { store } = await open('case-1', seeded(false));
    fillPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('Not saved (BR-04)')).toBeInTheDocument();
    expect(storedCase(store, 'case-1').status).toBe('AwaitingInvocationDecision');
  });

  test('when the CRO declared earlier involvement, only the alternate is offered for that seat (BR-03)', async () => {
    const { store, navigations } = await open('case-alt');
    expect(screen.getByText(/The alternate officer must take their seat/)).toBeInTheDocument();
    const options = within(screen.getByLabelText(CRO_SEAT, { selector: 'select' }))
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(['', `alternateOfficer|${ALTERNATE}`]);
    fillPanel(`alternateOfficer|${ALTERNATE}`);
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(navigations).toHaveLength(1));
    expect(storedCase(store, 'case-alt').invocationDecision?.attendees[2]).toMatchObject({ role: 'alternateOfficer', userId: ALTERNATE });
  });

  test('a conflicted CRO still named as case officer is refused until the alternate is assigned (BR-03)', async () => {
    const { store } = await open('case-cro-conflicted');
    fillPanel(`alternateOfficer|${ALTERNATE}`);
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('Not saved (BR-03)')).toBeInTheDocument();
    expect(screen.getByText('This officer has declared earlier involvement. Assign the alternate officer instead.')).toBeInTheDocument();
    expect(storedCase(store, 'case-cro-conflicted').invocationDecision).toBeUndefined();
  });

  test('a conflicted CRO: choosing the alternate officer saves the decision with the alternate as case officer (BR-03)', async () => {
    const { store, navigations } = await open('case-cro-conflicted');
    const alternate = screen.getByLabelText(/^Alternate officer to assign as case officer/, { selector: 'select' });
    expect(descriptionOf(alternate)).toContain('declared earlier involvement');
    const options = within(alternate)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(['', ALTERNATE]);
    fillPanel(`alternateOfficer|${ALTERNATE}`);
    choose(/^Alternate officer to assign as case officer/, ALTERNATE);
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(navigations).toEqual([{ screen: 'case', params: { caseId: 'case-cro-conflicted' } }]));
    const saved = storedCase(store, 'case-cro-conflicted');
    expect(saved.caseOfficerId).toBe(ALTERNATE);
    expect(saved.invocationDecision?.spocUserId).toBe(ALTERNATE);
    expect(saved.invocationDecision?.outcome).toBe('Invoke');
    expect(saved.status).toBe('MonitoringLetterDraft');
  });

  test('no alternate choice is offered when the case officer has no conflict', async () => {
    await open();
    expect(screen.queryByLabelText(/^Alternate officer to assign as case officer/)).not.toBeInTheDocument();
  });

  // Regression: apply() used to return undefined on a conflict, which the screen took as "saved",
  // navigating away and unmounting the reload/merge dialog. A conflict must keep the user here.
  test('a stale copy offers reload or merge; reload keeps the other version and saves nothing of mine', async () => {
    const { store, navigations } = await open();
    await someoneElseSaves(store, 'case-1', (k) => ({ ...k, leadService: 'Revenues' }));
    fillPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Someone else changed this record');
    expect(within(dialog).getByText('Apply my changes to the latest version')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByText('Load the latest version'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const saved = storedCase(store, 'case-1');
    expect(saved.leadService).toBe('Revenues');
    expect(saved.invocationDecision).toBeUndefined();
    expect(navigations).toEqual([]);
  });

  test('a stale copy merged with "apply my changes" saves on the latest version, then leaves for the case', async () => {
    const { store, navigations } = await open();
    await someoneElseSaves(store, 'case-1', (k) => ({ ...k, leadService: 'Revenues' }));
    fillPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(navigations).toEqual([]);
    fireEvent.click(within(dialog).getByText('Apply my changes to the latest version'));
    await waitFor(() => expect(navigations).toEqual([{ screen: 'case', params: { caseId: 'case-1' } }]));
    const saved = storedCase(store, 'case-1');
    expect(saved.leadService).toBe('Revenues');
    expect(saved.invocationDecision?.outcome).toBe('Invoke');
  });
});

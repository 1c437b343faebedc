/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CHECKLIST_ITEMS, checklistGaps, isChecklistComplete } from '../../src/domain';
import ChecklistScreen from '../../src/ui/screens/checklist/ChecklistScreen';
import { findRoute, routeVisibleTo } from '../../src/ui/shell/routes';
import { seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { descriptionOf, renderAppAt, renderCaseScreen, someoneElseSaves, storedCase } from './fakes/caseScreens';

function seeded(): ReturnType<typeof createMemoryStore> {
  const store = createMemoryStore();
  seedDemo(store);
  return store;
}

function item(index: number): HTMLElement {
  // A legend lookup: role queries over the 13 fieldsets are too slow in jsdom.
  return screen
    .getByText((content) => content.startsWith(`Item ${String(index).padStart(2, '0')}:`), { selector: 'legend' })
    .closest('fieldset') as HTMLElement;
}

function notApplicable(index: number, reason: string): void {
  fireEvent.click(within(item(index)).getByLabelText('Not applicable'));
  fireEvent.change(within(item(index)).getByLabelText(/Why it does not apply/), { target: { value: reason } });
}

function answered(index: number, answer: string, evidence: string): void {
  fireEvent.click(within(item(index)).getByLabelText('Answer with evidence'));
  fireEvent.change(within(item(index)).getByLabelText(/^Answer/, { selector: 'textarea' }), { target: { value: answer } });
  fireEvent.change(within(item(index)).getByLabelText(/^Evidence/, { selector: 'textarea' }), { target: { value: evidence } });
}

async function open(store = seeded()): Promise<ReturnType<typeof renderCaseScreen>> {
  const rendered = renderCaseScreen(<ChecklistScreen params={{ caseId: 'case-1' }} />, { user: USERS.caseOfficer, store });
  await screen.findByRole('heading', { level: 2, name: "Consider before restricting: Siân O'Brien" });
  return rendered;
}

describe('Consider-before-restricting checklist', () => {
  test('is for case officers only', async () => {
    const route = findRoute('checklist') as NonNullable<ReturnType<typeof findRoute>>;
    expect(routeVisibleTo(route, USERS.caseOfficer.roles, 'app')).toBe(true);
    expect(routeVisibleTo(route, USERS.manager.roles, 'app')).toBe(false);
    expect(routeVisibleTo(route, USERS.staff.roles, 'app')).toBe(false);
    renderAppAt('checklist', USERS.staff, seeded());
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });

  test('renders the 13 items with the checklist guidance beside the form', async () => {
    await open();
    expect(CHECKLIST_ITEMS).toHaveLength(13);
    for (let index = 1; index <= 13; index += 1) expect(item(index)).toBeInTheDocument();
    expect(screen.getByText(/0 of 13 items complete/)).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Guidance: the checklist' })).toBeInTheDocument();
  });

  test('an incomplete checklist shows each gap next to its item and is saved as incomplete (BR-04)', async () => {
    const { store } = await open();
    answered(1, 'Yes', 'Call notes of 27 November.');
    fireEvent.click(within(item(2)).getByLabelText('Not applicable'));
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    expect(await screen.findByText('Checklist saved. 12 items still to do.')).toBeInTheDocument();
    expect(descriptionOf(within(item(1)).getByRole('radiogroup'))).toBe('');
    const gaps = checklistGaps({ answers: storedCase(store, 'case-1').checklist?.answers ?? [] });
    expect(gaps).toHaveLength(12);
    const item2Gap = gaps.filter((g) => g.itemId === 'C02')[0].message;
    expect(descriptionOf(within(item(2)).getByRole('radiogroup'))).toContain(item2Gap);
    expect(descriptionOf(within(item(13)).getByRole('radiogroup'))).toContain(gaps.filter((g) => g.itemId === 'C13')[0].message);
    expect(isChecklistComplete(storedCase(store, 'case-1').checklist)).toBe(false);
  });

  test('all 13 answered with evidence or N/A and a reason is saved complete through the store', async () => {
    const { store } = await open();
    for (let index = 1; index <= 13; index += 1) {
      if (index === 12) notApplicable(index, 'No statutory service is affected.');
      else answered(index, 'Yes', `Evidence for item ${index}.`);
    }
    expect(screen.getByText(/13 of 13 items complete/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    expect(await screen.findByText('Checklist saved and complete.')).toBeInTheDocument();
    const checklist = storedCase(store, 'case-1').checklist;
    expect(isChecklistComplete(checklist)).toBe(true);
    expect(checklist?.answers.filter((a) => a.itemId === 'C12')[0]).toEqual({
      itemId: 'C12',
      kind: 'notApplicable',
      reason: 'No statutory service is affected.'
    });
    expect(checklist?.completedBy).toBe(USERS.caseOfficer.id);
  });

  test('BR-04 evidence that says nothing ("see file") does not count: the item is named with the reason', async () => {
    await open();
    for (let index = 1; index <= 13; index += 1) answered(index, 'Yes', index === 5 ? 'see file' : `Evidence for item ${index}.`);
    expect(screen.getByText(/12 of 13 items complete/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    const reason =
      /say what the evidence is \(for example the dates of the calls and what was said\); \u201csee file\u201d does not show it/;
    expect(await screen.findAllByText(reason)).not.toHaveLength(0);
    expect(screen.queryByText('Checklist saved and complete.')).not.toBeInTheDocument();
  });

  test('a stale copy offers reload or merge; merge keeps the other change and adds mine', async () => {
    const { store } = await open();
    await someoneElseSaves(store, 'case-1', (k) => ({ ...k, leadService: 'Revenues' }));
    notApplicable(3, 'The customer has not asked for any adjustment.');
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Someone else changed this record');
    expect(within(dialog).getByText('Load the latest version')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByText('Apply my changes to the latest version'));
    await waitFor(() => expect(storedCase(store, 'case-1').checklist).toBeDefined());
    const saved = storedCase(store, 'case-1');
    expect(saved.leadService).toBe('Revenues');
    expect(saved.checklist?.answers).toEqual([
      { itemId: 'C03', kind: 'notApplicable', reason: 'The customer has not asked for any adjustment.' }
    ]);
  });
});

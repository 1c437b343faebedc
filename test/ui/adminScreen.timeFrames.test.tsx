/** @jest-environment jsdom */
// Issue 18, time frames (spec 5.5): each shown with its policy default and source, changed as a
// version effective from a day, checked by the domain (the law's and the policy's limits), saved
// under the etag with an audit entry; the panel decision then offers the council's monitoring
// period instead of the policy's.
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './harness';
import { renderCaseScreen, storedCase } from './fakes/caseScreens';
import { kase, seedDemo, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { completeChecklist } from '../../src/domain/workflow/testing/fixtures';
import InvocationScreen from '../../src/ui/screens/invocation/InvocationScreen';

function field(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

async function openTimeFrames(store: MemoryStore): Promise<void> {
  renderApp(USERS.admin, { store });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
  fireEvent.click(await screen.findByRole('tab', { name: 'Time frames' }));
  await screen.findByText('Save the time frames');
}

describe('Administration: time frames', () => {
  test('each time frame shows its policy default and source; a shorter monitoring period is saved from a day, with its audit entry', async () => {
    const store = createMemoryStore();
    await openTimeFrames(store);
    const monitoring = field(/^Monitoring period \(months\)/);
    expect(monitoring).toHaveValue(3);
    expect(
      screen.getByText('Policy default 3 (SRC N6, M1: three months, or less if appropriate). In effect today: 3.')
    ).toBeInTheDocument();
    expect(screen.getByText(/Policy default 6 \(INF; the council’s revised figure is a GAP\)/)).toBeInTheDocument();
    expect(screen.getByText('None: the policy defaults apply.')).toBeInTheDocument();

    fireEvent.change(field(/^The new time frames apply from/), { target: { value: '2026-12-01' } });
    fireEvent.change(monitoring, { target: { value: '2' } });
    fireEvent.click(screen.getByText('Save the time frames'));
    expect(await screen.findByText(/The time frames apply from 1 December 2026/)).toBeInTheDocument();
    expect(store.settingValues.get('timeFrames')).toEqual({
      versions: [{ effectiveFrom: '2026-12-01', overrides: { monitoringPeriodMonths: 2 } }]
    });
    expect(screen.getByText('From 1 December 2026: Monitoring period (months): 2.')).toBeInTheDocument();
    expect(store.audit.map((entry) => entry.event)).toEqual([
      expect.objectContaining({
        action: 'setting.changed',
        entity: { type: 'Setting', id: 'timeFrames' },
        after: { timeFrames: [{ effectiveFrom: '2026-12-01', changed: { monitoringPeriodMonths: 2 } }] }
      })
    ]);
  });

  test('the domain refuses what the law or the policy does not allow, and a day that has passed; nothing is saved', async () => {
    const store = createMemoryStore();
    await openTimeFrames(store);
    fireEvent.change(field(/^The new time frames apply from/), { target: { value: '2026-11-01' } });
    fireEvent.change(field(/^Monitoring period \(months\)/), { target: { value: '4' } });
    fireEvent.change(field(/^FOI\/EIR response or refusal/), { target: { value: '25' } });
    fireEvent.click(screen.getByText('Save the time frames'));
    const refusal = (await screen.findByText('Not saved')).closest('[role="alert"]') as HTMLElement;
    expect(within(refusal).getByText(/cannot apply from a day that has passed/)).toBeInTheDocument();
    expect(within(refusal).getByText(/three months, or less if appropriate/)).toBeInTheDocument();
    expect(within(refusal).getByText(/FOIA s\.10\(1\) and EIR reg\.5\(2\) sets that limit/)).toBeInTheDocument();
    expect(store.settingValues.has('timeFrames')).toBe(false);
    expect(store.audit).toHaveLength(0);
  });

  test('the panel decision offers the monitoring period in effect, and refuses a longer one', async () => {
    const store = createMemoryStore();
    seedDemo(store);
    store.settingValues.set('timeFrames', { versions: [{ effectiveFrom: '2026-11-01', overrides: { monitoringPeriodMonths: 2 } }] });
    store.tables.cases.seed(kase({ id: 'case-tf', checklist: completeChecklist() }));
    const { navigations } = renderCaseScreen(<InvocationScreen params={{ caseId: 'case-tf' }} />, { user: USERS.manager, store });
    await screen.findByRole('heading', { level: 2, name: "Panel decision: Siân O'Brien" });
    const choose = (label: RegExp, value: string): void => {
      fireEvent.change(screen.getByLabelText(label, { selector: 'select' }), { target: { value } });
    };
    choose(/^Head of service/, `headOfService|${USERS.manager.id}`);
    choose(/^Executive Director/, `executiveDirector|${USERS.director.id}`);
    choose(/^Customer Relations Officer or Alternate officer/, `customerRelationsOfficer|${USERS.caseOfficer.id}`);
    choose(/^Decision/, 'Invoke');
    fireEvent.change(screen.getByLabelText(/^Reasons for the decision/), { target: { value: 'Threats after an informal warning.' } });
    const months = field(/^Monitoring period in months \(usually 2\)/);
    expect(months).toHaveValue(2);
    fireEvent.change(months, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('The monitoring period is 1 to 2 months.')).toBeInTheDocument();
    fireEvent.change(months, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(navigations).toEqual([{ screen: 'case', params: { caseId: 'case-tf' } }]));
    expect(storedCase(store, 'case-tf').invocationDecision?.monitoringPeriod).toEqual({ lengthMonths: 2 });
  });
});

/** @jest-environment jsdom */
// BR-24: the retention schedule on the administration screen, beside the time frames: one rule
// per kind of record (months, from when, DPO confirms first or automatic), checked by the domain,
// saved under the setting's etag with an audit entry saying which rules changed.
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from './harness';
import './fakes/caseScreens';
import { USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';

async function openRetention(store: MemoryStore): Promise<void> {
  renderApp(USERS.admin, { store });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
  fireEvent.click(await screen.findByRole('tab', { name: 'Retention' }));
  await screen.findByText('Save the retention schedule');
}

function ruleOf(name: RegExp): HTMLElement {
  return screen.getByRole('group', { name });
}

describe('BR-24 Administration: retention schedule', () => {
  test('the defaults are shown; a shorter FOI period disposed of automatically is saved, with its audit entry', async () => {
    const store = createMemoryStore();
    await openRetention(store);
    const foi = ruleOf(/^FOI or EIR assessment file/);
    expect(within(foi).getByLabelText(/^Months kept/)).toHaveValue(36);
    expect(within(ruleOf(/^Removed warning marker/)).getByLabelText(/^Months kept/)).toHaveValue(12);
    fireEvent.change(within(foi).getByLabelText(/^Months kept/), { target: { value: '24' } });
    fireEvent.change(within(foi).getByLabelText(/^Disposal/), { target: { value: 'automatic' } });
    fireEvent.click(screen.getByText('Save the retention schedule'));
    expect(await screen.findByText(/applies from the next run of the case service’s sweep/)).toBeInTheDocument();
    expect((store.settingValues.get('retentionSchedule') as Record<string, unknown>).foiFile).toEqual({
      months: 24,
      trigger: 'closedOn',
      disposal: 'automatic'
    });
    expect(store.audit.map((entry) => entry.event)).toEqual([
      expect.objectContaining({
        action: 'setting.changed',
        entity: { type: 'Setting', id: 'retentionSchedule' },
        after: {
          foiFile: '36 months from the date it was closed, the DPO confirms first → 24 months from the date it was closed, automatic'
        }
      })
    ]);
  });

  test('BR-24 no kind of record can be kept for zero months: the domain refuses it beside the field and nothing is saved', async () => {
    const store = createMemoryStore();
    await openRetention(store);
    const marker = ruleOf(/^Removed warning marker/);
    fireEvent.change(within(marker).getByLabelText(/^Months kept/), { target: { value: '0' } });
    fireEvent.click(screen.getByText('Save the retention schedule'));
    expect(await screen.findByText('Not saved')).toBeInTheDocument();
    expect(screen.getAllByText('A retention period must be a whole number of months, at least 1.').length).toBeGreaterThanOrEqual(1);
    expect(store.settingValues.get('retentionSchedule')).toBeUndefined();
    expect(store.audit).toEqual([]);
  });
});

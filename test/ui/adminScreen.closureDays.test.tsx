/** @jest-environment jsdom */
// Issue 18, closure days: the council's own calendar by year, checked by the domain, saved
// under its etag and audited, beside the statutory calendar (read only, with its source); a
// closure day saved here moves the council's working-day deadlines.
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderApp } from './harness';
import { USERS } from '../../local/seed/demoRecords';
import { memoryServices } from '../../local/host/memoryServices';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { addWorkingDays, formatLongDate, type IsoDate } from '../../src/domain';
import { AppServicesProvider } from '../../src/ui/services/AppServices';
import { useDeadlineContext } from '../../src/ui/services/timeFrames';

async function openClosureDays(store: MemoryStore): Promise<void> {
  renderApp(USERS.admin, { store });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
  fireEvent.click(await screen.findByRole('tab', { name: 'Closure days' }));
  await screen.findByText('Save the closure days');
}

function addDay(date: string, reason: string): void {
  fireEvent.change(screen.getByLabelText(/^Closure date/), { target: { value: date } });
  fireEvent.change(screen.getByLabelText(/^Why the council is closed/), { target: { value: reason } });
  fireEvent.click(screen.getByText('Add the closure day'));
}

/** The next council working day after 23 December 2026, as a screen would work it out. */
function NextWorkingDay(): React.ReactElement {
  const deadlines = useDeadlineContext();
  return <p>Next working day: {formatLongDate(addWorkingDays(deadlines.corporate, '2026-12-23' as IsoDate, 1))}</p>;
}

describe('Administration: closure days', () => {
  test('shows the yearly closure and the statutory calendar with its source; a closure day is added and saved with its audit entry', async () => {
    const store = createMemoryStore();
    await openClosureDays(store);
    expect(screen.getByText('12-25 to 01-01: Customer service centres closed between Christmas and New Year')).toBeInTheDocument();
    const statutory = screen.getByRole('table', { name: 'Statutory calendar in 2026 (read only)' });
    // St Andrew's Day: a bank holiday in Scotland only, so it counts on the statutory calendar alone.
    expect(within(statutory).getByText('30 November 2026').closest('tr')).toHaveTextContent(/Andrew.*Scotland$/);
    expect(screen.getByText(/from the maintained date-holidays/)).toBeInTheDocument();
    expect(screen.getByText('None in 2026.')).toBeInTheDocument();

    addDay('2026-12-24', 'Christmas Eve, agreed by the council');
    expect(screen.getByText('24 December 2026: Christmas Eve, agreed by the council')).toBeInTheDocument();
    fireEvent.click(screen.getByText('Save the closure days'));
    expect(await screen.findByText(/now apply to everyone/)).toBeInTheDocument();
    expect(store.settingValues.get('corporateClosures')).toMatchObject({
      closureDays: [{ date: '2026-12-24', reason: 'Christmas Eve, agreed by the council' }]
    });
    expect(store.audit.map((entry) => entry.event)).toEqual([
      expect.objectContaining({
        entity: { type: 'Setting', id: 'corporateClosures' },
        after: { added: [{ date: '2026-12-24', reason: 'Christmas Eve, agreed by the council' }], removed: [] }
      })
    ]);

    fireEvent.change(screen.getByLabelText(/^Year/), { target: { value: '2027' } });
    expect(screen.getByText('None in 2027.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Statutory calendar in 2027 (read only)' })).toBeInTheDocument();
  });

  test('the same day twice is refused by the domain; nothing is saved', async () => {
    const store = createMemoryStore();
    await openClosureDays(store);
    addDay('2026-12-24', 'Christmas Eve');
    addDay('2026-12-24', 'Christmas Eve again');
    fireEvent.click(screen.getByText('Save the closure days'));
    const refusal = (await screen.findByText('Not saved')).closest('[role="alert"]') as HTMLElement;
    expect(within(refusal).getByText('24 December 2026 is already a closure day.')).toBeInTheDocument();
    expect(store.settingValues.has('corporateClosures')).toBe(false);
  });

  test('a saved closure day moves the council’s working-day deadlines', () => {
    const store = createMemoryStore();
    const before = render(
      <AppServicesProvider services={memoryServices(USERS.caseOfficer, { store })}>
        <NextWorkingDay />
      </AppServicesProvider>
    );
    expect(screen.getByText('Next working day: 24 December 2026')).toBeInTheDocument();
    before.unmount();
    store.settingValues.set('corporateClosures', {
      closureDays: [{ date: '2026-12-24', reason: 'Christmas Eve' }],
      annualClosures: [{ fromMonthDay: '12-25', toMonthDay: '01-01', reason: 'Christmas to New Year' }]
    });
    render(
      <AppServicesProvider services={memoryServices(USERS.caseOfficer, { store })}>
        <NextWorkingDay />
      </AppServicesProvider>
    );
    expect(screen.getByText('Next working day: 4 January 2027')).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { isoDate, isoInstant, type Case, type Sanction } from '../../src/domain';
import { draftCase } from '../../src/domain/workflow/testing/fixtures';
import MonitoringScreen from '../../src/ui/screens/monitoring/MonitoringScreen';
import { pagesOf, renderScreen, stored } from './fakes/oversightFakes';

function sanction(id: string, reviewDate: string, endDate: string): Sanction {
  return {
    id,
    version: 1,
    caseId: `case-${id}`,
    subjectPersonId: 'p-1',
    restrictions: [{ type: 'R02', channels: ['email'] }],
    scope: { kind: 'service', service: 'Housing' },
    startDate: isoDate('2026-09-01'),
    endDate: isoDate(endDate),
    reviewDate: isoDate(reviewDate),
    spoc: { name: 'Sam Patel', channel: 'email' },
    necessaryContactArrangements: 'Email.',
    proportionalityReasons: 'Minimum needed.',
    proposedBy: 'u-cro',
    proposedAt: isoInstant('2026-08-20T09:00:00Z'),
    approvals: [],
    status: 'Active'
  };
}

const overdue = sanction('s-1', '2026-11-20', '2027-03-01');
const endingSoon = sanction('s-2', '2026-12-10', '2026-12-15');
const cases: Case[] = [overdue, endingSoon].map((s) => ({
  ...draftCase('Customer', { id: s.caseId, leadService: 'Housing' }),
  sanctions: [s],
  status: 'SanctionActive'
}));

function store(): Record<string, unknown> {
  return {
    sanctions: { listByStatus: () => pagesOf([stored(overdue), stored(endingSoon)]) },
    cases: { get: async (id: string) => stored(cases.filter((c) => c.id === id)[0]) },
    warningMarkers: { listReviewDueBy: () => pagesOf([]) },
    persons: { find: async (id: string) => (id === 'p-1' ? stored({ id, names: { given: 'Siân', family: "O'Brien" } }) : undefined) }
  };
}

describe('Monitoring dashboard', () => {
  test('shows active sanctions, overdue and due reviews, expiries, and the quarterly report with charts and tables', async () => {
    renderScreen(<MonitoringScreen params={{}} />, { roles: ['monitoring'], store: store() });
    const overdueSection = await screen.findByRole('region', { name: 'Reviews overdue' });
    expect(within(overdueSection).getByText("Siân O'Brien (Case case-s-1): review 20 November 2026")).toBeInTheDocument();
    // Every restriction in force, by the customer's name (journeys found only a count).
    const inForce = screen.getByRole('region', { name: 'Restrictions in force' });
    expect(
      within(inForce)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      "Siân O'Brien (Case case-s-1): One contact channel only; review 20 November 2026, ends 1 March 2027",
      "Siân O'Brien (Case case-s-2): One contact channel only; review 10 December 2026, ends 15 December 2026"
    ]);
    expect(
      within(screen.getByRole('region', { name: 'Restrictions ending in the next 30 days' })).getByText(
        "Siân O'Brien (Case case-s-2): ends 15 December 2026"
      )
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Quarterly report: Quarter 4, 2026' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Active restrictions by type: data' });
    expect(within(table).getByRole('rowheader', { name: /One contact channel only/ })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '2' })).toBeInTheDocument();
  });

  test('exports the quarterly report as CSV through a Blob download', async () => {
    const created: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: jest.fn((blob: Blob) => {
        created.push(blob);
        return 'blob:csv';
      })
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderScreen(<MonitoringScreen params={{}} />, { roles: ['executiveDirector'], store: store() });
    fireEvent.click(await screen.findByRole('button', { name: 'Download the quarterly report (CSV)' }));
    expect(click).toHaveBeenCalled();
    expect(created[0].type).toBe('text/csv;charset=utf-8');
    click.mockRestore();
  });

  test('role-based: staff do not see the dashboard', () => {
    renderScreen(<MonitoringScreen params={{}} />, { roles: ['staff'], store: store() });
    expect(screen.getByText('Monitoring is for the monitoring team')).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
// Issue 18, provisioning status: the check shows what the site lacks against the schema, the
// upgrade runs through the host's port (the administrator's own SharePoint identity) and shows
// its change report, is audited, and a refusal is said in words.
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/ui/shell/App';
import type { HostInfo } from '../../src/ui/host/hostInfo';
import { memoryServices } from '../../local/host/memoryServices';
import { USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { ForbiddenError, type ProvisioningReport, type SiteProvisioning } from '../../src/data/ports';
import { renderApp } from './harness';

const DRIFT: ProvisioningReport = {
  schemaVersion: '1.4.0',
  dryRun: true,
  changes: [{ kind: 'fieldWidened', target: 'AuditLog.EntityRef', detail: '64 to 255 characters' }],
  warnings: ['Cases.Status is FieldTypeKind 2, the schema wants Choice; left unchanged.']
};

/** A site with one drift, put right by the upgrade (as provisioning does). */
function driftedSite(): SiteProvisioning & { upgrades: number } {
  const site = {
    upgrades: 0,
    check: async (): Promise<ProvisioningReport> =>
      site.upgrades > 0 ? { schemaVersion: '1.4.0', dryRun: true, changes: [], warnings: [] } : DRIFT,
    upgrade: async (): Promise<ProvisioningReport> => {
      site.upgrades += 1;
      return { schemaVersion: '1.4.0', changes: DRIFT.changes, warnings: [] };
    }
  };
  return site;
}

async function openSiteSetup(store: MemoryStore, siteProvisioning?: SiteProvisioning): Promise<void> {
  const services = { ...memoryServices(USERS.admin, { store }), siteProvisioning };
  const host: HostInfo = {
    kind: 'local',
    theme: 'light',
    mode: 'app',
    user: { id: USERS.admin.id, login: USERS.admin.login, displayName: USERS.admin.displayName },
    deepLink: {}
  };
  render(<App host={host} services={services} />);
  fireEvent.click(within(await screen.findByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
  fireEvent.click(await screen.findByRole('tab', { name: 'Site set-up' }));
}

describe('Administration: site set-up', () => {
  test('the check shows what the site lacks; the upgrade shows its change report, is audited, and the site then matches', async () => {
    const store = createMemoryStore();
    const site = driftedSite();
    await openSiteSetup(store, site);
    fireEvent.click(screen.getByText('Check the site'));
    expect(await screen.findByText(/The site lacks 1 thing schema version 1.4.0 needs/)).toBeInTheDocument();
    const needed = screen.getByRole('table', { name: 'What the upgrade would do' });
    expect(within(needed).getByText('Column widened')).toBeInTheDocument();
    expect(within(needed).getByText('AuditLog.EntityRef')).toBeInTheDocument();
    expect(screen.getByText(/left unchanged/)).toBeInTheDocument();
    expect(site.upgrades).toBe(0);

    fireEvent.click(screen.getByText('Upgrade the site'));
    expect(await screen.findByText('Upgraded on 28 November 2026')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'What the upgrade did' })).getByText('64 to 255 characters')).toBeInTheDocument();
    expect(screen.getByText('The site has everything schema version 1.4.0 needs.')).toBeInTheDocument();
    expect(site.upgrades).toBe(1);
    expect(store.audit.map((entry) => entry.event)).toEqual([
      expect.objectContaining({
        action: 'site.upgraded',
        actorId: USERS.admin.id,
        entity: { type: 'Setting', id: 'siteSchema' },
        after: { schemaVersion: '1.4.0', changes: 1, warnings: 0 }
      })
    ]);
  });

  test('an upgrade SharePoint refuses is said in words, and nothing is audited', async () => {
    const store = createMemoryStore();
    await openSiteSetup(store, {
      check: async () => DRIFT,
      upgrade: async () => {
        throw new ForbiddenError('Access denied.', 403, []);
      }
    });
    fireEvent.click(screen.getByText('Check the site'));
    fireEvent.click(await screen.findByText('Upgrade the site'));
    expect(await screen.findByText('The site could not be upgraded')).toBeInTheDocument();
    expect(screen.getByText(/You do not have permission to do this/)).toBeInTheDocument();
    expect(store.audit).toHaveLength(0);
  });

  test('a host with no SharePoint site says the check is not available', async () => {
    renderApp(USERS.admin, { store: createMemoryStore() });
    fireEvent.click(within(await screen.findByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Site set-up' }));
    expect(screen.getByText(/Checking and upgrading the site is not available here/)).toBeInTheDocument();
  });
});

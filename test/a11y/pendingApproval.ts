// Gives the running local host page (in-memory mode) a sanction waiting for approval: the
// records of pendingApprovalRecords() go in through the app's own data port, and the page's
// fake case service then lists the approval as the real service would. The demo data set
// itself has none, because other screens' tests count its cases.
import type { Page } from 'playwright-core';
import { pendingApprovalRecords } from '../../local/seed/demoRecords';
import { addDemoRecords } from './demoRecords';

export async function addPendingApproval(page: Page): Promise<void> {
  const { person, incident, kase } = pendingApprovalRecords();
  await addDemoRecords(page, { persons: [person], incidents: [incident], cases: [kase] });
}

// Gives the running local host page (in-memory mode) a case whose sanction has been approved
// and waits for its restriction letter (SanctionLetterDraft): the pending approval's records,
// one step on. The demo data set has none, because other screens' tests count its cases.
import type { Page } from 'playwright-core';
import { pendingApprovalRecords } from '../../local/seed/demoRecords';
import { addDemoRecords } from './demoRecords';

export async function addCaseAwaitingRestrictionLetter(page: Page): Promise<string> {
  const { person, incident, kase } = pendingApprovalRecords();
  const approved = {
    ...kase,
    status: 'SanctionLetterDraft' as const,
    sanctions: kase.sanctions.map((sanction) => ({ ...sanction, status: 'Approved' as const }))
  };
  await addDemoRecords(page, { persons: [person], incidents: [incident], cases: [approved] });
  return approved.id;
}

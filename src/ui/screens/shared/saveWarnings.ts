import type { SavedCaseChange } from '../../../app/cases/saveCaseChange';

/** What was saved but not everything that follows from it: each is shown as a warning. */
export interface SaveWarnings {
  alert: string | undefined;
  audit: string | undefined;
  routing: string | undefined;
}

export const NO_SAVE_WARNINGS: SaveWarnings = { alert: undefined, audit: undefined, routing: undefined };

export const AUDIT_NOT_WRITTEN: string =
  'Saved. The audit log entry for this change could not be written. Tell the Customer Relations Officer, so the record of who did what can be completed.';

const ROUTING_NOT_WRITTEN: string =
  'Saved. The request for information could not be passed to the FOI officer just now. Tell the FOI officer about it yourself (BR-16).';

const ALERT_LEFT_FOR_SWEEP: string =
  'Saved. The alert that staff see for this customer could not be updated just now; the case service puts it right on its next check. If staff must know at once, tell the Customer Relations Officer.';

/** The warnings a saved change leaves, in the words the screen shows. */
export function saveWarningsOf(change: SavedCaseChange): SaveWarnings {
  return {
    audit: change.audit.status === 'notWritten' ? AUDIT_NOT_WRITTEN : undefined,
    alert: change.alerts.status === 'leftForSweep' ? ALERT_LEFT_FOR_SWEEP : undefined,
    routing: change.routed.status === 'notWritten' ? ROUTING_NOT_WRITTEN : undefined
  };
}

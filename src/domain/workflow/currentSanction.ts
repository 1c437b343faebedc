import type { Case } from '../model/case';
import type { Sanction } from '../model/sanction';

/** The sanction currently being proposed, awaiting its letter, or in force. */
export function currentSanction(caseRecord: Case): Sanction | undefined {
  const live = caseRecord.sanctions.filter(
    (s) => s.status === 'Proposed' || s.status === 'ChangesRequested' || s.status === 'Approved' || s.status === 'Active'
  );
  return live[live.length - 1];
}

// A case under an active restriction with one overdue request from the customer for a review
// (BR-34), for the accessibility pass over the Review screen's request section and the case view.
import type { Case, IsoDate } from '../../../src/domain';
import { activeSanction, kase, USERS } from '../../../local/seed/demoRecords';

export const CUSTOMER_REQUEST_CASE_ID = 'case-customer-request';

export function caseWithOverdueCustomerRequest(): Case {
  const sanction = activeSanction({ id: 'sanction-customer-request', caseId: CUSTOMER_REQUEST_CASE_ID });
  return kase({
    id: CUSTOMER_REQUEST_CASE_ID,
    status: 'SanctionActive',
    sanctions: [sanction],
    reviews: [
      {
        id: 'review-customer-request',
        kind: 'PersonRequested',
        sanctionId: sanction.id,
        dueDate: '2026-11-25' as IsoDate,
        requestedOn: '2026-10-27' as IsoDate,
        requestText: 'Received by letter. Asks for the restriction to be lifted because the repairs are finished.',
        assignedTo: USERS.caseOfficer.id,
        reviewers: [USERS.caseOfficer.id]
      }
    ]
  });
}

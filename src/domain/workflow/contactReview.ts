// Who must look at a contact logged on a case (BR-14, issue 16 item 5). Under "read and file"
// (R05) the council does not reply, but a named officer still reads every item for new issues and
// safeguarding, so every item goes to that reviewer, flagged or not. A safeguarding concern goes
// to the council's safeguarding contact (a role the administration screen names), who decides
// what must be done, as well as to the case officer. A new issue goes to the case officer, who
// has it handled on its merits (BR-15). Each person gets their own task, once.

import type { Case } from '../model/case';
import type { IsoDate } from '../model/dates';
import type { UserId } from '../model/ids';
import type { ContactLogEntry } from '../model/monitoring';
import type { RoleAssignments } from '../model/roles';
import type { RestrictionItem } from '../model/sanction';
import { activeSanctions } from '../sanctions/scope';

export interface ContactReviewRoute {
  assignee: UserId;
  detail: string;
}

export const SAFEGUARDING_FOR_OFFICER = 'Safeguarding concern raised in incoming contact.';
export const NO_SAFEGUARDING_CONTACT =
  ' No safeguarding contact is named in the settings: pass it to the safeguarding team yourself, and ask the site owner to name one.';
export const SAFEGUARDING_FOR_CONTACT =
  'Safeguarding concern raised in incoming contact from a customer under a contact restriction. As the safeguarding contact, decide what must be done and record it as dealt with.';
export const NEW_ISSUE_FOR_OFFICER = 'New issue raised in incoming contact. Handle it on its merits (BR-15).';
export const READ_AND_FILE_FOR_REVIEWER =
  'Read this item, filed without reply under the “read and file” restriction, and check it for new issues and safeguarding concerns (BR-14).';

/** The "read and file" (R05) reviewers of the restrictions in force on the case today. */
export function readAndFileReviewers(caseRecord: Pick<Case, 'sanctions'>, today: IsoDate): UserId[] {
  const reviewers: UserId[] = [];
  for (const sanction of activeSanctions(caseRecord.sanctions, today)) {
    for (const item of sanction.restrictions) {
      const reviewer = readAndFileReviewer(item);
      if (reviewer !== undefined && reviewers.indexOf(reviewer) < 0) reviewers.push(reviewer);
    }
  }
  return reviewers;
}

function readAndFileReviewer(item: RestrictionItem): UserId | undefined {
  return item.type === 'R05' && item.reviewerId.trim() !== '' ? item.reviewerId : undefined;
}

/**
 * The people a newly logged contact goes to and what each is asked to do. The case officer (or,
 * with none, whoever logged it) keeps every flagged item as before; the safeguarding contacts get
 * safeguarding concerns; the R05 reviewer gets every item. The first reason for a person wins, so
 * the most pressing (safeguarding) is what a person who is asked twice reads.
 */
export function contactReviewRoutes(
  caseRecord: Pick<Case, 'sanctions' | 'caseOfficerId'>,
  entry: Pick<ContactLogEntry, 'newIssue' | 'safeguardingConcern'>,
  roles: RoleAssignments,
  loggedBy: UserId,
  today: IsoDate
): ContactReviewRoute[] {
  const routes: ContactReviewRoute[] = [];
  const add = (assignee: UserId, detail: string): void => {
    if (assignee !== '' && !routes.some((r) => r.assignee === assignee)) routes.push({ assignee, detail });
  };
  const officer = caseRecord.caseOfficerId ?? loggedBy;
  if (entry.safeguardingConcern) {
    const contacts = roles.safeguardingContact ?? [];
    for (const contact of contacts) add(contact, SAFEGUARDING_FOR_CONTACT);
    add(officer, contacts.length > 0 ? SAFEGUARDING_FOR_OFFICER : SAFEGUARDING_FOR_OFFICER + NO_SAFEGUARDING_CONTACT);
  } else if (entry.newIssue) {
    add(officer, NEW_ISSUE_FOR_OFFICER);
  }
  for (const reviewer of readAndFileReviewers(caseRecord, today)) add(reviewer, READ_AND_FILE_FOR_REVIEWER);
  return routes;
}

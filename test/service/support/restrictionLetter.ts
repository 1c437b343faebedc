import { saveCaseChange, type CaseChangeStore, type SavedCaseChange } from '../../../src/app/cases/saveCaseChange';
import type { CaseStore } from '../../../src/data/ports';
import { dateOfInstant } from '../../../src/domain/model/dates';
import { applyCaseAction, requiredLetterItems } from '../../../src/domain';
import type { Case, IsoDate, IsoInstant, Letter, RoleAssignments, UserId } from '../../../src/domain';

/**
 * "The restriction letter was sent", as the tab records it (useCaseRecord.apply): the
 * domain's `sendSanctionLetter` on the case as the case officer (the engine checking the
 * letter's content against BR-07), then saved as the tab saves it (src/app saveCaseChange: the case under
 * its etag, the audit events, the staff banner), all through the repositories as that officer.
 * `writes` may wrap the officer's store (a crash between writes). The policy's order is kept: an approved
 * sanction only becomes active once the customer has been told (SanctionLetterDraft ->
 * SanctionActive).
 */
export async function sendRestrictionLetter(
  asOfficer: CaseStore,
  caseId: string,
  officer: { id: UserId; sentOn: IsoDate; now: IsoInstant },
  writes: CaseChangeStore = asOfficer
): Promise<Case> {
  return (await recordRestrictionLetterSent(asOfficer, caseId, officer, writes)).saved.value;
}

/** As sendRestrictionLetter, with what became of the staff banner. */
export async function recordRestrictionLetterSent(
  asOfficer: CaseStore,
  caseId: string,
  officer: { id: UserId; sentOn: IsoDate; now: IsoInstant },
  writes: CaseChangeStore = asOfficer
): Promise<SavedCaseChange> {
  const stored = await asOfficer.cases.get(caseId);
  const person = (await asOfficer.persons.get(stored.value.personId)).value;
  const roles = (await asOfficer.settings.get<RoleAssignments>('roleAssignments')) ?? {};
  const fields: Record<string, string> = {};
  for (const item of requiredLetterItems('RestrictionDecision')) {
    fields[item] = `Restriction decision letter, ${item}: written for case ${caseId}.`;
  }
  const letter: Letter = {
    id: `letter-${caseId}-restriction`,
    caseId,
    type: 'RestrictionDecision',
    templateVersion: '1',
    channel: 'letter',
    fields,
    sentOn: officer.sentOn,
    sentBy: officer.id
  };
  let counter = 0;
  const outcome = applyCaseAction(
    stored.value,
    { type: 'sendSanctionLetter', letter },
    {
      now: officer.now,
      actorId: officer.id,
      roles,
      person,
      // The engine checks the letter against BR-07 itself.
      newId: (prefix) => `${prefix}-${caseId}-letter-${counter++}`
    }
  );
  if (!outcome.ok) {
    throw new Error(`The restriction letter was refused: ${outcome.error.message} ${(outcome.error.details ?? []).join('; ')}`);
  }
  return saveCaseChange(writes, stored, outcome.value.case, outcome.value.auditEvents, person, dateOfInstant(officer.now));
}

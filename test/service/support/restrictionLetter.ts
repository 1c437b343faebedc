import type { CaseStore } from '../../../src/data/ports';
import { applyCaseAction, describeMissing, requiredLetterItems, validateLetter } from '../../../src/domain';
import type { Case, IsoDate, IsoInstant, Letter, RoleAssignments, UserId } from '../../../src/domain';

/**
 * "The restriction letter was sent", as the tab records it (useCaseRecord.apply): the
 * domain's `sendSanctionLetter` on the case as the case officer, the letter's content
 * checked against BR-07, then the case saved under its etag and the audit events appended,
 * all through the repositories as that officer. The policy's order is kept: an approved
 * sanction only becomes active once the customer has been told (SanctionLetterDraft ->
 * SanctionActive).
 */
export async function sendRestrictionLetter(
  asOfficer: CaseStore,
  caseId: string,
  officer: { id: UserId; sentOn: IsoDate; now: IsoInstant }
): Promise<Case> {
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
      newId: (prefix) => `${prefix}-${caseId}-letter-${counter++}`,
      validateLetter: (l) => {
        const validation = validateLetter(l.type, l.fields, {});
        return validation.ok ? [] : [describeMissing(validation)];
      }
    }
  );
  if (!outcome.ok) {
    throw new Error(`The restriction letter was refused: ${outcome.error.message} ${(outcome.error.details ?? []).join('; ')}`);
  }
  const saved = await asOfficer.cases.save(stored, outcome.value.case);
  for (const event of outcome.value.auditEvents) {
    await asOfficer.auditLog.append(event);
  }
  return saved.value;
}

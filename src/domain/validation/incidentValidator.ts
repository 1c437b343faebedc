import { BEHAVIOUR_CATEGORY_CODES, BehaviourCategoryCode } from '../model/behaviour';
import { dateOfInstant, isAfter, IsoDate } from '../model/dates';
import { AttachmentRef, IMMEDIATE_ACTIONS, INCIDENT_CHANNELS, IncidentReport, Witness } from '../model/incident';
import { err, ok, Result } from './result';
import {
  choiceList,
  FieldErrors,
  isRecord,
  optionalLine,
  optionalNote,
  requiredBoolean,
  requiredChoice,
  requiredInstant,
  requiredLine,
  requiredNote
} from './fieldValidators';
import { POLICE_REFERENCE_MAX } from './limits';
import type { ValidationError } from './validationError';

/** What the incident form submits; the store adds id, status and timestamps. */
export type IncidentReportInput = Omit<IncidentReport, 'id' | 'status' | 'submittedAt' | 'acknowledgedAt' | 'acknowledgedBy'>;

/**
 * Validates an incident report from any boundary (form, API, import). `today` stops
 * reports dated in the future. Field names match IncidentReport properties.
 */
export function validateIncidentReportInput(input: unknown, today: IsoDate): Result<IncidentReportInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const personId = requiredLine(errors, 'personId', 'the customer', source.personId);
  const reporterId = requiredLine(errors, 'reporterId', 'who is reporting', source.reporterId);
  const occurredAt = requiredInstant(errors, 'occurredAt', 'when it happened', source.occurredAt);
  if (occurredAt !== undefined && isAfter(dateOfInstant(occurredAt), today)) {
    errors.add('occurredAt', 'dateOrder', 'When it happened cannot be in the future.');
  }
  const channel = requiredChoice(errors, 'channel', 'how the contact happened', source.channel, INCIDENT_CHANNELS);
  const service = requiredLine(errors, 'service', 'the service', source.service);
  const narrative = requiredNote(errors, 'narrative', 'what happened', source.narrative);
  const categories = choiceList<BehaviourCategoryCode>(
    errors,
    'categories',
    'behaviour category',
    source.categories,
    BEHAVIOUR_CATEGORY_CODES,
    1
  );
  const immediateAction = requiredChoice(
    errors,
    'immediateAction',
    'the immediate action taken',
    source.immediateAction,
    IMMEDIATE_ACTIONS
  );
  const immediateActionDetail = optionalLine(
    errors,
    'immediateActionDetail',
    'details of the immediate action',
    source.immediateActionDetail
  );
  // As long as its column in the Incidents list allows, so a longer one is refused here in words, not by SharePoint.
  const policeReference = optionalLine(errors, 'policeReference', 'the police reference', source.policeReference, POLICE_REFERENCE_MAX);
  const healthAndSafetyFlag = requiredBoolean(
    errors,
    'healthAndSafetyFlag',
    'this is a health and safety matter',
    source.healthAndSafetyFlag
  );
  const witnesses = validateWitnesses(errors, source.witnesses);
  const attachments = validateAttachments(errors, source.attachments);

  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    personId: personId as string,
    reporterId: reporterId as string,
    occurredAt: occurredAt as IncidentReport['occurredAt'],
    channel: channel as IncidentReport['channel'],
    service: service as string,
    narrative: narrative as string,
    categories: categories as BehaviourCategoryCode[],
    immediateAction: immediateAction as IncidentReport['immediateAction'],
    immediateActionDetail,
    witnesses,
    policeReference,
    attachments,
    healthAndSafetyFlag: healthAndSafetyFlag as boolean
  });
}

function validateWitnesses(errors: FieldErrors, value: unknown): Witness[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const witnesses: Witness[] = [];
  value.forEach((item: unknown, index: number) => {
    const witness = isRecord(item) ? item : {};
    const name = requiredLine(errors, `witnesses[${index}].name`, "the witness's name", witness.name);
    if (name !== undefined) {
      witnesses.push({
        name,
        // Checked like any other text: it is stored, and a witness's id is shown on a SAR (BR-23).
        userId: optionalLine(errors, `witnesses[${index}].userId`, "the witness's user id", witness.userId),
        isThirdParty: witness.isThirdParty === true
      });
    }
  });
  return witnesses;
}

/**
 * Attachment references as the form saved them (issue 14): each is checked like any other text
 * before it is stored, rather than passed through as given. Not a list: none.
 */
function validateAttachments(errors: FieldErrors, value: unknown): AttachmentRef[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const attachments: AttachmentRef[] = [];
  value.forEach((item: unknown, index: number) => {
    const attachment = isRecord(item) ? item : {};
    const name = requiredLine(errors, `attachments[${index}].name`, "the attachment's file name", attachment.name);
    const url = optionalNote(errors, `attachments[${index}].url`, "the attachment's address", attachment.url);
    if (name !== undefined) {
      // A reference may arrive before its upload has given it an address; it is kept as it came.
      attachments.push(url === undefined ? ({ name } as AttachmentRef) : { name, url });
    }
  });
  return attachments;
}

import { BEHAVIOUR_CATEGORY_CODES, BehaviourCategoryCode } from '../model/behaviour';
import { dateOfInstant, isAfter, IsoDate } from '../model/dates';
import { IMMEDIATE_ACTIONS, INCIDENT_CHANNELS, IncidentReport, Witness } from '../model/incident';
import { err, ok, Result } from './result';
import {
  choiceList,
  FieldErrors,
  isRecord,
  optionalLine,
  requiredBoolean,
  requiredChoice,
  requiredInstant,
  requiredLine,
  requiredNote
} from './fieldValidators';
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
  const policeReference = optionalLine(errors, 'policeReference', 'the police reference', source.policeReference);
  const healthAndSafetyFlag = requiredBoolean(
    errors,
    'healthAndSafetyFlag',
    'this is a health and safety matter',
    source.healthAndSafetyFlag
  );
  const witnesses = validateWitnesses(errors, source.witnesses);

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
    attachments: Array.isArray(source.attachments) ? (source.attachments as IncidentReport['attachments']) : [],
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
        userId: typeof witness.userId === 'string' ? witness.userId : undefined,
        isThirdParty: witness.isThirdParty === true
      });
    }
  });
  return witnesses;
}

import type { IsoDate } from '../model/dates';
import {
  ADJUSTMENT_KINDS,
  CaredForRelation,
  CONTACT_CHANNEL_KINDS,
  ContactChannel,
  Person,
  ReasonableAdjustment,
  Representative,
  STATUTORY_ROLES,
  StatutoryRoleRecord,
  VULNERABILITY_FLAGS
} from '../model/person';
import {
  choiceList,
  dateNotInFuture,
  FieldErrors,
  isRecord,
  itemList,
  lineList,
  nestedFields,
  noteList,
  optionalBoolean,
  optionalDate,
  optionalLine,
  optionalNote,
  requiredBoolean,
  requiredChoice,
  requiredDate,
  requiredLine,
  requiredNote
} from './fieldValidators';
import { err, ok, Result } from './result';
import type { ValidationError } from './validationError';

/** What the person form, the service API or a SharePoint import supplies; the store adds the id. */
export type PersonInput = Omit<Person, 'id'>;

/**
 * Validates a Person record (spec §5.2 #1) from any boundary. `today` stops consent and
 * adjustment dates in the future. Unknown channels, adjustments, flags and statutory roles
 * are refused rather than dropped.
 */
export function validatePersonInput(input: unknown, today: IsoDate): Result<PersonInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const names = nestedFields(errors, 'names', "the person's name", source.names);
  const given = names === undefined ? undefined : requiredLine(errors, 'names.given', "the person's first name", names.given);
  const family = names === undefined ? undefined : requiredLine(errors, 'names.family', "the person's last name", names.family);
  const aliases = lineList(errors, 'aliases', 'other name', source.aliases, 0);
  const addresses = noteList(errors, 'addresses', 'address', source.addresses, 0);
  const contactChannels = itemList(errors, 'contactChannels', 'contact channel', source.contactChannels, 0, (item, path) =>
    parseContactChannel(errors, path, item)
  );
  if (contactChannels !== undefined && contactChannels.filter((c) => c.preferred === true).length > 1) {
    errors.add('contactChannels', 'notAllowed', 'Choose only one preferred contact channel.');
  }
  const representatives = itemList(errors, 'representatives', 'representative', source.representatives, 0, (item, path) =>
    parseRepresentative(errors, path, item, today)
  );
  const reasonableAdjustments = itemList(
    errors,
    'reasonableAdjustments',
    'reasonable adjustment',
    source.reasonableAdjustments,
    0,
    (item, path) => parseAdjustment(errors, path, item, today)
  );
  const vulnerabilityFlags = choiceList(
    errors,
    'vulnerabilityFlags',
    'vulnerability flag',
    source.vulnerabilityFlags,
    VULNERABILITY_FLAGS,
    0
  );
  const statutoryRoles = itemList(errors, 'statutoryRoles', 'statutory role', source.statutoryRoles, 0, (item, path) =>
    parseStatutoryRole(errors, path, item)
  );
  const caredFor = itemList(
    errors,
    'isCarerOrRepresentativeFor',
    'person they care for or represent',
    source.isCarerOrRepresentativeFor,
    0,
    (item, path) => parseCaredFor(errors, path, item)
  );

  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    names: { given: given as string, family: family as string },
    aliases: aliases as string[],
    addresses: addresses as string[],
    contactChannels: contactChannels as ContactChannel[],
    representatives: representatives as Representative[],
    reasonableAdjustments: reasonableAdjustments as ReasonableAdjustment[],
    vulnerabilityFlags: vulnerabilityFlags as PersonInput['vulnerabilityFlags'],
    statutoryRoles: statutoryRoles as StatutoryRoleRecord[],
    isCarerOrRepresentativeFor: caredFor as CaredForRelation[]
  });
}

/** One contact channel; also used for a representative's contact details. */
export function parseContactChannel(errors: FieldErrors, path: string, value: unknown): ContactChannel | undefined {
  const source = nestedFields(errors, path, 'the contact channel', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const kind = requiredChoice(errors, `${path}.kind`, 'the kind of contact channel', source.kind, CONTACT_CHANNEL_KINDS);
  const channelValue = requiredLine(errors, `${path}.value`, 'the number, address or handle', source.value);
  const preferred = optionalBoolean(errors, `${path}.preferred`, 'this is the preferred channel', source.preferred);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  const channel: ContactChannel = { kind: kind as ContactChannel['kind'], value: channelValue as string };
  if (preferred !== undefined) {
    channel.preferred = preferred;
  }
  return channel;
}

function parseRepresentative(errors: FieldErrors, path: string, value: unknown, today: IsoDate): Representative | undefined {
  const source = nestedFields(errors, path, 'the representative', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const name = requiredLine(errors, `${path}.name`, "the representative's name", source.name);
  const relationship = requiredLine(errors, `${path}.relationship`, "the representative's relationship to the person", source.relationship);
  const consentGiven = requiredBoolean(
    errors,
    `${path}.consentGiven`,
    'the person has consented to this representative',
    source.consentGiven
  );
  const consentRecordedOn = optionalDate(errors, `${path}.consentRecordedOn`, 'the date consent was recorded', source.consentRecordedOn);
  dateNotInFuture(errors, `${path}.consentRecordedOn`, 'the date consent was recorded', consentRecordedOn, today);
  const lawfulBasis = optionalLine(errors, `${path}.lawfulBasis`, 'the other lawful basis for acting for the person', source.lawfulBasis);
  const personId = optionalLine(errors, `${path}.personId`, "the representative's person record", source.personId);
  const contact =
    source.contact === undefined || source.contact === null ? undefined : parseContactChannel(errors, `${path}.contact`, source.contact);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return {
    name: name as string,
    relationship: relationship as string,
    consentGiven: consentGiven as boolean,
    consentRecordedOn,
    lawfulBasis,
    personId,
    contact
  };
}

function parseAdjustment(errors: FieldErrors, path: string, value: unknown, today: IsoDate): ReasonableAdjustment | undefined {
  const source = nestedFields(errors, path, 'the reasonable adjustment', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const kind = requiredChoice(errors, `${path}.kind`, 'the kind of adjustment', source.kind, ADJUSTMENT_KINDS);
  const description = requiredNote(errors, `${path}.description`, 'a description of the adjustment', source.description);
  const communicationNeed = requiredBoolean(errors, `${path}.communicationNeed`, 'this is a communication need', source.communicationNeed);
  const recordedOn = requiredDate(errors, `${path}.recordedOn`, 'the date the adjustment was recorded', source.recordedOn);
  dateNotInFuture(errors, `${path}.recordedOn`, 'the date the adjustment was recorded', recordedOn, today);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return {
    kind: kind as ReasonableAdjustment['kind'],
    description: description as string,
    communicationNeed: communicationNeed as boolean,
    recordedOn: recordedOn as IsoDate
  };
}

function parseStatutoryRole(errors: FieldErrors, path: string, value: unknown): StatutoryRoleRecord | undefined {
  const source = nestedFields(errors, path, 'the statutory role', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const role = requiredChoice(errors, `${path}.role`, 'the statutory role', source.role, STATUTORY_ROLES);
  const detail = optionalNote(errors, `${path}.detail`, 'details of the statutory role', source.detail);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return { role: role as StatutoryRoleRecord['role'], detail };
}

function parseCaredFor(errors: FieldErrors, path: string, value: unknown): CaredForRelation | undefined {
  const source = nestedFields(errors, path, 'the person they care for or represent', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const personId = optionalLine(errors, `${path}.personId`, 'their person record', source.personId);
  const name = requiredLine(errors, `${path}.name`, 'the name of the person they care for or represent', source.name);
  const relationship = requiredLine(errors, `${path}.relationship`, 'the relationship', source.relationship);
  const disabled = requiredBoolean(errors, `${path}.disabled`, 'that person is disabled', source.disabled);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return { personId, name: name as string, relationship: relationship as string, disabled: disabled as boolean };
}

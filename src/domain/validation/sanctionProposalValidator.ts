import { addMonths, IsoDate } from '../model/dates';
import { CONTACT_CHANNEL_KINDS } from '../model/person';
import {
  CONTINUITY_ARRANGEMENTS,
  CouncilWideJustification,
  ContinuityPlan,
  RestrictionItem,
  SanctionScope,
  SanctionScopeKind,
  SPOC_CHANNELS,
  SpocArrangement,
  Weekday,
  WEEKDAYS
} from '../model/sanction';
import { SANCTION_TYPE_CODES } from '../model/sanctionCatalogue';
import type { SanctionProposal } from '../sanctions/checkSanctionProposal';
import { DEFAULT_SANCTION_LIMITS, SanctionLimits } from '../sanctions/limits';
import {
  choiceList,
  dateAfter,
  dateNotAfter,
  dateNotBefore,
  FieldErrors,
  isRecord,
  itemList,
  lineList,
  nestedFields,
  numberInRange,
  optionalFields,
  optionalDate,
  optionalInstant,
  optionalLine,
  optionalNote,
  requiredChoice,
  requiredDate,
  requiredLine,
  requiredNote,
  requiredTime,
  wholeNumberInRange
} from './fieldValidators';
import { err, ok, Result } from './result';
import type { ValidationError } from './validationError';

export const SANCTION_SCOPE_KINDS: readonly SanctionScopeKind[] = [
  'person',
  'team',
  'service',
  'councilWide',
  'premisesExclusion',
  'publicMeetingExclusion'
];

const COUNCIL_WIDE_BASES: readonly CouncilWideJustification['basis'][] = ['riskToStaff', 'multiServiceBehaviour'];
const R01_CONTACT_KINDS = ['officer', 'inbox'] as const;
const R16_KINDS = ['police', 'legal'] as const;

/**
 * Parses a sanction (restriction) proposal from any boundary into the typed SanctionProposal
 * that checkSanctionProposal expects. Checked here: shape, R01..R17 and their parameters,
 * scope, text lengths, and the BR-08 date rules against `limits` (configuration):
 * end after start and no later than start + maxDurationMonths; review on or after the start,
 * no later than start + firstReviewWithinMonths and no later than the end.
 * The rules that need the person (BR-13, BR-28, BR-29, BR-31) stay in checkSanctionProposal.
 */
export function validateSanctionProposalInput(
  input: unknown,
  limits: SanctionLimits = DEFAULT_SANCTION_LIMITS
): Result<SanctionProposal, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const subjectPersonId = requiredLine(errors, 'subjectPersonId', 'the person the restriction applies to', source.subjectPersonId);
  const restrictions = itemList(errors, 'restrictions', 'restriction', source.restrictions, 1, (item, path) =>
    parseRestriction(errors, path, item)
  );
  const scope = parseScope(errors, source.scope);
  const startDate = requiredDate(errors, 'startDate', 'the start date', source.startDate);
  const endDate = requiredDate(errors, 'endDate', 'the end date', source.endDate);
  const reviewDate = requiredDate(errors, 'reviewDate', 'the review date', source.reviewDate);
  checkDates(errors, limits, startDate, endDate, reviewDate);
  const spoc = parseSpoc(errors, source.spoc);
  const necessaryContactArrangements = requiredNote(
    errors,
    'necessaryContactArrangements',
    'how necessary contact will still happen',
    source.necessaryContactArrangements
  );
  const proportionalityReasons = requiredNote(
    errors,
    'proportionalityReasons',
    'why this is the minimum restriction needed',
    source.proportionalityReasons
  );
  const adjustmentOverrideReason = optionalNote(
    errors,
    'adjustmentOverrideReason',
    'the reason for going ahead despite the reasonable adjustments',
    source.adjustmentOverrideReason
  );
  const continuityPlan = parseContinuityPlan(errors, source.continuityPlan);

  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    subjectPersonId: subjectPersonId as string,
    restrictions: restrictions as RestrictionItem[],
    scope: scope as SanctionScope,
    startDate: startDate as IsoDate,
    endDate: endDate as IsoDate,
    reviewDate: reviewDate as IsoDate,
    spoc: spoc as SpocArrangement,
    necessaryContactArrangements: necessaryContactArrangements as string,
    proportionalityReasons: proportionalityReasons as string,
    adjustmentOverrideReason,
    continuityPlan
  });
}

function checkDates(
  errors: FieldErrors,
  limits: SanctionLimits,
  start: IsoDate | undefined,
  end: IsoDate | undefined,
  review: IsoDate | undefined
): void {
  if (start === undefined) {
    return;
  }
  const mark = errors.mark();
  dateAfter(errors, 'endDate', 'the end date', end, 'the start date', start);
  if (!errors.addedSince(mark)) {
    dateNotAfter(
      errors,
      'endDate',
      'the end date',
      end,
      `${limits.maxDurationMonths} months from the start date`,
      addMonths(start, limits.maxDurationMonths),
      'outOfRange'
    );
  }
  const reviewMark = errors.mark();
  dateNotBefore(errors, 'reviewDate', 'the review date', review, 'the start date', start);
  if (!errors.addedSince(reviewMark)) {
    const latestReview = addMonths(start, limits.firstReviewWithinMonths);
    dateNotAfter(
      errors,
      'reviewDate',
      'the review date',
      review,
      `${limits.firstReviewWithinMonths} months from the start date`,
      latestReview,
      'outOfRange'
    );
  }
  if (!errors.addedSince(reviewMark)) {
    dateNotAfter(errors, 'reviewDate', 'the review date', review, 'the end date', end);
  }
}

/** One restriction row: its type (R01..R17) and the parameters that type needs (spec §2.5). */
function parseRestriction(errors: FieldErrors, path: string, value: unknown): RestrictionItem | undefined {
  const source = nestedFields(errors, path, 'the restriction', value);
  if (source === undefined) {
    return undefined;
  }
  const type = requiredChoice(errors, `${path}.type`, 'the type of restriction', source.type, SANCTION_TYPE_CODES);
  if (type === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const field = (name: string): string => `${path}.${name}`;
  let item: RestrictionItem | undefined;
  switch (type) {
    case 'R01': {
      const contact = parseR01Contact(errors, field('contact'), source.contact);
      item = contact === undefined ? undefined : { type, contact };
      break;
    }
    case 'R02': {
      const channels = choiceList(
        errors,
        field('channels'),
        'contact channel the person may use',
        source.channels,
        CONTACT_CHANNEL_KINDS,
        1
      );
      item = channels === undefined ? undefined : { type, channels };
      break;
    }
    case 'R03': {
      const days = choiceList(errors, field('days'), 'day calls are taken', source.days, WEEKDAYS, 1);
      const fromTime = requiredTime(errors, field('fromTime'), 'the time calls start', source.fromTime);
      const toTime = requiredTime(errors, field('toTime'), 'the time calls finish', source.toTime);
      if (fromTime !== undefined && toTime !== undefined && toTime <= fromTime) {
        errors.add(field('toTime'), 'dateOrder', `The time calls finish must be after the time calls start (${fromTime}).`);
      }
      const maxCallMinutes = wholeNumberInRange(
        errors,
        field('maxCallMinutes'),
        'the longest call in minutes',
        source.maxCallMinutes,
        5,
        120
      );
      item = {
        type,
        days: days as Weekday[],
        fromTime: fromTime as string,
        toTime: toTime as string,
        maxCallMinutes: maxCallMinutes as number
      };
      break;
    }
    case 'R04': {
      const maxMinutes = wholeNumberInRange(errors, field('maxMinutes'), 'the time limit in minutes', source.maxMinutes, 10, 240);
      item = { type, maxMinutes: maxMinutes as number };
      break;
    }
    case 'R05': {
      const subjectMatter = requiredNote(errors, field('subjectMatter'), 'the subject matter', source.subjectMatter);
      const reviewerId = requiredLine(errors, field('reviewerId'), 'the officer who reads and reviews every item', source.reviewerId);
      item = { type, subjectMatter: subjectMatter as string, reviewerId: reviewerId as string };
      break;
    }
    case 'R06': {
      const matterReference = requiredLine(
        errors,
        field('matterReference'),
        'the reference of the matter already decided',
        source.matterReference
      );
      item = { type, matterReference: matterReference as string };
      break;
    }
    case 'R07': {
      // Hours of officer time; half-hour steps allowed, never more than the hours in a week.
      const maxHours = numberInRange(errors, field('maxHours'), 'the number of hours', source.maxHours, 0.5, 168);
      item = { type, maxHours: maxHours as number };
      break;
    }
    case 'R09': {
      const sites = lineList(errors, field('sites'), 'premises', source.sites, 1);
      item = { type, sites: sites as string[] };
      break;
    }
    case 'R10': {
      const services = lineList(errors, field('services'), 'discretionary service', source.services, 1);
      item = { type, services: services as string[] };
      break;
    }
    case 'R11': {
      const representativeName = requiredLine(
        errors,
        field('representativeName'),
        'the third party or representative',
        source.representativeName
      );
      const representativePersonId = optionalLine(
        errors,
        field('representativePersonId'),
        "the representative's person record",
        source.representativePersonId
      );
      const agreementRecordedOn = optionalDate(
        errors,
        field('agreementRecordedOn'),
        'the date the third party agreed to be the contact route',
        source.agreementRecordedOn
      );
      item = { type, representativeName: representativeName as string, representativePersonId, agreementRecordedOn };
      break;
    }
    case 'R12': {
      const terms = requiredNote(errors, field('terms'), 'the terms', source.terms);
      item = { type, terms: terms as string };
      break;
    }
    case 'R14': {
      const blockedAddresses = lineList(errors, field('blockedAddresses'), 'blocked address or number', source.blockedAddresses, 1);
      item = { type, blockedAddresses: blockedAddresses as string[] };
      break;
    }
    case 'R15': {
      const service = requiredLine(errors, field('service'), 'the service being withdrawn', source.service);
      const signOff = optionalFields(errors, field('legalSignOff'), "Legal's sign-off", source.legalSignOff);
      const signedOffBy =
        signOff === undefined
          ? undefined
          : requiredLine(errors, field('legalSignOff.signedOffBy'), 'who in Legal signed it off', signOff.signedOffBy);
      const signedOffOn =
        signOff === undefined
          ? undefined
          : requiredDate(errors, field('legalSignOff.signedOffOn'), 'the date Legal signed it off', signOff.signedOffOn);
      const equalityNote = requiredNote(errors, field('equalityNote'), 'the equality and human rights note', source.equalityNote);
      const legalSignOff = signedOffBy === undefined || signedOffOn === undefined ? undefined : { signedOffBy, signedOffOn };
      item = { type, service: service as string, legalSignOff, equalityNote: equalityNote as string };
      break;
    }
    case 'R16': {
      const kind = requiredChoice(errors, field('kind'), 'whether this is a police or legal matter', source.kind, R16_KINDS);
      const reference = requiredLine(errors, field('reference'), 'the police or legal reference', source.reference);
      item = { type, kind: kind as 'police' | 'legal', reference: reference as string };
      break;
    }
    case 'R17': {
      const markerId = optionalLine(errors, field('markerId'), 'the warning marker', source.markerId);
      item = { type, markerId };
      break;
    }
    case 'R08':
    case 'R13':
      item = { type };
      break;
  }
  return errors.addedSince(mark) ? undefined : item;
}

function parseR01Contact(errors: FieldErrors, path: string, value: unknown): (RestrictionItem & { type: 'R01' })['contact'] | undefined {
  const source = nestedFields(errors, path, 'the single point of contact', value);
  if (source === undefined) {
    return undefined;
  }
  const kind = requiredChoice(errors, `${path}.kind`, 'whether contact is through an officer or an inbox', source.kind, R01_CONTACT_KINDS);
  if (kind === 'officer') {
    const userId = requiredLine(errors, `${path}.userId`, 'the officer', source.userId);
    const name = requiredLine(errors, `${path}.name`, "the officer's name", source.name);
    return userId === undefined || name === undefined ? undefined : { kind, userId, name };
  }
  if (kind === 'inbox') {
    const address = requiredLine(errors, `${path}.address`, 'the inbox address', source.address);
    return address === undefined ? undefined : { kind, address };
  }
  return undefined;
}

/** BR-19 / BR-30: the scope is explicit, with what each kind needs. */
function parseScope(errors: FieldErrors, value: unknown): SanctionScope | undefined {
  const source = nestedFields(errors, 'scope', 'where the restriction applies', value);
  if (source === undefined) {
    return undefined;
  }
  const kind = requiredChoice(errors, 'scope.kind', 'where the restriction applies', source.kind, SANCTION_SCOPE_KINDS);
  const mark = errors.mark();
  let scope: SanctionScope | undefined;
  switch (kind) {
    case undefined:
      return undefined;
    case 'person': {
      const staffUserId = requiredLine(errors, 'scope.staffUserId', 'the member of staff', source.staffUserId);
      const staffName = requiredLine(errors, 'scope.staffName', "the member of staff's name", source.staffName);
      scope = { kind, staffUserId: staffUserId as string, staffName: staffName as string };
      break;
    }
    case 'team': {
      const team = requiredLine(errors, 'scope.team', 'the team', source.team);
      const service = requiredLine(errors, 'scope.service', "the team's service", source.service);
      scope = { kind, team: team as string, service: service as string };
      break;
    }
    case 'service': {
      const service = requiredLine(errors, 'scope.service', 'the service', source.service);
      scope = { kind, service: service as string };
      break;
    }
    case 'councilWide': {
      const justification = nestedFields(errors, 'scope.justification', 'the reason for a council-wide restriction', source.justification);
      const basis =
        justification === undefined
          ? undefined
          : requiredChoice(
              errors,
              'scope.justification.basis',
              'the reason for a council-wide restriction',
              justification.basis,
              COUNCIL_WIDE_BASES
            );
      const detail =
        justification === undefined
          ? undefined
          : requiredNote(errors, 'scope.justification.detail', 'the details of why it must be council-wide', justification.detail);
      scope = { kind, justification: { basis: basis as CouncilWideJustification['basis'], detail: detail as string } };
      break;
    }
    case 'premisesExclusion': {
      const sites = lineList(errors, 'scope.sites', 'premises', source.sites, 1);
      scope = { kind, sites: sites as string[] };
      break;
    }
    case 'publicMeetingExclusion': {
      const meetings = requiredNote(errors, 'scope.meetings', 'the public meetings the person may not attend', source.meetings);
      scope = { kind, meetings: meetings as string };
      break;
    }
  }
  return errors.addedSince(mark) ? undefined : scope;
}

/** BR-31: a named single point of contact with named cover. */
function parseSpoc(errors: FieldErrors, value: unknown): SpocArrangement | undefined {
  const source = nestedFields(errors, 'spoc', 'the single point of contact', value);
  if (source === undefined) {
    return undefined;
  }
  const userId = optionalLine(errors, 'spoc.userId', 'the single point of contact', source.userId);
  const name = requiredLine(errors, 'spoc.name', 'the name of the single point of contact', source.name);
  const channel = requiredChoice(errors, 'spoc.channel', 'how the single point of contact is reached', source.channel, SPOC_CHANNELS);
  const coverSource = optionalFields(errors, 'spoc.cover', 'the cover for the single point of contact', source.cover);
  let cover: SpocArrangement['cover'];
  if (coverSource !== undefined) {
    const coverUserId = optionalLine(errors, 'spoc.cover.userId', 'the cover', coverSource.userId);
    const coverName = requiredLine(errors, 'spoc.cover.name', 'the name of the cover', coverSource.name);
    cover = coverName === undefined ? undefined : { userId: coverUserId, name: coverName };
  }
  if (name === undefined || channel === undefined) {
    return undefined;
  }
  return { userId, name, channel, cover };
}

/** BR-29: how information and participation continue for someone with a statutory role. */
function parseContinuityPlan(errors: FieldErrors, value: unknown): ContinuityPlan | undefined {
  const source = optionalFields(errors, 'continuityPlan', 'the continuity plan', value);
  if (source === undefined) {
    return undefined;
  }
  const arrangements = choiceList(
    errors,
    'continuityPlan.arrangements',
    'continuity arrangement',
    source.arrangements,
    CONTINUITY_ARRANGEMENTS,
    1
  );
  const description = requiredNote(
    errors,
    'continuityPlan.description',
    'how information and participation will continue',
    source.description
  );
  const confirmedBy = optionalLine(errors, 'continuityPlan.confirmedBy', 'who confirmed the plan', source.confirmedBy);
  const confirmedAt = optionalInstant(errors, 'continuityPlan.confirmedAt', 'when the plan was confirmed', source.confirmedAt);
  if (arrangements === undefined || description === undefined) {
    return undefined;
  }
  return { arrangements, description, confirmedBy, confirmedAt };
}

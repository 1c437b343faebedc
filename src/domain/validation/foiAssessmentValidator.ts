import type { IsoDate } from '../model/dates';
import { FOI_GROUNDS, FOI_REGIMES, FoiRequestAssessment, ICO_INDICATORS } from '../model/foi';
import {
  dateNotBefore,
  dateNotInFuture,
  FieldErrors,
  isRecord,
  itemList,
  nestedFields,
  optionalChoice,
  optionalDate,
  optionalFields,
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

/** What the FOI officer's assessment form submits; the store adds the id. */
export type FoiRequestAssessmentInput = Omit<FoiRequestAssessment, 'id'>;

type Assessment = FoiRequestAssessmentInput;
const RECEIVED = 'the date the request was received';

/**
 * Checks the shape of an FOI/EIR vexatious-request assessment (spec §3.3): types, choices,
 * text lengths and date order. Whether a refusal is lawful (BR-16 to BR-18) is decided by
 * checkFoiRefusal in src/domain/foi, which expects this typed value.
 */
export function validateFoiRequestAssessmentInput(input: unknown, today: IsoDate): Result<FoiRequestAssessmentInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const regime = requiredChoice(errors, 'regime', 'whether this is an FOI or EIR request', source.regime, FOI_REGIMES);
  const personId = optionalLine(errors, 'personId', 'the person record', source.personId);
  const receivedOn = requiredDate(errors, 'receivedOn', RECEIVED, source.receivedOn);
  dateNotInFuture(errors, 'receivedOn', RECEIVED, receivedOn, today);
  const statutoryDueDate = optionalDate(errors, 'statutoryDueDate', 'the statutory due date', source.statutoryDueDate);
  dateNotBefore(errors, 'statutoryDueDate', 'the statutory due date', statutoryDueDate, RECEIVED, receivedOn);
  const clarificationPauses = itemList(errors, 'clarificationPauses', 'clarification pause', source.clarificationPauses, 0, (item, path) =>
    parsePause(errors, path, item, receivedOn)
  );
  const ground = optionalChoice(errors, 'ground', 'the ground for refusal', source.ground, FOI_GROUNDS);
  const earlierRequestReference = optionalLine(
    errors,
    'earlierRequestReference',
    'the earlier request reference',
    source.earlierRequestReference
  );
  const indicatorsConsidered = itemList(
    errors,
    'indicatorsConsidered',
    'indicator considered',
    source.indicatorsConsidered,
    0,
    (item, path) => parseIndicator(errors, path, item)
  );
  const fourConsiderations = parseFourConsiderations(errors, source.fourConsiderations);
  const publicInterestTest = optionalNote(errors, 'publicInterestTest', 'the public interest test', source.publicInterestTest);
  const presumptionInFavourOfDisclosure = optionalNote(
    errors,
    'presumptionInFavourOfDisclosure',
    'how the presumption in favour of disclosure was applied',
    source.presumptionInFavourOfDisclosure
  );
  const conciliatorySteps = itemList(errors, 'conciliatorySteps', 'conciliatory step', source.conciliatorySteps, 0, (item, path) =>
    parseStep(errors, path, item, today)
  );
  const handlerId = requiredLine(errors, 'handlerId', 'the request handler', source.handlerId);
  const handlerHeavilyInvolved = requiredBoolean(
    errors,
    'handlerHeavilyInvolved',
    'the handler has been heavily involved with the requester',
    source.handlerHeavilyInvolved
  );
  const decisionMakerId = optionalLine(errors, 'decisionMakerId', 'the decision-maker', source.decisionMakerId);
  const seniorReviewBy = optionalLine(errors, 'seniorReviewBy', 'the senior reviewer', source.seniorReviewBy);
  const refusalNoticeDate = optionalDate(errors, 'refusalNoticeDate', 'the date of the refusal notice', source.refusalNoticeDate);
  dateNotBefore(errors, 'refusalNoticeDate', 'the date of the refusal notice', refusalNoticeDate, RECEIVED, receivedOn);
  dateNotInFuture(errors, 'refusalNoticeDate', 'the date of the refusal notice', refusalNoticeDate, today);
  const refusalNotice = parseRefusalNotice(errors, source.refusalNotice);
  const section17_6 = parseSection17_6(errors, source.section17_6);
  const internalReview = parseInternalReview(
    errors,
    source.internalReview,
    refusalNoticeDate ?? receivedOn,
    refusalNoticeDate === undefined ? RECEIVED : 'the date of the refusal notice',
    today
  );
  const icoReference = optionalLine(errors, 'icoReference', "the Information Commissioner's reference", source.icoReference);
  const linkedCaseId = optionalLine(errors, 'linkedCaseId', 'the linked case', source.linkedCaseId);

  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    regime: regime as Assessment['regime'],
    personId,
    receivedOn: receivedOn as IsoDate,
    statutoryDueDate,
    clarificationPauses: clarificationPauses as Assessment['clarificationPauses'],
    ground,
    earlierRequestReference,
    indicatorsConsidered: indicatorsConsidered as Assessment['indicatorsConsidered'],
    fourConsiderations,
    publicInterestTest,
    presumptionInFavourOfDisclosure,
    conciliatorySteps: conciliatorySteps as Assessment['conciliatorySteps'],
    handlerId: handlerId as string,
    handlerHeavilyInvolved: handlerHeavilyInvolved as boolean,
    decisionMakerId,
    seniorReviewBy,
    refusalNoticeDate,
    refusalNotice,
    section17_6,
    internalReview,
    icoReference,
    linkedCaseId
  });
}

function parsePause(
  errors: FieldErrors,
  path: string,
  value: unknown,
  receivedOn: IsoDate | undefined
): Assessment['clarificationPauses'][number] | undefined {
  const source = nestedFields(errors, path, 'the clarification pause', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const from = requiredDate(errors, `${path}.from`, 'the date clarification was asked for', source.from);
  dateNotBefore(errors, `${path}.from`, 'the date clarification was asked for', from, RECEIVED, receivedOn);
  const to = optionalDate(errors, `${path}.to`, 'the date clarification arrived', source.to);
  dateNotBefore(errors, `${path}.to`, 'the date clarification arrived', to, 'the date clarification was asked for', from);
  return errors.addedSince(mark) ? undefined : { from: from as IsoDate, to };
}

function parseIndicator(errors: FieldErrors, path: string, value: unknown): Assessment['indicatorsConsidered'][number] | undefined {
  const source = nestedFields(errors, path, 'the indicator', value);
  if (source === undefined) {
    return undefined;
  }
  const indicator = requiredChoice(errors, `${path}.indicator`, 'the ICO indicator', source.indicator, ICO_INDICATORS);
  const evidence = requiredNote(errors, `${path}.evidence`, 'the evidence for this indicator', source.evidence);
  return indicator === undefined || evidence === undefined ? undefined : { indicator, evidence };
}

function parseStep(errors: FieldErrors, path: string, value: unknown, today: IsoDate): Assessment['conciliatorySteps'][number] | undefined {
  const source = nestedFields(errors, path, 'the conciliatory step', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const date = requiredDate(errors, `${path}.date`, 'the date of the step', source.date);
  dateNotInFuture(errors, `${path}.date`, 'the date of the step', date, today);
  const description = requiredNote(errors, `${path}.description`, 'what was done', source.description);
  return errors.addedSince(mark) ? undefined : { date: date as IsoDate, description: description as string };
}

function parseFourConsiderations(errors: FieldErrors, value: unknown): Assessment['fourConsiderations'] {
  const source = optionalFields(errors, 'fourConsiderations', 'the four considerations', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const burden = requiredNote(errors, 'fourConsiderations.burden', 'the burden on the council', source.burden);
  const motive = requiredNote(errors, 'fourConsiderations.motive', "the requester's motive", source.motive);
  const valueOrPurpose = requiredNote(
    errors,
    'fourConsiderations.valueOrPurpose',
    'the value or serious purpose of the request',
    source.valueOrPurpose
  );
  const harassmentOrDistress = requiredNote(
    errors,
    'fourConsiderations.harassmentOrDistress',
    'any harassment or distress caused',
    source.harassmentOrDistress
  );
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return {
    burden: burden as string,
    motive: motive as string,
    valueOrPurpose: valueOrPurpose as string,
    harassmentOrDistress: harassmentOrDistress as string
  };
}

function parseRefusalNotice(errors: FieldErrors, value: unknown): Assessment['refusalNotice'] {
  const source = optionalFields(errors, 'refusalNotice', 'the refusal notice', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const statesGround = requiredBoolean(errors, 'refusalNotice.statesGround', 'the notice states the ground relied on', source.statesGround);
  const internalReviewRoute = requiredBoolean(
    errors,
    'refusalNotice.internalReviewRoute',
    'the notice explains how to ask for an internal review',
    source.internalReviewRoute
  );
  const icoRight = requiredBoolean(
    errors,
    'refusalNotice.icoRight',
    'the notice explains the right to complain to the ICO',
    source.icoRight
  );
  const reasonsGiven = requiredBoolean(errors, 'refusalNotice.reasonsGiven', 'the notice gives reasons', source.reasonsGiven);
  const reasonsNote = optionalNote(errors, 'refusalNotice.reasonsNote', 'a note about the reasons', source.reasonsNote);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return {
    statesGround: statesGround as boolean,
    internalReviewRoute: internalReviewRoute as boolean,
    icoRight: icoRight as boolean,
    reasonsGiven: reasonsGiven as boolean,
    reasonsNote
  };
}

function parseSection17_6(errors: FieldErrors, value: unknown): Assessment['section17_6'] {
  const source = optionalFields(errors, 'section17_6', 'the section 17(6) details', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const previousNoticeReference = requiredLine(
    errors,
    'section17_6.previousNoticeReference',
    'the reference of the earlier refusal notice',
    source.previousNoticeReference
  );
  const warningLetterReference = requiredLine(
    errors,
    'section17_6.warningLetterReference',
    'the reference of the warning letter',
    source.warningLetterReference
  );
  const reason = requiredNote(errors, 'section17_6.reason', 'why another notice would be unreasonable', source.reason);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return {
    previousNoticeReference: previousNoticeReference as string,
    warningLetterReference: warningLetterReference as string,
    reason: reason as string
  };
}

function parseInternalReview(
  errors: FieldErrors,
  value: unknown,
  earliest: IsoDate | undefined,
  earliestLabel: string,
  today: IsoDate
): Assessment['internalReview'] {
  const source = optionalFields(errors, 'internalReview', 'the internal review', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const requestedOn = requiredDate(errors, 'internalReview.requestedOn', 'the date the internal review was asked for', source.requestedOn);
  dateNotBefore(errors, 'internalReview.requestedOn', 'the date the internal review was asked for', requestedOn, earliestLabel, earliest);
  const reviewerId = requiredLine(errors, 'internalReview.reviewerId', 'the internal reviewer', source.reviewerId);
  const outcome = optionalNote(errors, 'internalReview.outcome', 'the outcome of the internal review', source.outcome);
  const decidedOn = optionalDate(errors, 'internalReview.decidedOn', 'the date the internal review was decided', source.decidedOn);
  dateNotBefore(
    errors,
    'internalReview.decidedOn',
    'the date the internal review was decided',
    decidedOn,
    'the date the internal review was asked for',
    requestedOn
  );
  dateNotInFuture(errors, 'internalReview.decidedOn', 'the date the internal review was decided', decidedOn, today);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return { requestedOn: requestedOn as IsoDate, reviewerId: reviewerId as string, outcome, decidedOn };
}

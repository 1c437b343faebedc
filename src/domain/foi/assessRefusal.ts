// Checks a proposed FOI s.14 / EIR reg.12(4)(b) refusal before it is recorded (spec 3.1-3.3).
// BR-16: a CCM sanction is never the ground. BR-17: an independent or senior-reviewed decision,
// and a refusal notice within 20 statutory working days unless s.17(6) applies with the earlier
// notice and warning referenced. BR-18: EIR refusals record the public interest test and the
// presumption in favour of disclosure.

import { IsoDate, isAfter } from '../model/dates';
import type { FoiRequestAssessment } from '../model/foi';
import { DeadlineContext, defaultDeadlineContext, foiDeadline } from '../time/deadlines';

export interface FoiIssue {
  readonly rule: 'BR-16' | 'BR-17' | 'BR-18' | 'spec-3.1';
  readonly field: string;
  readonly message: string;
}

export interface FoiRefusalCheck {
  readonly ok: boolean;
  readonly issues: readonly FoiIssue[];
  /** Statutory deadline for the refusal notice; undefined while clarification is awaited. */
  readonly refusalDeadline?: IsoDate;
}

export interface FoiRefusalInput {
  readonly assessment: FoiRequestAssessment;
  /** True if anyone has cited the person's CCM restriction as a reason to refuse. */
  readonly ccmRestrictionCited: boolean;
  readonly today: IsoDate;
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/**
 * The 20 working days run from receipt, or from receipt of the clarification asked for
 * (FOIA s.1(3), s.10(6)). While a clarification is outstanding there is no deadline.
 */
export function refusalDeadlineFor(
  assessment: FoiRequestAssessment,
  context: DeadlineContext = defaultDeadlineContext()
): IsoDate | undefined {
  let start = assessment.receivedOn;
  for (const pause of assessment.clarificationPauses) {
    if (pause.to === undefined) {
      return undefined;
    }
    if (isAfter(pause.to, start)) {
      start = pause.to;
    }
  }
  return foiDeadline(start, context);
}

function groundIssues(a: FoiRequestAssessment, issues: FoiIssue[]): void {
  if (a.ground === undefined) {
    issues.push({ rule: 'spec-3.1', field: 'ground', message: 'Choose the provision relied on.' });
    return;
  }
  if (a.regime === 'EIR' && a.ground !== 'eir12_4_b') {
    issues.push({
      rule: 'spec-3.1',
      field: 'ground',
      message: 'Environmental information is refused under EIR regulation 12(4)(b), not the FOI Act.'
    });
  }
  if (a.regime === 'FOIA' && a.ground === 'eir12_4_b') {
    issues.push({ rule: 'spec-3.1', field: 'ground', message: 'Regulation 12(4)(b) applies only to environmental information.' });
  }
  if (a.ground === 's14_2' && blank(a.earlierRequestReference)) {
    issues.push({
      rule: 'spec-3.1',
      field: 'earlierRequestReference',
      message: 'A repeated-request refusal must reference the earlier request and its answer.'
    });
  }
  if ((a.ground === 's14_1' || a.ground === 'eir12_4_b') && a.fourConsiderations === undefined) {
    issues.push({
      rule: 'spec-3.1',
      field: 'fourConsiderations',
      message: 'Record the burden, motive, value or purpose, and any harassment or distress.'
    });
  }
}

function decisionMakerIssues(a: FoiRequestAssessment, issues: FoiIssue[]): void {
  if (a.decisionMakerId === undefined) {
    issues.push({ rule: 'BR-17', field: 'decisionMakerId', message: 'Record who made the decision.' });
    return;
  }
  // ICO (I1): a decision-maker at an appropriate level; where the handler was heavily involved,
  // an objective view from a more senior colleague. Either a different decision-maker or a
  // recorded senior review by someone other than the handler satisfies BR-17.
  const seniorReviewed = a.seniorReviewBy !== undefined && a.seniorReviewBy !== a.handlerId;
  if (a.decisionMakerId === a.handlerId && !seniorReviewed) {
    issues.push({
      rule: 'BR-17',
      field: 'decisionMakerId',
      message: 'The decision must be made by someone other than the request handler, or a senior colleague\u2019s review must be recorded.'
    });
  }
}

function noticeIssues(a: FoiRequestAssessment, today: IsoDate, deadline: IsoDate | undefined, issues: FoiIssue[]): void {
  const s17 = a.section17_6;
  if (s17 !== undefined) {
    if (blank(s17.previousNoticeReference) || blank(s17.warningLetterReference) || blank(s17.reason)) {
      issues.push({
        rule: 'BR-17',
        field: 'section17_6',
        message:
          'To rely on section 17(6), reference the earlier refusal notice and the warning letter, and say why another notice would be unreasonable.'
      });
    }
    return;
  }
  if (a.refusalNoticeDate === undefined) {
    if (deadline !== undefined && isAfter(today, deadline)) {
      issues.push({
        rule: 'BR-17',
        field: 'refusalNoticeDate',
        message: 'The refusal notice is overdue: it was due within 20 working days.'
      });
    }
    return;
  }
  if (deadline !== undefined && isAfter(a.refusalNoticeDate, deadline)) {
    issues.push({ rule: 'BR-17', field: 'refusalNoticeDate', message: 'The refusal notice was sent after the 20 working day limit.' });
  }
  const notice = a.refusalNotice;
  if (!notice || !notice.statesGround || !notice.internalReviewRoute || !notice.icoRight) {
    issues.push({
      rule: 'BR-17',
      field: 'refusalNotice',
      message:
        'The notice must state the provision relied on, the internal review route and the right to complain to the Information Commissioner.'
    });
  }
}

function eirIssues(a: FoiRequestAssessment, issues: FoiIssue[]): void {
  if (a.regime !== 'EIR') {
    return;
  }
  if (blank(a.publicInterestTest)) {
    issues.push({
      rule: 'BR-18',
      field: 'publicInterestTest',
      message: 'Record the public interest test: the factors for and against disclosure.'
    });
  }
  if (blank(a.presumptionInFavourOfDisclosure)) {
    issues.push({
      rule: 'BR-18',
      field: 'presumptionInFavourOfDisclosure',
      message: 'Record how the presumption in favour of disclosure was applied.'
    });
  }
}

/** All problems with a proposed refusal; ok when there are none. */
export function checkFoiRefusal(input: FoiRefusalInput, context: DeadlineContext = defaultDeadlineContext()): FoiRefusalCheck {
  const { assessment, today } = input;
  const issues: FoiIssue[] = [];
  if (input.ccmRestrictionCited) {
    issues.push({
      rule: 'BR-16',
      field: 'ground',
      message: 'A customer case management restriction can never be a reason to refuse an information request. Assess the request itself.'
    });
  }
  groundIssues(assessment, issues);
  decisionMakerIssues(assessment, issues);
  const refusalDeadline = refusalDeadlineFor(assessment, context);
  noticeIssues(assessment, today, refusalDeadline, issues);
  eirIssues(assessment, issues);
  return { ok: issues.length === 0, issues, refusalDeadline };
}

import { addMonths, formatLongDate, isAfter, isBefore, isIsoDate } from '../model/dates';
import type { Person } from '../model/person';
import type { RestrictionItem, Sanction, SanctionScope } from '../model/sanction';
import { SANCTION_CATALOGUE } from '../model/sanctionCatalogue';
import { adjustmentConflictsFor, spocChannelConflicts } from './adjustmentConflicts';
import { channelNeedsWarnings } from './channelNeeds';
import type { SanctionCheckResult, SanctionIssue } from './issues';
import { DEFAULT_SANCTION_LIMITS, SanctionLimits } from './limits';

/** The parts of a Sanction a proposer fills in. */
export type SanctionProposal = Pick<
  Sanction,
  | 'subjectPersonId'
  | 'restrictions'
  | 'scope'
  | 'startDate'
  | 'endDate'
  | 'reviewDate'
  | 'spoc'
  | 'necessaryContactArrangements'
  | 'proportionalityReasons'
  | 'adjustmentOverrideReason'
  | 'continuityPlan'
>;

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/**
 * Checks a sanction proposal against the rules that apply before approval.
 * Returns blocking errors and non-blocking warnings, each with its BR id.
 */
export function checkSanctionProposal(
  proposal: SanctionProposal,
  subject: Person,
  limits: SanctionLimits = DEFAULT_SANCTION_LIMITS
): SanctionCheckResult {
  const errors: SanctionIssue[] = [];
  const warnings: SanctionIssue[] = [];
  const error = (rule: string, field: string, message: string): void => {
    errors.push({ rule, field, message });
  };
  const warn = (rule: string, field: string, message: string): void => {
    warnings.push({ rule, field, message });
  };

  // BR-28: a sanction binds only its named subject.
  if (proposal.subjectPersonId !== subject.id) {
    error(
      'BR-28',
      'subjectPersonId',
      'A restriction can only bind the person it names. Anyone else needs their own incidents, decision and letter.'
    );
  }
  if (subject.isCarerOrRepresentativeFor.length > 0) {
    const names = subject.isCarerOrRepresentativeFor
      .map((r) => `${r.name} (${r.relationship}${r.disabled ? ', disabled' : ''})`)
      .join('; ');
    warn(
      'BR-28',
      'subjectPersonId',
      `This person is a carer or representative for: ${names}. Make sure the restriction does not limit that person's own access.`
    );
  }

  if (proposal.restrictions.length === 0) {
    error('BR-08', 'restrictions', 'Choose at least one restriction.');
  }
  if (blank(proposal.necessaryContactArrangements)) {
    error('BR-08', 'necessaryContactArrangements', 'Say how necessary contact will still happen.');
  }
  if (blank(proposal.proportionalityReasons)) {
    error('BR-19', 'proportionalityReasons', 'Explain why this is the minimum restriction needed.');
  }

  checkDates(proposal, limits, error, warn);
  checkScope(proposal.scope, proposal, error, warn);
  proposal.restrictions.forEach((item, index) => checkRestrictionItem(item, index, error, warn));
  checkAdjustments(proposal, subject, error, warn);
  checkSpoc(proposal, subject, error, warn);

  // BR-29: statutory roles need a continuity plan.
  if (subject.statutoryRoles.length > 0) {
    const plan = proposal.continuityPlan;
    if (plan === undefined || plan.arrangements.length === 0 || blank(plan.description)) {
      error(
        'BR-29',
        'continuityPlan',
        'This person has a statutory role. Say how they will still get information and take part (another channel, an advocate or written updates).'
      );
    }
  }
  return { errors, warnings };
}

type Report = (rule: string, field: string, message: string) => void;

function checkDates(proposal: SanctionProposal, limits: SanctionLimits, error: Report, warn: Report): void {
  const { startDate, endDate, reviewDate } = proposal;
  if (!isIsoDate(startDate)) {
    error('BR-08', 'startDate', 'Enter a real start date.');
    return;
  }
  if (!isIsoDate(endDate)) {
    error('BR-08', 'endDate', 'Every restriction needs an end date.');
  }
  if (!isIsoDate(reviewDate)) {
    error('BR-08', 'reviewDate', 'Every restriction needs a review date.');
  }
  if (!isIsoDate(endDate) || !isIsoDate(reviewDate)) {
    return;
  }
  const exclusion = proposal.scope.kind === 'premisesExclusion' || proposal.scope.kind === 'publicMeetingExclusion';
  const latestEnd = addMonths(startDate, limits.maxDurationMonths);
  const latestReview = addMonths(startDate, limits.firstReviewWithinMonths);
  if (!isAfter(endDate, startDate)) {
    error('BR-08', 'endDate', 'The end date must be after the start date.');
  } else if (isAfter(endDate, latestEnd)) {
    error(
      exclusion ? 'BR-30' : 'BR-08',
      'endDate',
      `The end date must be no later than ${formatLongDate(latestEnd)} (${limits.maxDurationMonths} months from the start).`
    );
  } else if (isAfter(endDate, addMonths(startDate, limits.defaultDurationMonths))) {
    warn(
      'BR-08',
      'endDate',
      `This is longer than the usual ${limits.defaultDurationMonths} months. Record why in the proportionality reasons.`
    );
  }
  if (isBefore(reviewDate, startDate)) {
    error('BR-08', 'reviewDate', 'The review date cannot be before the start date.');
  } else if (isAfter(reviewDate, latestReview)) {
    error(
      exclusion ? 'BR-30' : 'BR-08',
      'reviewDate',
      `The first review must be no later than ${formatLongDate(latestReview)} (${limits.firstReviewWithinMonths} months from the start).`
    );
  } else if (isAfter(reviewDate, endDate)) {
    error('BR-08', 'reviewDate', 'The review date must be on or before the end date.');
  }
}

/**
 * BR-30: the proportionality warnings for the two exclusion scopes, the same for each: an
 * exclusion is never open-ended, is reviewed as often as any restriction, and is the last resort
 * after a lesser measure; each says what the person keeps (issue 16 item 5).
 */
export const EXCLUSION_PROPORTIONALITY: Readonly<Record<'premisesExclusion' | 'publicMeetingExclusion', string>> = {
  premisesExclusion:
    'Exclusion from premises is a last resort: it must end on a set date and be reviewed at least as often as any other restriction, with a review letter giving the result and the reasons. Check a lesser measure (an appointment, an escort, another site) would not be enough, and say how the person can still use the services at those premises.',
  publicMeetingExclusion:
    'Exclusion from public meetings is a last resort: it must end on a set date and be reviewed at least as often as any other restriction, with a review letter giving the result and the reasons. Check a lesser measure (a warning from the chair, a seat in the public gallery with conditions) would not be enough, and say how the person can still follow and take part in those meetings (published papers, the webcast, written questions).'
};

function checkScope(scope: SanctionScope, proposal: SanctionProposal, error: Report, warn: Report): void {
  switch (scope.kind) {
    case 'councilWide':
      if (
        blank(scope.justification.detail) ||
        (scope.justification.basis !== 'riskToStaff' && scope.justification.basis !== 'multiServiceBehaviour')
      ) {
        error(
          'BR-19',
          'scope',
          'A council-wide restriction needs a recorded reason: a risk to staff or behaviour across several services.'
        );
      } else {
        warn('BR-19', 'scope', 'Council-wide restrictions are the exception. Check a service-level restriction would not be enough.');
      }
      break;
    case 'premisesExclusion':
      if (scope.sites.filter((s) => !blank(s)).length === 0) {
        error('BR-30', 'scope', 'Name the premises the person is excluded from.');
      }
      warn('BR-30', 'scope', EXCLUSION_PROPORTIONALITY.premisesExclusion);
      break;
    case 'publicMeetingExclusion':
      if (blank(scope.meetings)) {
        error('BR-30', 'scope', 'Name the public meetings the person may not attend.');
      }
      warn('BR-30', 'scope', EXCLUSION_PROPORTIONALITY.publicMeetingExclusion);
      break;
    case 'person':
      if (blank(scope.staffName)) {
        error('BR-19', 'scope', 'Name the member of staff the restriction covers.');
      }
      break;
    case 'team':
      if (blank(scope.team) || blank(scope.service)) {
        error('BR-19', 'scope', 'Name the team and its service.');
      }
      break;
    case 'service':
      if (blank(scope.service)) {
        error('BR-19', 'scope', 'Name the service the restriction covers.');
      }
      break;
  }
  const excludesPremises = proposal.restrictions.some((r) => r.type === 'R09');
  if (excludesPremises && scope.kind !== 'premisesExclusion') {
    error('BR-30', 'scope', 'Exclusion from premises must use the premises-exclusion scope so it is reviewed and never open-ended.');
  }
}

function checkRestrictionItem(item: RestrictionItem, index: number, error: Report, warn: Report): void {
  const field = `restrictions[${index}]`;
  const label = SANCTION_CATALOGUE[item.type].label;
  switch (item.type) {
    case 'R01':
      if (item.contact.kind === 'officer' ? blank(item.contact.name) : blank(item.contact.address)) {
        error('BR-31', field, `${label}: name the officer or the inbox.`);
      }
      break;
    case 'R02':
      if (item.channels.length === 0) {
        error('BR-08', field, `${label}: choose the channel the person may use.`);
      }
      break;
    case 'R03':
      if (
        item.days.length === 0 ||
        !/^\d{2}:\d{2}$/.test(item.fromTime) ||
        !/^\d{2}:\d{2}$/.test(item.toTime) ||
        item.fromTime >= item.toTime
      ) {
        error('BR-08', field, `${label}: give the days and a start time before the finish time (for example 10:00 to 12:00).`);
      }
      if (!(item.maxCallMinutes >= 5 && item.maxCallMinutes <= 120)) {
        error('BR-08', field, `${label}: the call length must be between 5 and 120 minutes.`);
      }
      break;
    case 'R04':
      if (!(item.maxMinutes >= 10 && item.maxMinutes <= 240)) {
        error('BR-08', field, `${label}: the time limit must be between 10 and 240 minutes.`);
      }
      break;
    case 'R05':
      // BR-14: items are filed without reply but still logged and reviewed by someone named.
      if (blank(item.reviewerId) || blank(item.subjectMatter)) {
        error('BR-14', field, `${label}: name the subject matter and the officer who reads and reviews every item.`);
      }
      break;
    case 'R06':
      // BR-15: only a named matter; new matters are handled on their merits.
      if (blank(item.matterReference)) {
        error('BR-15', field, `${label}: give the reference of the matter already decided. New matters are always considered.`);
      }
      break;
    case 'R07':
      if (!(item.maxHours > 0)) {
        error('BR-08', field, `${label}: give the number of hours.`);
      }
      break;
    case 'R09':
      if (item.sites.filter((s) => !blank(s)).length === 0) {
        error('BR-30', field, `${label}: name the premises.`);
      }
      break;
    case 'R10':
      if (item.services.length === 0) {
        error('BR-19', field, `${label}: name the discretionary services.`);
      }
      break;
    case 'R11':
      if (blank(item.representativeName)) {
        error('BR-28', field, `${label}: name the third party or representative.`);
      } else if (item.agreementRecordedOn === undefined || !isIsoDate(item.agreementRecordedOn)) {
        // BR-31 widened: a third party named as the contact route has agreed to act as one.
        error('BR-31', field, `${label}: record the date the third party agreed to be the contact route.`);
      }
      break;
    case 'R12':
      if (blank(item.terms)) {
        error('BR-08', field, `${label}: set out the terms.`);
      }
      break;
    case 'R14':
      if (item.blockedAddresses.length === 0) {
        error('BR-08', field, `${label}: list the addresses or numbers.`);
      }
      warn('BR-19', field, `${label} is for extreme cases only.`);
      break;
    case 'R15':
      // BR-20: Legal sign-off and an equality and human rights note.
      if (item.legalSignOff === undefined || blank(item.legalSignOff.signedOffBy) || !isIsoDate(item.legalSignOff.signedOffOn)) {
        error('BR-20', field, `${label}: record Legal's sign-off (who and when).`);
      }
      if (blank(item.equalityNote)) {
        error('BR-20', field, `${label}: add the equality and human rights note.`);
      }
      break;
    case 'R16':
      if (blank(item.reference)) {
        error('BR-08', field, `${label}: give the police or legal reference.`);
      }
      break;
    case 'R17':
      warn('BR-21', field, `${label} follows the separate health and safety marker process.`);
      break;
    case 'R08':
    case 'R13':
      break;
  }
  // R05 and R06 never stop new service requests (BR-15); remind the proposer.
  if (item.type === 'R05' || item.type === 'R06') {
    warn('BR-15', field, 'New service requests and complaints are still handled on their merits.');
  }
}

function checkAdjustments(proposal: SanctionProposal, subject: Person, error: Report, warn: Report): void {
  let conflict = false;
  proposal.restrictions.forEach((item, index) => {
    const clashes = adjustmentConflictsFor(item, subject);
    if (clashes.length > 0) {
      conflict = true;
      warn(
        'BR-13',
        `restrictions[${index}]`,
        `${SANCTION_CATALOGUE[item.type].label} may conflict with recorded adjustments: ${clashes.join('; ')}.`
      );
    }
  });
  if (conflict && blank(proposal.adjustmentOverrideReason)) {
    error('BR-13', 'adjustmentOverrideReason', 'Give a reason for going ahead despite the conflict with reasonable adjustments.');
  }
}

function checkSpoc(proposal: SanctionProposal, subject: Person, error: Report, warn: Report): void {
  const spoc = proposal.spoc;
  if (blank(spoc.name)) {
    error('BR-31', 'spoc', 'Name the single point of contact.');
  }
  if (spoc.cover === undefined || blank(spoc.cover.name)) {
    error('BR-31', 'spoc.cover', 'Name who covers for the single point of contact when they are away.');
  } else if (spoc.cover.name === spoc.name) {
    error('BR-31', 'spoc.cover', 'The cover must be a different person from the single point of contact.');
  }
  // BR-31 widened (issue 16 item 6): an advocate, large print or Braille, another language, no internet access.
  for (const message of channelNeedsWarnings(proposal, subject)) warn('BR-31', 'spoc.channel', message);
  const clashes = spocChannelConflicts(spoc.channel, subject);
  if (clashes.length > 0) {
    warn('BR-31', 'spoc.channel', `The contact channel may not meet this person's communication needs: ${clashes.join('; ')}.`);
    if (blank(proposal.adjustmentOverrideReason)) {
      error('BR-31', 'spoc.channel', "Choose a channel that meets the person's communication needs, or give a reason.");
    }
  }
}

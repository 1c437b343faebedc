import { daysBetween, formatLongDate } from '../model/dates';
import type { RestrictionItem, SanctionScope } from '../model/sanction';
import { SANCTION_CATALOGUE } from '../model/sanctionCatalogue';
import type { IsoDate } from '../model/dates';

/**
 * Plain-English summaries of a proposal, shared by the Teams approval card and the tab's
 * approvals inbox so an approver reads one proposal in the same words in both. Output is
 * raw text: the card builders and React escape it, because parameters such as an
 * officer's name or a matter reference were typed by staff.
 */

const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  phone: 'telephone',
  email: 'email',
  post: 'post',
  faceToFace: 'face to face',
  webForm: 'web form',
  socialMedia: 'social media',
  textMessage: 'text message',
  inbox: 'shared inbox'
};

function list(items: readonly string[]): string {
  return items.length === 0 ? 'none given' : items.join(', ');
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

export function restrictionParameters(item: RestrictionItem): string {
  switch (item.type) {
    case 'R01':
      return item.contact.kind === 'officer' ? `Named officer: ${item.contact.name}` : `Inbox: ${item.contact.address}`;
    case 'R02':
      return `Channel: ${list(item.channels.map((c) => CHANNEL_WORDS[c] ?? c))}`;
    case 'R03':
      return `${list(item.days.map(capitalise))}, ${item.fromTime} to ${item.toTime}, calls up to ${item.maxCallMinutes} minutes`;
    case 'R04':
      return `Up to ${item.maxMinutes} minutes`;
    case 'R05':
      return `Subject: ${item.subjectMatter}`;
    case 'R06':
      return `Matter: ${item.matterReference}`;
    case 'R07':
      return `Up to ${item.maxHours} hours of officer time`;
    case 'R09':
      return `Premises: ${list(item.sites)}`;
    case 'R10':
      return `Services: ${list(item.services)}`;
    case 'R11':
      return `Through: ${item.representativeName}`;
    case 'R12':
      return `Terms: ${item.terms}`;
    case 'R14':
      return `Addresses or numbers: ${list(item.blockedAddresses)}`;
    case 'R15':
      return `Service: ${item.service}; Legal sign-off: ${item.legalSignOff ? `${item.legalSignOff.signedOffBy}, ${formatLongDate(item.legalSignOff.signedOffOn)}` : 'not recorded'}`;
    case 'R16':
      return `${item.kind === 'police' ? 'Police' : 'Legal'} reference: ${item.reference}`;
    case 'R17':
      return item.markerId ? `Marker: ${item.markerId}` : 'Health and safety marker process';
    case 'R08':
    case 'R13':
      return '';
  }
}

export interface RestrictionSummary {
  code: string;
  label: string;
  parameters: string;
}

export function summariseRestrictions(items: readonly RestrictionItem[]): RestrictionSummary[] {
  return items.map((item) => ({ code: item.type, label: SANCTION_CATALOGUE[item.type].label, parameters: restrictionParameters(item) }));
}

export function describeScope(scope: SanctionScope): string {
  switch (scope.kind) {
    case 'person':
      return `Contact with ${scope.staffName} only`;
    case 'team':
      return `${scope.team} team (${scope.service})`;
    case 'service':
      return `${scope.service} service`;
    case 'councilWide':
      return `Council-wide (${scope.justification.basis === 'riskToStaff' ? 'risk to staff' : 'behaviour across several services'}): ${scope.justification.detail}`;
    case 'premisesExclusion':
      return `Exclusion from premises: ${list(scope.sites)}`;
    case 'publicMeetingExclusion':
      return `Exclusion from public meetings: ${scope.meetings}`;
  }
}

/** 'About 6 months (181 days)': approvers think in months, the letter needs the exact span. */
export function describeDuration(start: IsoDate, end: IsoDate): string {
  const days = daysBetween(start, end);
  const months = Math.round(days / 30.44);
  return months >= 1 ? `About ${months} month${months === 1 ? '' : 's'} (${days} days)` : `${days} days`;
}

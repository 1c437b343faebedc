// BR-22: front-line staff see only an alert banner: what the restriction is, where it applies,
// who the single point of contact is (and cover), how to make necessary contact, and the
// dates. Never the narrative, reasons, incidents, approvals, adjustments or vulnerability
// data. The alert is built field by field (never by copying and deleting) so that a new
// field on Sanction or Person can never leak into it by accident.
// BR-15: the banner never rejects anything; new requests are dealt with on their merits.

import { formatLongDate, IsoDate, isOnOrAfter, isOnOrBefore } from '../model/dates';
import type { PersonId, SanctionId } from '../model/ids';
import { displayName, Person } from '../model/person';
import type { RestrictionItem, Sanction, SanctionScope, SpocChannel } from '../model/sanction';
import { SANCTION_CATALOGUE, SanctionTypeCode } from '../model/sanctionCatalogue';

export interface RestrictionAlertItem {
  readonly code: SanctionTypeCode;
  readonly label: string;
  /** What staff must do differently, when the restriction type has contact details. */
  readonly arrangement?: string;
}

export interface RestrictionAlert {
  readonly sanctionId: SanctionId;
  readonly personId: PersonId;
  readonly personName: string;
  readonly restrictions: readonly RestrictionAlertItem[];
  readonly scopeLabel: string;
  readonly singlePointOfContact: { readonly name: string; readonly channel: string };
  readonly cover?: { readonly name: string };
  readonly necessaryContact: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly datesLabel: string;
  /** BR-15: always 'considerOnMerits'; an alert never rejects a request. */
  readonly handling: 'considerOnMerits';
  readonly bannerText: string;
}

const CHANNEL_LABELS: Readonly<Record<SpocChannel, string>> = {
  phone: 'telephone',
  email: 'email',
  post: 'post',
  faceToFace: 'in person',
  inbox: 'shared inbox'
};

function list(values: readonly string[]): string {
  return values.join(', ');
}

/** Contact details staff need for each type; types whose parameters are sensitive get none. */
function arrangementFor(item: RestrictionItem): string | undefined {
  switch (item.type) {
    case 'R01':
      return item.contact.kind === 'officer' ? `Contact through ${item.contact.name}` : `Contact through ${item.contact.address}`;
    case 'R02':
      return `Contact by ${list(item.channels)} only`;
    case 'R03':
      return `Telephone on ${list(item.days)}, ${item.fromTime} to ${item.toTime}, up to ${item.maxCallMinutes} minutes`;
    case 'R04':
      return `Meetings or personal contact up to ${item.maxMinutes} minutes`;
    case 'R08':
      return 'Personal contact only with a witness present';
    case 'R09':
      return `Not to enter: ${list(item.sites)}`;
    case 'R10':
      return `Not available: ${list(item.services)}`;
    case 'R11':
      return `Contact through ${item.representativeName}`;
    default:
      // R05-R07, R12-R17: the parameters describe the case (subject matter, references,
      // blocked addresses, police or legal action), which front-line staff do not need.
      return undefined;
  }
}

function scopeLabel(scope: SanctionScope): string {
  switch (scope.kind) {
    case 'person':
      return `Contact with ${scope.staffName}`;
    case 'team':
      return `${scope.team} team (${scope.service})`;
    case 'service':
      return `${scope.service} only`;
    case 'councilWide':
      return 'All council services'; // never the justification (BR-22)
    case 'premisesExclusion':
      return `Excluded from: ${list(scope.sites)}`;
    case 'publicMeetingExclusion':
      return `Excluded from public meetings: ${scope.meetings}`;
  }
}

/** True when the sanction is active and in force on `today`. */
export function isAlertable(sanction: Pick<Sanction, 'status' | 'startDate' | 'endDate'>, today: IsoDate): boolean {
  return sanction.status === 'Active' && isOnOrBefore(sanction.startDate, today) && isOnOrAfter(sanction.endDate, today);
}

/** The banner for one active sanction, or undefined when nothing is in force today. */
export function toRestrictionAlert(sanction: Sanction, person: Pick<Person, 'id' | 'names'>, today: IsoDate): RestrictionAlert | undefined {
  if (!isAlertable(sanction, today)) {
    return undefined;
  }
  const restrictions = sanction.restrictions.map((item) => {
    const arrangement = arrangementFor(item);
    const entry: RestrictionAlertItem = { code: item.type, label: SANCTION_CATALOGUE[item.type].label };
    return arrangement === undefined ? entry : { ...entry, arrangement };
  });
  const name = displayName(person);
  const spoc = { name: sanction.spoc.name, channel: CHANNEL_LABELS[sanction.spoc.channel] };
  const datesLabel = `From ${formatLongDate(sanction.startDate)} to ${formatLongDate(sanction.endDate)}`;
  const alert: RestrictionAlert = {
    sanctionId: sanction.id,
    personId: person.id,
    personName: name,
    restrictions,
    scopeLabel: scopeLabel(sanction.scope),
    singlePointOfContact: spoc,
    necessaryContact: sanction.necessaryContactArrangements,
    startDate: sanction.startDate,
    endDate: sanction.endDate,
    datesLabel,
    handling: 'considerOnMerits',
    bannerText:
      `${name} has a contact restriction (${scopeLabel(sanction.scope)}). ${datesLabel}. ` +
      `Single point of contact: ${spoc.name} (${spoc.channel}). ` +
      'Deal with any new request or complaint on its merits; do not refuse it because of this restriction.'
  };
  return sanction.spoc.cover ? { ...alert, cover: { name: sanction.spoc.cover.name } } : alert;
}

/** Alerts for every sanction in force today, e.g. for the banner on a person's record. */
export function restrictionAlertsFor(
  sanctions: readonly Sanction[],
  person: Pick<Person, 'id' | 'names'>,
  today: IsoDate
): RestrictionAlert[] {
  const alerts: RestrictionAlert[] = [];
  for (const sanction of sanctions) {
    const alert = sanction.subjectPersonId === person.id ? toRestrictionAlert(sanction, person, today) : undefined;
    if (alert) {
      alerts.push(alert);
    }
  }
  return alerts;
}

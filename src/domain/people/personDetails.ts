// What is recorded about a customer's needs and circumstances (spec §5.2 #1), in plain words
// for the case view, the flags a representative needs (spec §2.1) and how two versions of a
// person differ, so a save that meets someone else's save applies only what this user changed.

import { formatLongDate } from '../model/dates';
import type { Person, Representative } from '../model/person';

/** The parts of a person the details screen edits, one save each time. */
export const PERSON_DETAIL_GROUPS = [
  'names',
  'aliases',
  'addresses',
  'contactChannels',
  'reasonableAdjustments',
  'vulnerabilityFlags',
  'representatives',
  'isCarerOrRepresentativeFor',
  'statutoryRoles'
] as const;
export type PersonDetailGroup = (typeof PERSON_DETAIL_GROUPS)[number];

export const PERSON_DETAIL_GROUP_LABELS: Readonly<Record<PersonDetailGroup, string>> = {
  names: 'name',
  aliases: 'other and previous names',
  addresses: 'addresses',
  contactChannels: 'contact details',
  reasonableAdjustments: 'reasonable adjustments',
  vulnerabilityFlags: 'vulnerability flags',
  representatives: 'representatives',
  isCarerOrRepresentativeFor: 'people they care for or represent',
  statutoryRoles: 'statutory roles'
};

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** On what footing a representative acts for the person (spec §2.1: consent or another lawful basis). */
export function representativeStanding(representative: Representative): 'consent' | 'lawfulBasis' | 'none' {
  if (representative.consentGiven) return 'consent';
  return blank(representative.lawfulBasis) ? 'none' : 'lawfulBasis';
}

export interface RepresentativeFlag {
  /** Position in person.representatives. */
  index: number;
  kind: 'noConsentOrLawfulBasis' | 'consentUndated';
  message: string;
}

/**
 * Representatives who cannot yet act for the person: no consent and no other lawful basis
 * (spec §2.1, LGSCO Part 3), or consent with no record of when it was given.
 */
export function representativeFlags(person: Pick<Person, 'representatives'>): RepresentativeFlag[] {
  const flags: RepresentativeFlag[] = [];
  person.representatives.forEach((representative, index) => {
    const name = blank(representative.name) ? 'This representative' : representative.name;
    const standing = representativeStanding(representative);
    if (standing === 'none') {
      flags.push({
        index,
        kind: 'noConsentOrLawfulBasis',
        message: `${name} has no recorded consent or other lawful basis. Do not share the person's information with them or act on their instructions until one is recorded.`
      });
    } else if (standing === 'consent' && representative.consentRecordedOn === undefined) {
      flags.push({ index, kind: 'consentUndated', message: `Record when the person gave consent for ${name}.` });
    }
  });
  return flags;
}

/** How a representative acts for the person, in words: "consent recorded on 1 October 2026". */
export function describeRepresentativeStanding(representative: Representative): string {
  switch (representativeStanding(representative)) {
    case 'consent':
      return representative.consentRecordedOn === undefined
        ? 'consent given (date not recorded)'
        : `consent recorded on ${formatLongDate(representative.consentRecordedOn)}`;
    case 'lawfulBasis':
      return `acts on another lawful basis: ${(representative.lawfulBasis as string).trim()}`;
    default:
      return 'no consent or other lawful basis recorded';
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function representativesSummary(representatives: readonly Representative[]): string {
  const standings = representatives.map(representativeStanding);
  const consent = standings.filter((s) => s === 'consent').length;
  const lawful = standings.filter((s) => s === 'lawfulBasis').length;
  const none = standings.filter((s) => s === 'none').length;
  const total = count(representatives.length, 'representative', 'representatives');
  if (consent === representatives.length) return `${total} (consent recorded)`;
  if (lawful === representatives.length) return `${total} (another lawful basis recorded)`;
  if (none === representatives.length) return `${total} (no consent or other lawful basis recorded)`;
  const parts = [
    consent > 0 ? `${consent} with consent` : '',
    lawful > 0 ? `${lawful} on another lawful basis` : '',
    none > 0 ? `${none} with no consent or other lawful basis` : ''
  ].filter((part) => part !== '');
  return `${total} (${parts.join(', ')})`;
}

/**
 * One line for the case view: what is recorded about the person's needs and circumstances,
 * e.g. "2 reasonable adjustments (1 communication need), 1 representative (consent recorded)".
 * Names what each handler must take into account (BR-13, BR-28, BR-29, BR-31), never the details.
 */
export function summarisePersonNeeds(
  person: Pick<Person, 'reasonableAdjustments' | 'representatives' | 'isCarerOrRepresentativeFor' | 'statutoryRoles' | 'vulnerabilityFlags'>
): string {
  const parts: string[] = [];
  const adjustments = person.reasonableAdjustments;
  if (adjustments.length > 0) {
    const needs = adjustments.filter((a) => a.communicationNeed).length;
    const ofWhich = needs > 0 ? ` (${count(needs, 'communication need', 'communication needs')})` : '';
    parts.push(`${count(adjustments.length, 'reasonable adjustment', 'reasonable adjustments')}${ofWhich}`);
  }
  if (person.representatives.length > 0) parts.push(representativesSummary(person.representatives));
  const caredFor = person.isCarerOrRepresentativeFor;
  if (caredFor.length > 0) {
    const disabled = caredFor.filter((c) => c.disabled).length;
    parts.push(`cares for or represents ${count(caredFor.length, 'person', 'people')}${disabled > 0 ? ` (${disabled} disabled)` : ''}`);
  }
  if (person.statutoryRoles.length > 0) parts.push(count(person.statutoryRoles.length, 'statutory role', 'statutory roles'));
  if (person.vulnerabilityFlags.length > 0)
    parts.push(count(person.vulnerabilityFlags.length, 'vulnerability flag', 'vulnerability flags'));
  if (parts.length === 0) return 'Nothing recorded about their needs, representatives, caring or statutory roles.';
  const line = parts.join(', ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

/** JSON with object keys sorted and undefined left out: the same record however it was built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const source = item as Record<string, unknown>;
    return Object.keys(source)
      .sort()
      .reduce<Record<string, unknown>>((sorted, key) => {
        sorted[key] = source[key];
        return sorted;
      }, {});
  });
}

/** Which groups differ between two versions of a person (order of PERSON_DETAIL_GROUPS). */
export function changedPersonGroups(before: Person, after: Person): PersonDetailGroup[] {
  return PERSON_DETAIL_GROUPS.filter((group) => canonical(before[group]) !== canonical(after[group]));
}

/**
 * "Apply my changes to the latest version": every group this user changed from the version
 * they opened (`base`) is taken from `mine`; every other group stays as `latest` has it. Where
 * both changed the same group, this user's version of that group wins, because they chose it.
 */
export function applyPersonChanges(base: Person, mine: Person, latest: Person): Person {
  const merged: Person = { ...latest };
  for (const group of changedPersonGroups(base, mine)) {
    (merged as unknown as Record<PersonDetailGroup, unknown>)[group] = mine[group];
  }
  return merged;
}

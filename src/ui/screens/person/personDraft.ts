import type {
  CaredForRelation,
  ContactChannel,
  Person,
  ReasonableAdjustment,
  Representative,
  StatutoryRoleRecord,
  ValidationError
} from '../../../domain';
import { PERSON_DETAIL_GROUPS } from '../../../domain/people/personDetails';

/** A yes/no question not yet answered is '' so the domain asks for an answer (no silent "no"). */
export type YesNo = '' | 'yes' | 'no';

export interface ContactChannelDraft {
  kind: string;
  value: string;
  preferred: boolean;
}

export interface AdjustmentDraft {
  kind: string;
  description: string;
  communicationNeed: YesNo;
  recordedOn: string;
}

export interface RepresentativeDraft {
  name: string;
  relationship: string;
  consentGiven: YesNo;
  consentRecordedOn: string;
  lawfulBasis: string;
  /** Fields this screen does not edit, kept as they were. */
  kept: Pick<Representative, 'personId' | 'contact'>;
}

export interface CaredForDraft {
  name: string;
  relationship: string;
  disabled: YesNo;
  personId?: string;
}

export interface StatutoryRoleDraft {
  role: string;
  detail: string;
}

/** The form's copy of a person: every field as the inputs hold it (text, '' for nothing). */
export interface PersonDraft {
  given: string;
  family: string;
  aliases: string[];
  addresses: string[];
  contactChannels: ContactChannelDraft[];
  reasonableAdjustments: AdjustmentDraft[];
  vulnerabilityFlags: string[];
  representatives: RepresentativeDraft[];
  isCarerOrRepresentativeFor: CaredForDraft[];
  statutoryRoles: StatutoryRoleDraft[];
}

function yesNo(value: boolean): YesNo {
  return value ? 'yes' : 'no';
}

function fromYesNo(value: YesNo): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

export function draftOf(person: Person): PersonDraft {
  return {
    given: person.names.given,
    family: person.names.family,
    aliases: [...person.aliases],
    addresses: [...person.addresses],
    contactChannels: person.contactChannels.map((c) => ({ kind: c.kind, value: c.value, preferred: c.preferred === true })),
    reasonableAdjustments: person.reasonableAdjustments.map((a) => ({
      kind: a.kind,
      description: a.description,
      communicationNeed: yesNo(a.communicationNeed),
      recordedOn: a.recordedOn
    })),
    vulnerabilityFlags: [...person.vulnerabilityFlags],
    representatives: person.representatives.map((r) => ({
      name: r.name,
      relationship: r.relationship,
      consentGiven: yesNo(r.consentGiven),
      consentRecordedOn: r.consentRecordedOn ?? '',
      lawfulBasis: r.lawfulBasis ?? '',
      kept: { personId: r.personId, contact: r.contact }
    })),
    isCarerOrRepresentativeFor: person.isCarerOrRepresentativeFor.map((c) => ({
      name: c.name,
      relationship: c.relationship,
      disabled: yesNo(c.disabled),
      personId: c.personId
    })),
    statutoryRoles: person.statutoryRoles.map((s) => ({ role: s.role, detail: s.detail ?? '' }))
  };
}

/**
 * What the form gives the domain's validatePersonInput: blanks become "not given", yes/no
 * becomes true/false, a consent date only with consent and another lawful basis only without.
 */
export function inputOf(draft: PersonDraft): unknown {
  return {
    names: { given: draft.given, family: draft.family },
    aliases: draft.aliases,
    addresses: draft.addresses,
    contactChannels: draft.contactChannels.map((c): Partial<ContactChannel> => ({
      kind: optional(c.kind) as ContactChannel['kind'],
      value: c.value,
      ...(c.preferred ? { preferred: true } : {})
    })),
    reasonableAdjustments: draft.reasonableAdjustments.map((a): Partial<ReasonableAdjustment> => ({
      kind: optional(a.kind) as ReasonableAdjustment['kind'],
      description: a.description,
      communicationNeed: fromYesNo(a.communicationNeed),
      recordedOn: optional(a.recordedOn) as ReasonableAdjustment['recordedOn']
    })),
    vulnerabilityFlags: draft.vulnerabilityFlags,
    representatives: draft.representatives.map((r): Partial<Representative> => ({
      name: r.name,
      relationship: r.relationship,
      consentGiven: fromYesNo(r.consentGiven),
      consentRecordedOn: r.consentGiven === 'yes' ? (optional(r.consentRecordedOn) as Representative['consentRecordedOn']) : undefined,
      lawfulBasis: r.consentGiven === 'no' ? optional(r.lawfulBasis) : undefined,
      ...r.kept
    })),
    isCarerOrRepresentativeFor: draft.isCarerOrRepresentativeFor.map((c): Partial<CaredForRelation> => ({
      name: c.name,
      relationship: c.relationship,
      disabled: fromYesNo(c.disabled),
      personId: c.personId
    })),
    statutoryRoles: draft.statutoryRoles.map((s): Partial<StatutoryRoleRecord> => ({
      role: optional(s.role) as StatutoryRoleRecord['role'],
      detail: optional(s.detail)
    }))
  };
}

const ITEM_LABELS: Readonly<Record<string, string>> = {
  names: 'Name',
  aliases: 'Other name',
  addresses: 'Address',
  contactChannels: 'Contact',
  reasonableAdjustments: 'Reasonable adjustment',
  vulnerabilityFlags: 'Vulnerability',
  representatives: 'Representative',
  isCarerOrRepresentativeFor: 'Person cared for or represented',
  statutoryRoles: 'Statutory role'
};

/** "Representative 2: Enter the representative's name." for the list of problems above the save button. */
export function describeProblem(error: ValidationError): string {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(error.field);
  const label = match ? ITEM_LABELS[match[1]] : undefined;
  if (!match || !label || match[1] === 'names') return error.message;
  return match[2] === undefined ? `${label}: ${error.message}` : `${label} ${Number(match[2]) + 1}: ${error.message}`;
}

/** The order of the groups on the form (the domain's list), so the list of problems reads top to bottom. */
const FORM_ORDER: readonly string[] = PERSON_DETAIL_GROUPS;

export function inFormOrder(errors: readonly ValidationError[]): ValidationError[] {
  const rank = (error: ValidationError): number => FORM_ORDER.indexOf(/^[A-Za-z]+/.exec(error.field)?.[0] ?? '');
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => rank(a.error) - rank(b.error) || a.index - b.index)
    .map(({ error }) => error);
}

/** The errors for one list, not for its items (for example "only one preferred contact"). */
export function listErrors(errors: readonly ValidationError[], field: string): string | undefined {
  const hit = errors.filter((e) => e.field === field)[0];
  return hit ? hit.message : undefined;
}

export const YES_NO_CHOICES: readonly { value: YesNo; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' }
];

/** What every repeating group of the form receives. */
export interface GroupProps<T> {
  items: T[];
  onChange(items: T[]): void;
  /** The domain's messages (empty until the user has tried to save). */
  errors: readonly ValidationError[];
}

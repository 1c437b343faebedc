import type { IsoDate } from './dates';
import type { PersonId } from './ids';

/** Ways a person can contact, or be contacted by, the council. */
export const CONTACT_CHANNEL_KINDS = ['phone', 'email', 'post', 'faceToFace', 'webForm', 'socialMedia', 'textMessage'] as const;
export type ContactChannelKind = (typeof CONTACT_CHANNEL_KINDS)[number];

export const CONTACT_CHANNEL_KIND_LABELS: Readonly<Record<ContactChannelKind, string>> = {
  phone: 'Telephone',
  email: 'Email',
  post: 'Post',
  faceToFace: 'Face to face',
  webForm: 'Web form',
  socialMedia: 'Social media',
  textMessage: 'Text message'
};

export interface ContactChannel {
  kind: ContactChannelKind;
  /** Number, address or handle. */
  value: string;
  preferred?: boolean;
}

export interface Representative {
  name: string;
  relationship: string;
  /** Representatives need consent or another lawful basis (spec §2.1, LGSCO Part 3). */
  consentGiven: boolean;
  consentRecordedOn?: IsoDate;
  /**
   * Where the person has not consented: the other lawful basis for acting for them (a lasting
   * power of attorney, a court-appointed deputy, a DWP appointee). Without consent or this,
   * the representative is flagged (spec §2.1).
   */
  lawfulBasis?: string;
  personId?: PersonId;
  contact?: ContactChannel;
}

/**
 * Communication needs and other reasonable adjustments (Equality Act 2010). Used by BR-13
 * and BR-31 to spot restrictions that would clash with what the person needs.
 */
export const ADJUSTMENT_KINDS = [
  'needsPhoneContact',
  'needsFaceToFace',
  'needsWrittenContact',
  'literacyDifficulty',
  'visualImpairment',
  'hearingImpairment',
  'speechImpairment',
  'learningDisability',
  'mentalHealthCondition',
  'needsAdvocate',
  'needsInterpreter',
  'needsLargePrintOrBraille',
  'needsExtraTime',
  'needsNamedContact',
  /** Issue 16 item 6: email, online forms and an inbox do not reach them. */
  'noInternetAccess',
  'other'
] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const ADJUSTMENT_KIND_LABELS: Readonly<Record<AdjustmentKind, string>> = {
  needsPhoneContact: 'Needs contact by telephone',
  needsFaceToFace: 'Needs contact face to face',
  needsWrittenContact: 'Needs contact in writing',
  literacyDifficulty: 'Difficulty reading or writing',
  visualImpairment: 'Sight loss or visual impairment',
  hearingImpairment: 'Deaf or hard of hearing',
  speechImpairment: 'Speech impairment',
  learningDisability: 'Learning disability',
  mentalHealthCondition: 'Mental health condition',
  needsAdvocate: 'Needs an advocate',
  needsInterpreter: 'Needs an interpreter',
  needsLargePrintOrBraille: 'Needs large print or Braille',
  needsExtraTime: 'Needs extra time',
  needsNamedContact: 'Needs one named contact',
  noInternetAccess: 'Has no internet access',
  other: 'Another adjustment'
};

export interface ReasonableAdjustment {
  kind: AdjustmentKind;
  description: string;
  /** True when it is a communication need (how we talk or write to them). */
  communicationNeed: boolean;
  recordedOn: IsoDate;
}

export const VULNERABILITY_FLAGS = [
  'safeguardingAdult',
  'safeguardingChild',
  'mentalHealthCrisis',
  'domesticAbuse',
  'homelessness',
  'other'
] as const;
export type VulnerabilityFlag = (typeof VULNERABILITY_FLAGS)[number];

export const VULNERABILITY_FLAG_LABELS: Readonly<Record<VulnerabilityFlag, string>> = {
  safeguardingAdult: 'Adult safeguarding concern',
  safeguardingChild: 'Child safeguarding concern',
  mentalHealthCrisis: 'Mental health crisis',
  domesticAbuse: 'Domestic abuse',
  homelessness: 'Homeless or at risk of homelessness',
  other: 'Another vulnerability'
};

/** Statutory roles that must keep information and participation flowing (BR-29). */
export const STATUTORY_ROLES = ['parentOfLookedAfterChild', 'parentOfChildWithSen', 'carer', 'tenant', 'partyToStatutoryProcess'] as const;
export type StatutoryRole = (typeof STATUTORY_ROLES)[number];

export const STATUTORY_ROLE_LABELS: Readonly<Record<StatutoryRole, string>> = {
  parentOfLookedAfterChild: 'Parent of a looked-after child',
  parentOfChildWithSen: 'Parent of a child with special educational needs',
  carer: 'Carer',
  tenant: 'Tenant',
  partyToStatutoryProcess: 'Party to a statutory process'
};

export interface StatutoryRoleRecord {
  role: StatutoryRole;
  detail?: string;
}

/** Someone the person cares for or represents (BR-28 flags restrictions that could spread). */
export interface CaredForRelation {
  personId?: PersonId;
  name: string;
  relationship: string;
  disabled: boolean;
}

export interface Person {
  id: PersonId;
  names: { given: string; family: string };
  aliases: readonly string[];
  addresses: readonly string[];
  contactChannels: readonly ContactChannel[];
  representatives: readonly Representative[];
  reasonableAdjustments: readonly ReasonableAdjustment[];
  vulnerabilityFlags: readonly VulnerabilityFlag[];
  statutoryRoles: readonly StatutoryRoleRecord[];
  isCarerOrRepresentativeFor: readonly CaredForRelation[];
}

export function displayName(person: Pick<Person, 'names'>): string {
  return `${person.names.given} ${person.names.family}`.trim();
}

/**
 * What is recorded about a person's needs and circumstances: reasonable adjustments (which name
 * health conditions), vulnerability and safeguarding flags, representatives and the people they
 * care for (third parties), and statutory roles. Special category or third-party data: shown
 * only to those who may read the whole case (BR-22), and stored apart from the person's name
 * and contact details, which staff need to find them.
 */
export const PERSON_CIRCUMSTANCE_FIELDS = [
  'representatives',
  'reasonableAdjustments',
  'vulnerabilityFlags',
  'statutoryRoles',
  'isCarerOrRepresentativeFor'
] as const;
export type PersonCircumstanceField = (typeof PERSON_CIRCUMSTANCE_FIELDS)[number];
export type PersonCircumstances = Pick<Person, PersonCircumstanceField>;

/** Nothing recorded about the person's needs and circumstances. */
export const NO_CIRCUMSTANCES: PersonCircumstances = {
  representatives: [],
  reasonableAdjustments: [],
  vulnerabilityFlags: [],
  statutoryRoles: [],
  isCarerOrRepresentativeFor: []
};

/** True when anything is recorded about the person's needs and circumstances. */
export function hasCircumstances(person: PersonCircumstances): boolean {
  return PERSON_CIRCUMSTANCE_FIELDS.some((field) => person[field].length > 0);
}

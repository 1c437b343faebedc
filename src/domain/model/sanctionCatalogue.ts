/**
 * Restriction (sanction) catalogue R01..R17 of spec §2.5, as data.
 */
export const SANCTION_TYPE_CODES = [
  'R01',
  'R02',
  'R03',
  'R04',
  'R05',
  'R06',
  'R07',
  'R08',
  'R09',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17'
] as const;
export type SanctionTypeCode = (typeof SANCTION_TYPE_CODES)[number];

export interface SanctionTypeInfo {
  code: SanctionTypeCode;
  label: string;
  description: string;
  /** Proportionality note shown beside the choice. */
  proportionalityNote: string;
  sources: readonly string[];
}

export const SANCTION_CATALOGUE: Readonly<Record<SanctionTypeCode, SanctionTypeInfo>> = {
  R01: {
    code: 'R01',
    label: 'Single point of contact',
    description: 'All contact goes through a named officer or a generic inbox.',
    proportionalityNote: 'Usually the least restrictive option. Name cover for absences.',
    sources: ['L2 P6', 'N6', 'C1 4.1', 'C2 p.4', 'P1']
  },
  R02: {
    code: 'R02',
    label: 'One contact channel only',
    description: 'Contact limited to one channel, such as writing, email, post or telephone.',
    proportionalityNote: 'Have regard to any agreed reasonable adjustments.',
    sources: ['L2 P6', 'C1', 'C2']
  },
  R03: {
    code: 'R03',
    label: 'Telephone limits',
    description: 'Calls limited to specified days and times, or to a maximum length.',
    proportionalityNote: 'Check communication needs first; some people cannot write.',
    sources: ['L2 P6', 'C1', 'C2', 'P1']
  },
  R04: {
    code: 'R04',
    label: 'Time limits on meetings and personal contact',
    description: 'Meetings and personal contact limited to a set length.',
    proportionalityNote: 'Allow extra time where that is a reasonable adjustment.',
    sources: ['C2 p.4', 'L0', 'L1']
  },
  R05: {
    code: 'R05',
    label: 'Correspondence read and filed without reply',
    description: 'Correspondence on a stated matter is read and filed without acknowledgement or reply, unless it raises something new.',
    proportionalityNote: 'Every item must still be logged and checked for new issues and safeguarding.',
    sources: ['L2 P6', 'C1', 'C2']
  },
  R06: {
    code: 'R06',
    label: 'No further complaints on the same matter',
    description: 'Further complaints about a matter already decided are not registered or processed.',
    proportionalityNote: 'New matters are still handled on their merits.',
    sources: ['C1 4.1', 'C2 p.4']
  },
  R07: {
    code: 'R07',
    label: 'Limit on officer time',
    description: 'A limit on the time officers spend reviewing a complaint.',
    proportionalityNote: 'State the limit and explain it to the person.',
    sources: ['C1 4.1']
  },
  R08: {
    code: 'R08',
    label: 'Witness present at personal contact',
    description: 'Personal contact only with a witness present.',
    proportionalityNote: 'Suitable where there is a dispute about what was said.',
    sources: ['C2 p.4']
  },
  R09: {
    code: 'R09',
    label: 'Exclusion from specified premises',
    description: 'Access to specified buildings or premises is restricted.',
    proportionalityNote: 'Never open-ended; reviewed at least as often as other restrictions (BR-30).',
    sources: ['L2 P6']
  },
  R10: {
    code: 'R10',
    label: 'Restricted access to discretionary services',
    description: 'Access to named discretionary services is restricted.',
    proportionalityNote: 'Mandatory services are not covered; see R15.',
    sources: ['L2 P6']
  },
  R11: {
    code: 'R11',
    label: 'Contact through a third party',
    description: 'Contact only through a third party, advocate or representative.',
    proportionalityNote: 'The representative needs the person’s consent.',
    sources: ['P1', 'Social Security Scotland']
  },
  R12: {
    code: 'R12',
    label: 'Acceptable behaviour agreement',
    description: 'An agreement on future conduct.',
    proportionalityNote: 'Agree terms the person can realistically keep.',
    sources: ['P1']
  },
  R13: {
    code: 'R13',
    label: 'Single consolidated response',
    description: 'One consolidated response to several lines of communication.',
    proportionalityNote: 'A light-touch option for scatter-gun contact.',
    sources: ['C2 p.4']
  },
  R14: {
    code: 'R14',
    label: 'Email or telephone diverted or blocked',
    description: 'Email addresses or numbers are diverted or blocked. Extreme cases only.',
    proportionalityNote: 'Extreme cases only; arrange how necessary contact still happens.',
    sources: ['C2 p.4', 'Social Security Scotland']
  },
  R15: {
    code: 'R15',
    label: 'Withdrawal of a mandatory service',
    description: 'Withdrawal of a mandatory or statutory service. Exceptional.',
    proportionalityNote: 'Needs Legal sign-off and an equality and human rights note (BR-20).',
    sources: ['L2 P6']
  },
  R16: {
    code: 'R16',
    label: 'Report to the police or legal action',
    description: 'Report to the police, or legal action such as an injunction.',
    proportionalityNote: 'For criminal behaviour or serious risk.',
    sources: ['C5 p.8', 'C4', 'W7']
  },
  R17: {
    code: 'R17',
    label: 'Warning marker on the staff safety register',
    description: 'A warning marker on the staff safety register. A separate process run by health and safety.',
    proportionalityNote: 'Needs a specific incident and health and safety approval (BR-21).',
    sources: ['W1', 'W2', 'W3', 'W4', 'W5']
  }
};

export function isSanctionTypeCode(value: unknown): value is SanctionTypeCode {
  return typeof value === 'string' && (SANCTION_TYPE_CODES as readonly string[]).indexOf(value) >= 0;
}

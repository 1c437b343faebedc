/**
 * Behaviour taxonomy (spec §5.3) and the example catalogue (spec §2.2), as data.
 */
export const BEHAVIOUR_CATEGORY_CODES = [
  'aggressiveAbusiveThreatening',
  'unreasonableDemands',
  'unreasonableLevelsOfContact',
  'unreasonableRefusalToCooperate',
  'unreasonableUseOfComplaintsProcess',
  'excessiveElectronicCommunication',
  'complexInformationRequests',
  'causingAnnoyance',
  'difficultBehaviour',
  'foiRelated'
] as const;

export type BehaviourCategoryCode = (typeof BEHAVIOUR_CATEGORY_CODES)[number];

export interface BehaviourCategory {
  code: BehaviourCategoryCode;
  label: string;
  description: string;
  /** False for behaviour that is recorded but is not on its own grounds for a sanction. */
  sanctionable: boolean;
  /** True when the behaviour routes to the FOI workflow rather than a CCM case (spec §5.3). */
  routesToFoi: boolean;
  sources: readonly string[];
}

export const BEHAVIOUR_TAXONOMY: readonly BehaviourCategory[] = [
  {
    code: 'aggressiveAbusiveThreatening',
    label: 'Aggressive, abusive or threatening behaviour',
    description: 'Physical violence, threats, verbal abuse, offensive or insulting language and discriminatory remarks.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['M1 p.3', 'S1']
  },
  {
    code: 'unreasonableDemands',
    label: 'Unreasonable demands',
    description:
      'Demands that substantially affect the work of the council, such as insisting on replies within unreasonable timescales or on a particular member of staff.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['M1', 'S1']
  },
  {
    code: 'unreasonableLevelsOfContact',
    label: 'Unreasonable levels of contact or unreasonably persistent contact',
    description: 'The amount of contact affects our ability to deal with the matter or to serve other customers.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['M1', 'S1', 'C6']
  },
  {
    code: 'unreasonableRefusalToCooperate',
    label: 'Unreasonable refusal to co-operate',
    description:
      'Repeatedly refusing reasonable requests, such as agreeing the complaint or giving information, while still wanting a resolution.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['S1']
  },
  {
    code: 'unreasonableUseOfComplaintsProcess',
    label: 'Unreasonable use of the complaints process',
    description:
      'Repeated complaints whose effect is to harass or to prevent a legitimate aim or decision. Only in exceptional circumstances.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['S1']
  },
  {
    code: 'excessiveElectronicCommunication',
    label: 'Excessive or inappropriate electronic communication on the same matter',
    description: 'Inappropriate content in, or excessive use of, email or other electronic contact on one matter.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['N2']
  },
  {
    code: 'complexInformationRequests',
    label: 'Constant requests for complex information without good reason',
    description: 'Repeated requests for complex information outside the Freedom of Information Act without apparent good reason.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['N2']
  },
  {
    code: 'causingAnnoyance',
    label: 'Acting to cause annoyance without intending to resolve the matter',
    description: 'Behaviour meant to cause annoyance rather than to resolve the query.',
    sanctionable: true,
    routesToFoi: false,
    sources: ['N2']
  },
  {
    code: 'difficultBehaviour',
    label: 'Difficult behaviour (record only)',
    description:
      'Behaviour that causes difficulty, such as refusing to accept a decision. It is recorded but is not on its own grounds for a sanction.',
    sanctionable: false,
    routesToFoi: false,
    sources: ['M1 p.3']
  },
  {
    code: 'foiRelated',
    label: 'Freedom of information or environmental information requests',
    description: 'Concerns about information requests under FOIA or the EIR go to the FOI officer, not to a customer case.',
    sanctionable: false,
    routesToFoi: true,
    sources: ['N2', 'I3']
  }
];

export function isBehaviourCategoryCode(value: unknown): value is BehaviourCategoryCode {
  return typeof value === 'string' && (BEHAVIOUR_CATEGORY_CODES as readonly string[]).indexOf(value) >= 0;
}

export function behaviourCategory(code: BehaviourCategoryCode): BehaviourCategory {
  return BEHAVIOUR_TAXONOMY.filter((category) => category.code === code)[0];
}

/** Second-level examples (spec §2.2). A pick-list with free text; not exhaustive. */
export interface BehaviourExample {
  code: string;
  label: string;
  category: BehaviourCategoryCode;
}

export const BEHAVIOUR_EXAMPLES: readonly BehaviourExample[] = [
  { code: 'E01', label: 'Insufficient or no grounds; complaining only to annoy', category: 'causingAnnoyance' },
  { code: 'E02', label: 'Refusing to specify the grounds despite offers of help', category: 'unreasonableRefusalToCooperate' },
  { code: 'E03', label: 'Refusing to co-operate while still wanting a resolution', category: 'unreasonableRefusalToCooperate' },
  { code: 'E04', label: "Refusing to accept that issues are outside the council's power", category: 'unreasonableDemands' },
  { code: 'E05', label: 'Insisting on handling that does not fit the procedure or good practice', category: 'unreasonableDemands' },
  { code: 'E06', label: 'Groundless complaints about staff and seeking their replacement', category: 'unreasonableUseOfComplaintsProcess' },
  { code: 'E07', label: 'An unreasonable number of contacts or excessive demands', category: 'unreasonableLevelsOfContact' },
  {
    code: 'E08',
    label: 'Harassing, verbally abusing or intimidating, including offensive or racist language',
    category: 'aggressiveAbusiveThreatening'
  },
  { code: 'E09', label: 'Raising new or subsidiary issues part-way through a complaint', category: 'unreasonableUseOfComplaintsProcess' },
  { code: 'E10', label: 'Trivial or irrelevant new information late in the process', category: 'unreasonableUseOfComplaintsProcess' },
  {
    code: 'E11',
    label: 'Changing the substance of the complaint or denying earlier statements',
    category: 'unreasonableUseOfComplaintsProcess'
  },
  { code: 'E12', label: 'Recording conversations covertly or without consent', category: 'unreasonableRefusalToCooperate' },
  { code: 'E13', label: 'Submitting falsified documents', category: 'unreasonableUseOfComplaintsProcess' },
  {
    code: 'E14',
    label: 'Refusing to accept the outcome and repeatedly arguing points with no new evidence',
    category: 'unreasonableLevelsOfContact'
  },
  { code: 'E15', label: 'A "scatter gun" approach through several routes about the same issue', category: 'unreasonableLevelsOfContact' },
  { code: 'E16', label: 'Repeat complaints with minor additions', category: 'unreasonableUseOfComplaintsProcess' },
  { code: 'E17', label: 'Unreasonable fixation on an individual member of staff', category: 'unreasonableDemands' },
  { code: 'E18', label: 'Questioning historic decisions that cannot be changed', category: 'unreasonableDemands' }
];

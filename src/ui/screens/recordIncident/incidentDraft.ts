import type { BehaviourCategoryCode, ImmediateAction, IncidentChannel, IncidentReport, Person, Witness } from '../../../domain';

export interface NewCustomerDraft {
  given: string;
  family: string;
  contact: string;
}

/** What "Record an incident" holds while it is filled in. */
export interface IncidentDraft {
  person: Person | undefined;
  newCustomer: NewCustomerDraft | undefined;
  date: string;
  time: string;
  service: string;
  channel: IncidentChannel | '';
  categories: BehaviourCategoryCode[];
  narrative: string;
  immediateAction: ImmediateAction | '';
  immediateActionDetail: string;
  witnesses: Witness[];
  policeReference: string;
  healthAndSafetyFlag: boolean;
  files: File[];
}

export type SubmitState =
  | { status: 'editing' }
  | { status: 'saving' }
  | { status: 'saved'; incident: IncidentReport; uploadFailures: string[] }
  | { status: 'failed'; error: unknown };

export function blankDraft(date: string, time: string): IncidentDraft {
  return {
    person: undefined,
    newCustomer: undefined,
    date,
    time,
    service: '',
    channel: '',
    categories: [],
    narrative: '',
    immediateAction: '',
    immediateActionDetail: '',
    witnesses: [],
    policeReference: '',
    healthAndSafetyFlag: false,
    files: []
  };
}

/** The customer a new-customer draft describes: names, and a phone or email if given (the record's id is the caller's). */
export function personFromNewCustomer(draft: NewCustomerDraft): Omit<Person, 'id'> {
  const contact = draft.contact.trim();
  return {
    names: { given: draft.given.trim(), family: draft.family.trim() },
    aliases: [],
    addresses: [],
    contactChannels: contact ? [{ kind: contact.indexOf('@') >= 0 ? 'email' : 'phone', value: contact }] : [],
    representatives: [],
    reasonableAdjustments: [],
    vulnerabilityFlags: [],
    statutoryRoles: [],
    isCarerOrRepresentativeFor: []
  };
}

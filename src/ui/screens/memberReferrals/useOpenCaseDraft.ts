import * as React from 'react';
import type { Person } from '../../../domain';
import type { NewCustomerDraft } from '../recordIncident/useRecordIncident';

export interface OpenCaseErrors {
  customer?: string;
  given?: string;
  family?: string;
  leadService?: string;
}

export interface OpenCaseDraft {
  person: Person | undefined;
  setPerson(person: Person | undefined): void;
  newCustomer: NewCustomerDraft | undefined;
  setNewCustomer(next: NewCustomerDraft | undefined): void;
  leadService: string;
  setLeadService(service: string): void;
  errors: OpenCaseErrors;
  /** Shows what is missing next to each field; true when the case can be opened. */
  validate(): boolean;
  clearErrors(): void;
  /** The customer the case is for: the new customer being added, else the one found. */
  customer(): Person | NewCustomerDraft;
}

/** "Zoë Ng" → given "Zoë", family "Ng": a starting point the officer can correct. */
function splitName(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  return words.length < 2 ? { given: '', family: name.trim() } : { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
}

/** The "Open a case" form's fields: the customer (found or new), the lead service and their problems. */
export function useOpenCaseDraft(): OpenCaseDraft {
  const [person, setPerson] = React.useState<Person | undefined>(undefined);
  const [draft, setDraft] = React.useState<NewCustomerDraft | undefined>(undefined);
  const [leadService, setLeadService] = React.useState('');
  const [errors, setErrors] = React.useState<OpenCaseErrors>({});
  const validate = (): boolean => {
    const problems = {
      customer: !person && !draft ? 'Find the customer, or add them as a new customer.' : undefined,
      given: draft && draft.given.trim() === '' ? "Enter the customer's first name." : undefined,
      family: draft && draft.family.trim() === '' ? "Enter the customer's last name." : undefined,
      leadService: leadService === '' ? 'Choose the lead service.' : undefined
    };
    setErrors(problems);
    return !(problems.customer || problems.given || problems.family || problems.leadService);
  };
  return {
    person,
    setPerson,
    newCustomer: draft,
    // A new customer starts from the name the councillor gave, split into first and last names.
    setNewCustomer: (next) => {
      if (next && !draft && next.given === '') {
        setDraft({ ...next, ...splitName(next.family) });
      } else setDraft(next);
    },
    leadService,
    setLeadService,
    errors,
    validate,
    clearErrors: () => setErrors({}),
    customer: () => (draft ?? person) as Person | NewCustomerDraft
  };
}

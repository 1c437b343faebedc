import * as React from 'react';
import type { ContactChannelKind, FoiRegime } from '../../../domain';

/** What the officer has typed about one contact, before it is logged. */
export interface ContactDraft {
  channel: ContactChannelKind | '';
  summary: string;
  viaSpoc: boolean;
  newIssue: boolean;
  safeguardingConcern: boolean;
  breachOfRestriction: boolean;
  informationRequest: FoiRegime | '';
}

/** The yes/no facts about a contact, each a checkbox on the form. */
export type ContactFlag = 'viaSpoc' | 'newIssue' | 'safeguardingConcern' | 'breachOfRestriction';

export interface FieldProblem {
  field: string;
  message: string;
}

const EMPTY_CONTACT: ContactDraft = {
  channel: '',
  summary: '',
  viaSpoc: true,
  newIssue: false,
  safeguardingConcern: false,
  breachOfRestriction: false,
  informationRequest: ''
};

export interface ContactDraftState {
  contact: ContactDraft;
  update(change: Partial<ContactDraft>): void;
  setFlag(flag: ContactFlag, value: boolean): void;
  errors: readonly FieldProblem[];
  /** Shows the problems next to their fields; true when the draft can be logged. */
  validate(): boolean;
  logged: boolean;
  /** After a real save: clear the form and say the contact was logged. */
  markLogged(): void;
}

/** The "Log a contact" form's state: the draft, its field problems and whether one was logged. */
export function useContactDraft(): ContactDraftState {
  const [contact, setContact] = React.useState<ContactDraft>(EMPTY_CONTACT);
  const [errors, setErrors] = React.useState<FieldProblem[]>([]);
  const [logged, setLogged] = React.useState(false);
  const validate = (): boolean => {
    const problems: FieldProblem[] = [];
    if (!contact.channel) problems.push({ field: 'channel', message: 'Choose how the person made contact.' });
    if (contact.summary.trim() === '') problems.push({ field: 'summary', message: 'Summarise the contact, factually.' });
    setErrors(problems);
    return problems.length === 0;
  };
  const markLogged = React.useCallback((): void => {
    setLogged(true);
    setContact(EMPTY_CONTACT);
  }, []);
  return {
    contact,
    update: (change) => setContact({ ...contact, ...change }),
    setFlag: (flag, value) => setContact({ ...contact, [flag]: value }),
    errors,
    validate,
    logged,
    markLogged
  };
}

import * as React from 'react';
import { londonDateTimeOf } from '../../../domain/model/dates';
import type { ValidationError } from '../../../domain';
import { reviewNarrativeWording, type WordingAdvice } from '../../../domain/guidance';
import { useAppServices } from '../../services/AppServices';
import { checkIncidentDraft } from './checkIncidentDraft';
import { blankDraft, type IncidentDraft, type SubmitState } from './incidentDraft';
import { sendIncident } from './sendIncident';
import { useWarnBeforeLeaving } from '../../components/useWarnBeforeLeaving';

export type { IncidentDraft, NewCustomerDraft, SubmitState } from './incidentDraft';

export interface RecordIncidentState {
  draft: IncidentDraft;
  update(patch: Partial<IncidentDraft>): void;
  errors: ValidationError[];
  wording: WordingAdvice[];
  submit(): Promise<void>;
  state: SubmitState;
  reset(): void;
}

/** Form state, validation (the domain validator) and submission for "Record an incident". */
export function useRecordIncident(): RecordIncidentState {
  const services = useAppServices();
  const { clock, currentUser, newRequestKey } = services;
  const now = clock.now();
  // Date and time as a UK clock shows them, whatever the device's time zone.
  const [draft, setDraft] = React.useState<IncidentDraft>(() => {
    const local = londonDateTimeOf(now);
    return blankDraft(local.date, local.time);
  });
  const [errors, setErrors] = React.useState<ValidationError[]>([]);
  const [state, setState] = React.useState<SubmitState>({ status: 'editing' });
  useWarnBeforeLeaving(state.status === 'saving');
  // One key per attempt at this report: a retried save cannot create a second incident.
  const requestKey = React.useRef(newRequestKey());
  const wording = React.useMemo(() => reviewNarrativeWording(draft.narrative), [draft.narrative]);

  const update = React.useCallback((patch: Partial<IncidentDraft>) => setDraft((previous) => ({ ...previous, ...patch })), []);

  const submit = async (): Promise<void> => {
    const { problems, result, storedNames } = checkIncidentDraft(draft, currentUser.id, clock.today());
    setErrors(problems);
    if (problems.length > 0 || !result.ok) return;
    setState({ status: 'saving' });
    setState(await sendIncident(services, draft, result.value, storedNames, requestKey.current));
  };

  const reset = (): void => {
    requestKey.current = newRequestKey();
    const fresh = clock.now();
    const local = londonDateTimeOf(fresh);
    setDraft(blankDraft(local.date, local.time));
    setErrors([]);
    setState({ status: 'editing' });
  };

  return { draft, update, errors, wording, submit, state, reset };
}

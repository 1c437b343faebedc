import * as React from 'react';
import type { CaseAction, TransitionError } from '../../../domain';
import { errorFor } from '../../components/FormFields';
import { refusalOf, type CaseRecord, type SaveResult } from './useCaseRecord';

/** A problem the form finds before the domain sees the action, shown beside its field. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface CaseActionSubmit {
  /** The domain's refusal of the last attempt, shown above the form's buttons. */
  refusal: TransitionError | undefined;
  /** The confirmation to announce once saved (empty until then). */
  said: string;
  /** The form's own problems from the last attempt. */
  problems: readonly FieldProblem[];
  /** The message to show beside one field, if the last attempt found a problem with it. */
  errorOf(field: string): string | undefined;
  /**
   * Starts a new attempt: keeps the problems to show beside the fields and withdraws the last
   * confirmation. True when there are none and the action may go ahead.
   */
  validate(problems: readonly FieldProblem[]): boolean;
  /**
   * Applies the action(s) through the case record (busy state, conflict dialog and "Not saved"
   * are the record's) and keeps the domain's refusal. The confirmation is said only once saved.
   */
  submit(action: CaseAction | readonly CaseAction[], confirmation?: string): Promise<SaveResult>;
}

/** The submit handling every case-action form shares: validate, apply, refusal or confirmation. */
export function useCaseActionSubmit(record: CaseRecord): CaseActionSubmit {
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [said, setSaid] = React.useState('');
  const [problems, setProblems] = React.useState<readonly FieldProblem[]>([]);
  // A saved step can replace its own form (a decision recorded hides the decision form): the
  // answer then arrives after the form has gone, and there is no state left to set.
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const validate = (found: readonly FieldProblem[]): boolean => {
    setProblems(found);
    setSaid('');
    return found.length === 0;
  };
  const submit = async (action: CaseAction | readonly CaseAction[], confirmation = ''): Promise<SaveResult> => {
    setSaid('');
    const result = await record.apply(action);
    if (!mounted.current) return result;
    setRefusal(refusalOf(result));
    if (result.status === 'saved') setSaid(confirmation);
    return result;
  };
  return { refusal, said, problems, errorOf: (field) => errorFor(problems, field), validate, submit };
}

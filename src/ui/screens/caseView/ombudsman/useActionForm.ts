import * as React from 'react';
import type { CaseAction, TransitionError } from '../../../../domain';
import { refusalOf, type CaseRecord } from '../../shared/useCaseRecord';

export interface ActionForm {
  refusal: TransitionError | undefined;
  /** The confirmation to announce once saved (empty until then). */
  said: string;
  /** Applies the action; true when it was saved. The domain's refusal is kept to show beside the form. */
  submit(action: CaseAction, confirmation: string): Promise<boolean>;
}

/** One case action behind a form: the engine's refusal in words, or a confirmation once saved. */
export function useActionForm(record: CaseRecord): ActionForm {
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [said, setSaid] = React.useState('');
  // A saved step can replace its own form (a decision recorded hides the decision form): the
  // answer then arrives after the form has gone, and there is no state left to set.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const submit = async (action: CaseAction, confirmation: string): Promise<boolean> => {
    setSaid('');
    const result = await record.apply(action);
    if (!mounted.current) return result.status === 'saved';
    setRefusal(refusalOf(result));
    if (result.status !== 'saved') return false;
    setSaid(confirmation);
    return true;
  };
  return { refusal, said, submit };
}

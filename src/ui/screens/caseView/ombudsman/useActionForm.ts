import type { CaseAction, TransitionError } from '../../../../domain';
import { useCaseActionSubmit } from '../../shared/useCaseActionSubmit';
import type { CaseRecord } from '../../shared/useCaseRecord';

export interface ActionForm {
  refusal: TransitionError | undefined;
  /** The confirmation to announce once saved (empty until then). */
  said: string;
  /** Applies the action; true when it was saved. The domain's refusal is kept to show beside the form. */
  submit(action: CaseAction, confirmation: string): Promise<boolean>;
}

/** One case action behind a form: the shared case-action submit, answering whether it was saved. */
export function useActionForm(record: CaseRecord): ActionForm {
  const action = useCaseActionSubmit(record);
  return {
    refusal: action.refusal,
    said: action.said,
    submit: async (caseAction, confirmation) => (await action.submit(caseAction, confirmation)).status === 'saved'
  };
}

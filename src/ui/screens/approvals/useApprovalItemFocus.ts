import * as React from 'react';
import type { ApprovalOutcome } from '../../../domain';
import type { ApprovalDecisionForm } from './useApprovalDecision';
import { useFocusAfterRender } from './useFocusAfterRender';

// Where focus goes as the card changes (see useFocusAfterRender).
const COMMENT_BOX = 'form textarea';
const FIRST_ERROR = 'form [aria-invalid="true"]';
const OUTCOME = '[data-decision-outcome]';
const choiceButton = (outcome: ApprovalOutcome): string => `button[data-outcome="${outcome}"]`;

export interface ApprovalItemFocus {
  card: React.RefObject<HTMLDivElement>;
  choose(outcome: ApprovalOutcome): void;
  cancel(): void;
  submit(): Promise<void>;
}

/** The decision's steps, each moving focus to what replaces the control that was used. */
export function useApprovalItemFocus(form: ApprovalDecisionForm): ApprovalItemFocus {
  const card = React.useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender(card);
  const choose = (outcome: ApprovalOutcome): void => {
    form.choose(outcome);
    focusAfterRender(COMMENT_BOX);
  };
  const cancel = (): void => {
    const chosen = form.outcome;
    form.cancel();
    if (chosen) focusAfterRender(choiceButton(chosen));
  };
  const submit = async (): Promise<void> => {
    const sent = await form.submit();
    focusAfterRender(sent ? OUTCOME : FIRST_ERROR);
  };
  return { card, choose, cancel, submit };
}

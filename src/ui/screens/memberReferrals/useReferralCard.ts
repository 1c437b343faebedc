import * as React from 'react';
import type { MemberReferral, TransitionError } from '../../../domain';
import type { Stored } from '../../../data/ports';
import type { MemberReferralsScreenState, ReferralCaseOutcome } from './useMemberReferrals';
import { useOpenCaseDraft, type OpenCaseDraft } from './useOpenCaseDraft';

export type Phase =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'saving' }
  | { kind: 'notLinked'; caseId: string; personId: string; current: Stored<MemberReferral> | undefined }
  | { kind: 'linking'; caseId: string; personId: string; current: Stored<MemberReferral> };

export type ReferralScreenActions = Pick<MemberReferralsScreenState, 'mayOpen' | 'open' | 'reread' | 'link'>;

export interface ReferralCardState {
  phase: Phase;
  /** The referral as shown: after a conflict, as it is now rather than as it was listed. */
  referral: MemberReferral;
  draft: OpenCaseDraft;
  refusal: TransitionError | undefined;
  failure: unknown;
  formHeading: React.RefObject<HTMLHeadingElement>;
  notice: React.RefObject<HTMLDivElement>;
  choose(): void;
  cancel(): void;
  submit(): Promise<void>;
  showCurrent(caseId: string, personId: string): Promise<void>;
  link(caseId: string, personId: string, current: Stored<MemberReferral>): Promise<void>;
}

/** Moves focus to what just appeared: the form's heading, or the "not yet linked" notice. */
function usePhaseFocus(kind: Phase['kind']): Pick<ReferralCardState, 'formHeading' | 'notice'> {
  const formHeading = React.useRef<HTMLHeadingElement>(null);
  const notice = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (kind === 'choosing') formHeading.current?.focus();
    if (kind === 'notLinked') notice.current?.focus();
  }, [kind]);
  return { formHeading, notice };
}

/** One referral card's state: opening a case from it and, after a conflict, linking it to that case. */
export function useReferralCard(
  listed: Stored<MemberReferral>,
  screen: ReferralScreenActions,
  onOpened: (caseId: string, referral: MemberReferral) => void
): ReferralCardState {
  const [phase, setPhase] = React.useState<Phase>({ kind: 'idle' });
  const draft = useOpenCaseDraft();
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const focus = usePhaseFocus(phase.kind);
  const shown = phase.kind === 'notLinked' && phase.current ? phase.current : phase.kind === 'linking' ? phase.current : listed;

  const settle = (outcome: ReferralCaseOutcome): void => {
    if (outcome.status === 'opened') onOpened(outcome.caseId, outcome.referral.value);
    else if (outcome.status === 'refused') {
      setRefusal(outcome.refusal);
      setPhase({ kind: 'choosing' });
    } else setPhase({ kind: 'notLinked', caseId: outcome.caseId, personId: outcome.personId, current: outcome.current });
  };
  const submit = async (): Promise<void> => {
    const ready = draft.validate();
    setRefusal(undefined);
    setFailure(undefined);
    if (!ready) return;
    setPhase({ kind: 'saving' });
    try {
      settle(await screen.open(listed, draft.customer(), draft.leadService));
    } catch (error) {
      setFailure(error);
      setPhase({ kind: 'choosing' });
    }
  };
  const showCurrent = async (caseId: string, personId: string): Promise<void> => {
    setFailure(undefined);
    try {
      setPhase({ kind: 'notLinked', caseId, personId, current: await screen.reread(shown.value.id) });
    } catch (error) {
      setFailure(error);
    }
  };
  const link = async (caseId: string, personId: string, current: Stored<MemberReferral>): Promise<void> => {
    setFailure(undefined);
    setPhase({ kind: 'linking', caseId, personId, current });
    try {
      settle(await screen.link(current, caseId, personId));
    } catch (error) {
      setFailure(error);
      setPhase({ kind: 'notLinked', caseId, personId, current });
    }
  };
  const cancel = (): void => {
    draft.clearErrors();
    setRefusal(undefined);
    setFailure(undefined);
    setPhase({ kind: 'idle' });
  };
  const choose = (): void => setPhase({ kind: 'choosing' });
  return { phase, referral: shown.value, draft, refusal, failure, ...focus, choose, cancel, submit, showCurrent, link };
}

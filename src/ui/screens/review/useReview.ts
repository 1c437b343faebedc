import * as React from 'react';
import type { Case, IsoDate } from '../../../domain';
import { usePersonNames } from '../../components/PersonName';
import { useAppServices } from '../../services/AppServices';
import { useCouncilDetails } from '../../services/councilDetails';
import { useCaseActionSubmit, type CaseActionSubmit } from '../shared/useCaseActionSubmit';
import { useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import type { RecordedReview } from './ReviewRecorded';
import { EMPTY_REVIEW, reviewLetterFields, reviewProblems, type ReviewDraft, type ReviewPlan } from './reviewPlan';

export interface ReviewScreenState {
  record: CaseRecord;
  action: CaseActionSubmit;
  review: ReviewDraft;
  change(patch: Partial<ReviewDraft>): void;
  /** The amendment's own checks are shown once the officer first tries to record it. */
  showAmendErrors: boolean;
  /** The review just saved: said at the top of the screen, whatever it shows next. */
  recorded: RecordedReview | undefined;
  today: IsoDate;
  nameOf(id: string): string;
  startReview(): Promise<void>;
  submit(kase: Case, plan: ReviewPlan): Promise<void>;
}

/** A scheduled review (BR-10): start it, then record the outcome and the letter sent. */
export function useReview(caseId: string): ReviewScreenState {
  const record = useCaseRecord(caseId);
  const action = useCaseActionSubmit(record);
  const { clock, newRequestKey, currentUser } = useAppServices();
  // The council's settings name the Ombudsman the outcome letter signposts.
  const council = useCouncilDetails();
  const nameOf = usePersonNames();
  const [review, setReview] = React.useState<ReviewDraft>(EMPTY_REVIEW);
  const [showAmendErrors, setShowAmendErrors] = React.useState(false);
  const [recorded, setRecorded] = React.useState<RecordedReview | undefined>(undefined);

  const submit = async (kase: Case, { amendment, amendDraft, continuing }: ReviewPlan): Promise<void> => {
    const { outcome, nextReview } = review;
    const complete = action.validate(reviewProblems(review));
    if (amendment) setShowAmendErrors(true);
    if (!complete || !outcome) return;
    if (amendment && (amendment.check.errors.length > 0 || !amendment.changed)) return;
    const details = await council.loaded();
    const result = await action.submit({
      type: 'completeReview',
      outcome,
      reasons: review.reasons,
      nextReviewDate: outcome !== 'Lift' && nextReview ? (nextReview as IsoDate) : undefined,
      amendedSanction: amendment?.amended,
      newEndDate: amendment && amendDraft && amendDraft.newEndDate !== '' ? (amendDraft.newEndDate as IsoDate) : undefined,
      letter: {
        id: `letter-${newRequestKey()}`,
        caseId: kase.id,
        type: 'ReviewOutcome',
        templateVersion: '1',
        channel: 'letter',
        fields: reviewLetterFields(outcome, review, continuing, details),
        sentOn: clock.today(),
        sentBy: currentUser.id
      }
    });
    if (result.status !== 'saved') return;
    setRecorded({ outcome, kase: result.case, letterSentOn: clock.today() });
    setReview(EMPTY_REVIEW);
    setShowAmendErrors(false);
  };

  return {
    record,
    action,
    review,
    change: (patch) => setReview((r) => ({ ...r, ...patch })),
    showAmendErrors,
    recorded,
    today: clock.today(),
    nameOf,
    startReview: async () => {
      await action.submit({ type: 'startReview' });
    },
    submit
  };
}

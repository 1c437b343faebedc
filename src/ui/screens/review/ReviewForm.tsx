import * as React from 'react';
import { REVIEW_OUTCOMES, type Case, type Person, type ReviewOutcome } from '../../../domain';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { useCouncilDetails } from '../../services/councilDetails';
import { CaseActionForm } from '../shared/CaseActionForm';
import { continuingItemsFor } from '../shared/caseLetterItems';
import { LetterItemsPreview } from '../shared/LetterItemsPreview';
import { AmendmentFields } from './AmendmentFields';
import { OUTCOME_LABELS, reviewPlan } from './reviewPlan';
import type { ReviewScreenState } from './useReview';

export interface ReviewFormProps {
  screen: ReviewScreenState;
  kase: Case;
  subject: Person;
}

/**
 * The review's outcome, reasons, next review date and letter. Amend edits the restrictions, their
 * parameters, the scope and the end date with the proposal's editors.
 */
export function ReviewForm({ screen, kase, subject }: ReviewFormProps): React.ReactElement {
  const { review, change, action, showAmendErrors } = screen;
  const council = useCouncilDetails();
  const plan = reviewPlan(kase, subject, review, screen.today, screen.nameOf);
  const { sanction, amendDraft, amendment } = plan;
  // What the letter takes from the case, so nobody retypes it: what applies from now, how to
  // challenge it and the Ombudsman (spec 2.6 items 10 and 11).
  const fromCase = plan.continuing ? continuingItemsFor(plan.continuing, council.details) : {};
  const reviewDateError = showAmendErrors ? amendment?.check.errors.filter((e) => e.field === 'reviewDate')[0]?.message : undefined;
  return (
    <CaseActionForm
      onSubmit={() => screen.submit(kase, plan)}
      refusal={action.refusal}
      submitLabel="Record the review"
      disabled={screen.record.saving}
    >
      <SelectField
        label="Outcome"
        required
        placeholder="Choose the outcome"
        value={review.outcome}
        onChange={(v) => change({ outcome: v as ReviewOutcome | '' })}
        choices={REVIEW_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
        error={action.errorOf('outcome')}
      />
      <TextAreaField
        label="Reasons"
        required
        rows={3}
        value={review.reasons}
        onChange={(reasons) => change({ reasons })}
        error={action.errorOf('reasons')}
      />
      {review.outcome === 'Continue' || review.outcome === 'Amend' ? (
        <TextField
          label="Next review date"
          type="date"
          required
          value={review.nextReview}
          onChange={(nextReview) => change({ nextReview })}
          hint="The restriction is reviewed again by this date; the letter tells the person (BR-10)."
          error={action.errorOf('nextReview') ?? reviewDateError}
        />
      ) : null}
      {amendment && sanction && amendDraft ? (
        <AmendmentFields
          sanction={sanction}
          subject={subject}
          leadService={kase.leadService}
          draft={amendDraft}
          onChange={(patch) => change({ amendDraft: { ...amendDraft, ...patch } })}
          check={amendment.check}
          showErrors={showAmendErrors}
          nothingChanged={!amendment.changed}
        />
      ) : null}
      <TextAreaField
        label="Anything else the outcome letter says"
        rows={3}
        value={review.letterText}
        onChange={(letterText) => change({ letterText })}
        hint="The outcome is always given in writing (BR-10). The letter states the result, your reasons and any next review date."
      />
      <LetterItemsPreview heading="The outcome letter also says" items={fromCase} />
    </CaseActionForm>
  );
}

import * as React from 'react';
import { TextAreaField, TextField } from '../../components/FormFields';
import { PersonPicker } from '../../components/PersonPicker';
import { useFormStyles } from '../../components/ScreenLayout';
import type { FoiSectionProps } from './foiSectionProps';

/** The internal review and any complaint to the Information Commissioner. */
export function InternalReviewFields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  const review = draft.internalReview;
  return (
    <fieldset className={formStyles.fieldset} onFocus={() => onGuidanceFocus({})}>
      <legend className={formStyles.legend}>Internal review and the Information Commissioner</legend>
      <TextField
        label="Date the internal review was asked for"
        type="date"
        value={review.requestedOn}
        onChange={(v) => set('internalReview', { ...review, requestedOn: v })}
        error={msg('internalReview.requestedOn')}
      />
      <PersonPicker
        label="Internal reviewer"
        hint="Type their name and choose them. Not the person who made the original decision."
        value={review.reviewerId}
        onChange={(v) => set('internalReview', { ...review, reviewerId: v })}
        error={msg('internalReview.reviewerId')}
      />
      <TextAreaField
        label="Outcome of the internal review"
        rows={3}
        value={review.outcome}
        onChange={(v) => set('internalReview', { ...review, outcome: v })}
        error={msg('internalReview.outcome')}
      />
      <TextField
        label="Date the internal review was decided"
        type="date"
        value={review.decidedOn}
        onChange={(v) => set('internalReview', { ...review, decidedOn: v })}
        error={msg('internalReview.decidedOn')}
      />
      <TextField
        label="Information Commissioner's reference (optional)"
        value={draft.icoReference}
        onChange={(v) => set('icoReference', v)}
        error={msg('icoReference')}
      />
    </fieldset>
  );
}

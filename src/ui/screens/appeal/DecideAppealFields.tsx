import * as React from 'react';
import { APPEAL_OUTCOMES, type AppealOutcome, type Sanction } from '../../../domain';
import { LETTER_ITEM_DEFINITIONS } from '../../../domain/letters';
import { SelectField, TextAreaField } from '../../components/FormFields';
import { LetterItemsPreview } from '../shared/LetterItemsPreview';
import { appliesAfter, OUTCOME_LABELS, varyDraftOf } from './appealDecision';
import type { AppealDecisionDraft } from './useAppeal';
import { VariedRestrictionFieldset } from './VariedRestrictionFieldset';

export interface DecideAppealFieldsProps {
  sanction: Sanction | undefined;
  decision: AppealDecisionDraft;
  onChange(patch: Partial<AppealDecisionDraft>): void;
  /** The Ombudsman paragraph as the letter will say it. */
  ombudsman: string;
  errorOf(field: string): string | undefined;
}

/** The independent reviewer's decision, its reasons and what the decision letter says. */
export function DecideAppealFields({ sanction, decision, onChange, ombudsman, errorOf }: DecideAppealFieldsProps): React.ReactElement {
  const varied = varyDraftOf(sanction, decision.vary);
  return (
    <>
      <SelectField
        label="Decision"
        required
        placeholder="Choose the decision"
        value={decision.outcome}
        onChange={(v) => onChange({ outcome: v as AppealOutcome | '' })}
        choices={APPEAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
        error={errorOf('outcome')}
      />
      {decision.outcome === 'Vary' && sanction ? (
        <VariedRestrictionFieldset sanction={sanction} varied={varied} onChange={(vary) => onChange({ vary })} errorOf={errorOf} />
      ) : null}
      <TextAreaField
        label="Reasons"
        required
        rows={3}
        hint={LETTER_ITEM_DEFINITIONS.appealReasons.hint}
        value={decision.reasons}
        onChange={(reasons) => onChange({ reasons })}
        error={errorOf('reasons')}
      />
      <TextAreaField
        label={LETTER_ITEM_DEFINITIONS.ombudsmanRight.label}
        required
        rows={3}
        hint={LETTER_ITEM_DEFINITIONS.ombudsmanRight.hint}
        value={ombudsman}
        onChange={(editedOmbudsman) => onChange({ editedOmbudsman })}
        error={errorOf('ombudsman')}
      />
      <LetterItemsPreview
        heading="The decision letter also says"
        items={{ whatAppliesNow: appliesAfter(sanction, decision.outcome, varied) }}
      />
    </>
  );
}

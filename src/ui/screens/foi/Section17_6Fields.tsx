import * as React from 'react';
import { TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { CheckField, GroupMessage } from './FoiFormControls';
import { messageFor } from './foiFieldMessage';
import type { FoiSectionProps } from './foiSectionProps';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** No new refusal notice under FOIA section 17(6): the earlier notice, the warning letter and why. */
export function Section17_6Fields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, errors, issues } = state;
  const formStyles = useFormStyles();
  const styles = useFoiAssessmentFormStyles();
  const s17 = draft.section17_6;
  return (
    <div
      className={formStyles.fieldset}
      onFocus={(event) => {
        // The refusal notice fieldset around this would otherwise replace the more specific passage.
        event.stopPropagation();
        onGuidanceFocus({ step: 'refusalNotice', field: 'section17_6' });
      }}
    >
      <CheckField
        label="No new refusal notice: relying on FOIA section 17(6)"
        checked={draft.reliesOnSection17_6}
        onChange={(v) => set('reliesOnSection17_6', v)}
      />
      {draft.reliesOnSection17_6 ? (
        <div className={styles.nested}>
          <GroupMessage id="foi-s17-message" message={messageFor([], issues, 'section17_6')} />
          <TextField
            label="Earlier refusal notice reference"
            required
            value={s17.previousNoticeReference}
            onChange={(v) => set('section17_6', { ...s17, previousNoticeReference: v })}
            error={messageFor(errors, [], 'section17_6.previousNoticeReference')}
          />
          <TextField
            label="Warning letter reference"
            hint="The letter that warned further requests on the same topics would get no response."
            required
            value={s17.warningLetterReference}
            onChange={(v) => set('section17_6', { ...s17, warningLetterReference: v })}
            error={messageFor(errors, [], 'section17_6.warningLetterReference')}
          />
          <TextAreaField
            label="Why another notice would be unreasonable"
            required
            rows={3}
            value={s17.reason}
            onChange={(v) => set('section17_6', { ...s17, reason: v })}
            error={messageFor(errors, [], 'section17_6.reason')}
          />
        </div>
      ) : null}
    </div>
  );
}

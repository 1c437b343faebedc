import * as React from 'react';
import { TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { DeadlineBox } from './DeadlineBox';
import { CheckField, GroupMessage } from './FoiFormControls';
import type { FoiSectionProps } from './foiSectionProps';
import { Section17_6Fields } from './Section17_6Fields';

/** The refusal notice: the deadline, its date, what it says, or reliance on section 17(6) instead. */
export function RefusalNoticeFields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  const notice = draft.refusalNotice;
  return (
    <fieldset className={formStyles.fieldset} onFocus={() => onGuidanceFocus({ step: 'refusalNotice' })}>
      <legend className={formStyles.legend}>Refusal notice</legend>
      <DeadlineBox deadline={state.deadline} />
      <TextField
        label="Date of the refusal notice"
        type="date"
        value={draft.refusalNoticeDate}
        onChange={(v) => set('refusalNoticeDate', v)}
        error={msg('refusalNoticeDate')}
      />
      <GroupMessage id="foi-notice-message" message={msg('refusalNotice')} />
      <CheckField
        label="The notice states the provision relied on"
        checked={notice.statesGround}
        onChange={(v) => set('refusalNotice', { ...notice, statesGround: v })}
      />
      <CheckField
        label="The notice explains how to ask for an internal review"
        checked={notice.internalReviewRoute}
        onChange={(v) => set('refusalNotice', { ...notice, internalReviewRoute: v })}
      />
      <CheckField
        label="The notice explains the right to complain to the Information Commissioner"
        checked={notice.icoRight}
        onChange={(v) => set('refusalNotice', { ...notice, icoRight: v })}
      />
      <CheckField
        label="The notice gives reasons"
        checked={notice.reasonsGiven}
        onChange={(v) => set('refusalNotice', { ...notice, reasonsGiven: v })}
      />
      <TextAreaField
        label="Note about the reasons (optional)"
        hint="Why reasons were or were not given, for example where a detailed explanation would only provoke more correspondence."
        rows={2}
        value={notice.reasonsNote}
        onChange={(v) => set('refusalNotice', { ...notice, reasonsNote: v })}
        error={msg('refusalNotice.reasonsNote')}
      />
      <Section17_6Fields state={state} onGuidanceFocus={onGuidanceFocus} />
    </fieldset>
  );
}

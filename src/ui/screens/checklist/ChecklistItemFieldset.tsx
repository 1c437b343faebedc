import * as React from 'react';
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { CHECKLIST_ITEMS } from '../../../domain';
import { TextAreaField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { FIELD_GUIDANCE, type ItemDraft } from './checklistDraft';
import { useChecklistStyles } from './useChecklistStyles';

export interface ChecklistItemFieldsetProps {
  item: (typeof CHECKLIST_ITEMS)[number];
  draft: ItemDraft;
  onChange(patch: Partial<ItemDraft>): void;
  /** What is still missing for this item, once gaps are shown. */
  gap: string | undefined;
}

/** One item: answered with evidence, or not applicable with the reason, and its guidance. */
export function ChecklistItemFieldset({ item, draft, onChange, gap }: ChecklistItemFieldsetProps): React.ReactElement {
  const styles = useChecklistStyles();
  const guidanceField = FIELD_GUIDANCE[item.id];
  return (
    <fieldset className={styles.item}>
      <legend className={styles.legend}>
        {item.id.replace('C', 'Item ')}: {item.question}
      </legend>
      <Field label="Answer type" validationMessage={gap} validationState={gap ? 'error' : 'none'}>
        <RadioGroup layout="horizontal" value={draft.kind} onChange={(_, data) => onChange({ kind: data.value as ItemDraft['kind'] })}>
          <Radio value="answered" label="Answer with evidence" />
          <Radio value="notApplicable" label="Not applicable" />
        </RadioGroup>
      </Field>
      {draft.kind === 'answered' ? (
        <>
          <TextAreaField label="Answer" required rows={2} value={draft.answer} onChange={(answer) => onChange({ answer })} />
          <TextAreaField
            label="Evidence"
            required
            rows={2}
            hint="What shows this: documents, notes, dates."
            value={draft.evidence}
            onChange={(evidence) => onChange({ evidence })}
          />
        </>
      ) : null}
      {draft.kind === 'notApplicable' ? (
        <TextAreaField label="Why it does not apply" required rows={2} value={draft.reason} onChange={(reason) => onChange({ reason })} />
      ) : null}
      {guidanceField ? (
        <GuidancePanel context={{ form: 'checklist', field: guidanceField }} heading={`Guidance: ${item.id.replace('C', 'item ')}`} />
      ) : null}
    </fieldset>
  );
}

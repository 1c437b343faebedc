import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Field, makeStyles, tokens } from '@fluentui/react-components';
import { CHECKLIST_ITEMS, checklistGaps, type ChecklistAnswer, type ChecklistItemId, type TransitionError } from '../../../domain';
import { TextAreaField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useNavigation } from '../../shell/navigation';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame, RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord } from '../shared/useCaseRecord';

const useStyles = makeStyles({
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` }
});

interface ItemDraft {
  kind: 'answered' | 'notApplicable' | '';
  answer: string;
  evidence: string;
  reason: string;
}

const FIELD_GUIDANCE: Partial<Record<ChecklistItemId, string>> = {
  C05: 'adjustments',
  C06: 'askedAboutAdjustments',
  C10: 'proportionate',
  C11: 'safeguarding',
  C13: 'independence'
};

function toDrafts(answers: readonly ChecklistAnswer[] | undefined): Record<string, ItemDraft> {
  const drafts: Record<string, ItemDraft> = {};
  for (const answer of answers ?? []) {
    drafts[answer.itemId] =
      answer.kind === 'answered'
        ? { kind: 'answered', answer: answer.answer, evidence: answer.evidence, reason: '' }
        : { kind: 'notApplicable', answer: '', evidence: '', reason: answer.reason };
  }
  return drafts;
}

function toAnswers(drafts: Record<string, ItemDraft>): ChecklistAnswer[] {
  const answers: ChecklistAnswer[] = [];
  for (const item of CHECKLIST_ITEMS) {
    const d = drafts[item.id];
    if (!d || d.kind === '') continue;
    answers.push(
      d.kind === 'answered'
        ? { itemId: item.id, kind: 'answered', answer: d.answer, evidence: d.evidence }
        : { itemId: item.id, kind: 'notApplicable', reason: d.reason }
    );
  }
  return answers;
}

/** The 13 consider-before-restricting items: evidence, or not applicable with a reason (BR-04). */
export default function ChecklistScreen({ params }: ScreenProps): React.ReactElement {
  const [saved, setSaved] = React.useState(false);
  // Saved only on a real save (or a merge from the conflict dialog), never on a conflict.
  const record = useCaseRecord(params.caseId ?? '', { onSaved: () => setSaved(true) });
  const styles = useStyles();
  const form = useFormStyles();
  const { navigate } = useNavigation();
  const [drafts, setDrafts] = React.useState<Record<string, ItemDraft> | undefined>(undefined);
  const [showGaps, setShowGaps] = React.useState(false);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);

  return (
    <CaseFrame
      title="Consider before restricting"
      record={record}
      aside={<GuidancePanel context={{ form: 'checklist' }} heading="Guidance: the checklist" />}
    >
      {(kase) => {
        const current = drafts ?? toDrafts(kase.checklist?.answers);
        const answers = toAnswers(current);
        const gaps = checklistGaps({ answers });
        const gapFor = (id: ChecklistItemId): string | undefined =>
          showGaps ? gaps.filter((g) => g.itemId === id)[0]?.message : undefined;
        const set = (id: ChecklistItemId, patch: Partial<ItemDraft>): void => {
          setSaved(false);
          setDrafts({ ...current, [id]: { ...(current[id] ?? { kind: '', answer: '', evidence: '', reason: '' }), ...patch } });
        };
        const save = async (): Promise<void> => {
          setShowGaps(true);
          const result = await record.apply({ type: 'recordChecklist', checklist: { answers } });
          setRefusal(refusalOf(result));
        };
        return (
          <form
            className={form.form}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              later(save());
            }}
          >
            <p>
              {13 - gaps.length} of 13 items complete. You can save part of the checklist and come back; it must be complete before the
              policy is invoked.
            </p>
            {CHECKLIST_ITEMS.map((item) => {
              const d = current[item.id] ?? { kind: '', answer: '', evidence: '', reason: '' };
              const gap = gapFor(item.id);
              return (
                <fieldset key={item.id} className={styles.item}>
                  <legend className={styles.legend}>
                    {item.id.replace('C', 'Item ')}: {item.question}
                  </legend>
                  <Field label="Answer type" validationMessage={gap} validationState={gap ? 'error' : 'none'}>
                    <RadioGroup
                      layout="horizontal"
                      value={d.kind}
                      onChange={(_, data) => set(item.id, { kind: data.value as ItemDraft['kind'] })}
                    >
                      <Radio value="answered" label="Answer with evidence" />
                      <Radio value="notApplicable" label="Not applicable" />
                    </RadioGroup>
                  </Field>
                  {d.kind === 'answered' ? (
                    <>
                      <TextAreaField label="Answer" required rows={2} value={d.answer} onChange={(answer) => set(item.id, { answer })} />
                      <TextAreaField
                        label="Evidence"
                        required
                        rows={2}
                        hint="What shows this: documents, notes, dates."
                        value={d.evidence}
                        onChange={(evidence) => set(item.id, { evidence })}
                      />
                    </>
                  ) : null}
                  {d.kind === 'notApplicable' ? (
                    <TextAreaField
                      label="Why it does not apply"
                      required
                      rows={2}
                      value={d.reason}
                      onChange={(reason) => set(item.id, { reason })}
                    />
                  ) : null}
                  {FIELD_GUIDANCE[item.id] ? (
                    <GuidancePanel
                      context={{ form: 'checklist', field: FIELD_GUIDANCE[item.id] }}
                      heading={`Guidance: ${item.id.replace('C', 'item ')}`}
                    />
                  ) : null}
                </fieldset>
              );
            })}
            <RefusalMessage refusal={refusal} />
            {saved ? (
              <MessageBar intent="success" role="status">
                <MessageBarBody>
                  {gaps.length === 0 ? 'Checklist saved and complete.' : `Checklist saved. ${gaps.length} items still to do.`}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <div className={form.actions}>
              <Button appearance="primary" type="submit" disabled={record.saving}>
                Save checklist
              </Button>
              <Button onClick={() => navigate('case', { caseId: kase.id })}>Back to the case</Button>
            </div>
          </form>
        );
      }}
    </CaseFrame>
  );
}

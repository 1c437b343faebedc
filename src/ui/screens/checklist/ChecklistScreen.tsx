import * as React from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { CHECKLIST_ITEMS, checklistGaps, type Case } from '../../../domain';
import { GuidancePanel } from '../../components/GuidancePanel';
import { useNavigation } from '../../navigation/navigation';
import type { ScreenProps } from '../../navigation/screenProps';
import { CaseActionForm } from '../shared/CaseActionForm';
import { CaseFrame } from '../shared/CaseFrame';
import { ChecklistItemFieldset } from './ChecklistItemFieldset';
import { EMPTY_ITEM, toAnswers, toDrafts } from './checklistDraft';
import { useChecklist, type Checklist } from './useChecklist';

/** The checklist form: how far it has got, each item, and saving part or all of it. */
function ChecklistForm({ screen, kase }: { screen: Checklist; kase: Case }): React.ReactElement {
  const { navigate } = useNavigation();
  const current = screen.drafts ?? toDrafts(kase.checklist?.answers);
  const answers = toAnswers(current);
  const gaps = checklistGaps({ answers });
  const saved = screen.saved ? (
    <MessageBar intent="success" role="status">
      <MessageBarBody>
        {gaps.length === 0 ? 'Checklist saved and complete.' : `Checklist saved. ${gaps.length} items still to do.`}
      </MessageBarBody>
    </MessageBar>
  ) : null;
  return (
    <CaseActionForm
      onSubmit={() => screen.save(answers)}
      refusal={screen.action.refusal}
      submitLabel="Save checklist"
      disabled={screen.record.saving}
      notices={saved}
      moreActions={<Button onClick={() => navigate('case', { caseId: kase.id })}>Back to the case</Button>}
    >
      <p>
        {13 - gaps.length} of 13 items complete. You can save part of the checklist and come back; it must be complete before the policy is
        invoked.
      </p>
      {CHECKLIST_ITEMS.map((item) => (
        <ChecklistItemFieldset
          key={item.id}
          item={item}
          draft={current[item.id] ?? EMPTY_ITEM}
          onChange={(patch) => screen.change(current, item.id, patch)}
          gap={screen.showGaps ? gaps.filter((g) => g.itemId === item.id)[0]?.message : undefined}
        />
      ))}
    </CaseActionForm>
  );
}

/** The 13 consider-before-restricting items: evidence, or not applicable with a reason (BR-04). */
export default function ChecklistScreen({ params }: ScreenProps): React.ReactElement {
  const screen = useChecklist(params.caseId ?? '');
  return (
    <CaseFrame
      title="Consider before restricting"
      record={screen.record}
      aside={<GuidancePanel context={{ form: 'checklist' }} heading="Guidance: the checklist" />}
    >
      {(kase) => <ChecklistForm screen={screen} kase={kase} />}
    </CaseFrame>
  );
}

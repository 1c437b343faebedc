import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { FoiRequestAssessment } from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { useFormStyles } from '../../components/ScreenLayout';
import type { Stored } from '../../services/appStore';
import { Br16Note } from './Br16Note';
import { ConciliatoryStepFields } from './ConciliatoryStepFields';
import { EirPublicInterestFields } from './EirPublicInterestFields';
import { FoiErrorSummary } from './FoiErrorSummary';
import { FoiGroundFields } from './FoiGroundFields';
import { FoiRequestFields } from './FoiRequestFields';
import { FoiSaveResult } from './FoiSaveResult';
import type { GuidanceFocus } from './guidanceFocus';
import { InternalReviewFields } from './InternalReviewFields';
import { RefusalCheckSummary } from './RefusalCheckSummary';
import { RefusalNoticeFields } from './RefusalNoticeFields';
import { useFoiAssessmentForm } from './useFoiAssessmentForm';
import { WhoDecidesFields } from './WhoDecidesFields';

export type { GuidanceFocus } from './guidanceFocus';

export interface FoiAssessmentFormProps {
  initial: Stored<FoiRequestAssessment> | undefined;
  onSaved(saved: Stored<FoiRequestAssessment>): void;
  onBack(): void;
  onGuidanceFocus(focus: GuidanceFocus): void;
}

/** The §3.3 assessment form: request, ground and indicators, decision, refusal notice, review. */
export function FoiAssessmentForm({ initial, onSaved, onBack, onGuidanceFocus }: FoiAssessmentFormProps): React.ReactElement {
  const state = useFoiAssessmentForm(initial, onSaved);
  const formStyles = useFormStyles();
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const sections = { state, onGuidanceFocus };

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    state.save().then(
      (ok) => {
        if (!ok && summaryRef.current) summaryRef.current.focus();
      },
      () => undefined
    );
  };

  const title = state.isNew ? 'New assessment' : `Assessment ${state.draft.reference}`;
  const conflict = state.saveState.status === 'conflict' ? state.saveState : undefined;

  return (
    <form className={formStyles.form} noValidate onSubmit={submit} aria-label={title}>
      <FoiErrorSummary ref={summaryRef} errors={state.errors} />
      <Br16Note />
      <FoiRequestFields {...sections} />
      <FoiGroundFields {...sections} />
      <EirPublicInterestFields {...sections} />
      <ConciliatoryStepFields {...sections} />
      <WhoDecidesFields {...sections} />
      <RefusalNoticeFields {...sections} />
      <InternalReviewFields {...sections} />
      <RefusalCheckSummary state={state} />
      <FoiSaveResult state={state} />
      <div className={formStyles.actions}>
        <Button type="submit" appearance="primary" disabled={state.saveState.status === 'saving'}>
          Save assessment
        </Button>
        <Button onClick={onBack}>Back to the list</Button>
      </div>
      <ConflictDialog
        open={conflict !== undefined}
        current={conflict?.current}
        onReload={() => state.resolveConflict('reload')}
        onMerge={() => state.resolveConflict('merge')}
        onCancel={() => state.resolveConflict('cancel')}
      />
    </form>
  );
}

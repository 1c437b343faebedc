import * as React from 'react';
import type { FoiRequestAssessment } from '../../../domain';
import { EmptyState } from '../../components/EmptyState';
import { GuidancePanel } from '../../components/GuidancePanel';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useHasRole } from '../../services/AppServices';
import type { Stored } from '../../services/appStore';
import type { ScreenProps } from '../../navigation/screenProps';
import { Br16Note } from './Br16Note';
import { FoiAssessmentForm } from './FoiAssessmentForm';
import type { GuidanceFocus } from './guidanceFocus';
import { FoiAssessmentListView } from './FoiAssessmentListView';
import { PassedRequests } from './PassedRequests';

type View = { kind: 'list' } | { kind: 'form'; initial: Stored<FoiRequestAssessment> | undefined; key: number };

/**
 * The FOI officer's screen (spec §3, BR-16 to BR-18, BR-25): assessments of possibly vexatious,
 * repeated or manifestly unreasonable requests, kept apart from customer case management.
 */
export default function FoiScreen(_props: ScreenProps): React.ReactElement {
  const allowed = useHasRole('foiOfficer');
  const [view, setView] = React.useState<View>({ kind: 'list' });
  const [focus, setFocus] = React.useState<GuidanceFocus>({});
  const opened = React.useRef(0);
  const onSaved = React.useCallback(() => undefined, []);

  if (!allowed) {
    return (
      <ScreenLayout title="FOI and EIR assessments">
        <EmptyState title="This screen is for the FOI officer">
          Freedom of information and environmental information requests are assessed by the FOI officer.
        </EmptyState>
      </ScreenLayout>
    );
  }

  const guidance = (
    <GuidancePanel
      context={{ form: 'foiAssessment', audience: 'foi', step: focus.step, field: focus.field }}
      heading="Guidance for the FOI officer"
    />
  );
  const open = (initial: Stored<FoiRequestAssessment> | undefined): void => {
    opened.current += 1;
    setFocus({});
    setView({ kind: 'form', initial, key: opened.current });
  };

  return (
    <ScreenLayout title="FOI and EIR assessments" aside={guidance}>
      {view.kind === 'list' ? (
        <>
          <Br16Note />
          <PassedRequests />
          <FoiAssessmentListView onOpen={open} onNew={() => open(undefined)} />
        </>
      ) : (
        <FoiAssessmentForm
          key={view.key}
          initial={view.initial}
          onSaved={onSaved}
          onBack={() => {
            setFocus({});
            setView({ kind: 'list' });
          }}
          onGuidanceFocus={setFocus}
        />
      )}
    </ScreenLayout>
  );
}

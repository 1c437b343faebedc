import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { actionAllowedFrom, type Case, type Person } from '../../../domain';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import type { ScreenProps } from '../../navigation/screenProps';
import { CaseFrame } from '../shared/CaseFrame';
import { subjectOf } from '../shared/subjectOf';
import { PersonReviewRequests } from './PersonReviewRequests';
import { ReviewForm } from './ReviewForm';
import { ReviewRecorded } from './ReviewRecorded';
import { useReview, type ReviewScreenState } from './useReview';

interface ReviewStageProps {
  screen: ReviewScreenState;
  kase: Case;
  person: Person | undefined;
  params: ScreenProps['params'];
}

/** What the review screen shows for the case as it stands: the review to start or record, and the customer's requests. */
function ReviewStage({ screen, kase, person, params }: ReviewStageProps): React.ReactElement {
  const { recorded, record } = screen;
  const confirmation = recorded ? (
    <ReviewRecorded key={recorded.kase.revision} recorded={{ ...recorded, alertWarning: record.alertWarning }} />
  ) : null;
  const requests = actionAllowedFrom('answerPersonReviewRequest', kase.status) ? (
    <PersonReviewRequests kase={kase} record={record} focusRequestId={params.request} focusSection={params.section === 'person-requests'} />
  ) : null;
  if (recorded && kase.status === 'Closed') return <>{confirmation}</>;
  // Nothing is left to review, but a customer's request still open is answered here (BR-34).
  if (kase.status === 'Closed') return <>{requests}</>;
  if (kase.status === 'SanctionActive') {
    return (
      <>
        {confirmation}
        <Button appearance="primary" disabled={record.saving} onClick={() => later(screen.startReview())}>
          Start the review
        </Button>
        {requests}
      </>
    );
  }
  return (
    <>
      {confirmation}
      <ReviewForm screen={screen} kase={kase} subject={subjectOf(kase, person)} />
      {requests}
    </>
  );
}

/**
 * Scheduled review of a sanction (BR-10): start it, then record the outcome and the letter
 * sent. Amend edits the restrictions, their parameters, the scope and the end date with the
 * proposal's editors, and is saved by the domain as a new version of the sanction. Below it,
 * the customer's own requests for a review (BR-34) are logged and answered, apart from the
 * scheduled review; the case view links here with the request's id to bring it into view.
 */
export default function ReviewScreen({ params }: ScreenProps): React.ReactElement {
  const screen = useReview(params.caseId ?? '');
  return (
    <CaseFrame title="Review" record={screen.record} aside={<GuidancePanel context={{ form: 'review' }} heading="Guidance: reviews" />}>
      {(kase, person) => <ReviewStage screen={screen} kase={kase} person={person} params={params} />}
    </CaseFrame>
  );
}

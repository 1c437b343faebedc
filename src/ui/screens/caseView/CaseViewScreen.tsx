import * as React from 'react';
import { can, participationOf, type Case } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../navigation/screenProps';
import { PersonNeedsOnCase } from '../person/PersonNeedsOnCase';
import { CaseFrame } from '../shared/CaseFrame';
import { useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import { CaseFacts } from './CaseFacts';
import { CaseIncidents } from './CaseIncidents';
import { CaseTimelineSection } from './CaseTimelineSection';
import { FlaggedContacts } from './FlaggedContacts';
import { NEXT_STEPS } from './nextStepRules';
import { NextSteps } from './NextSteps';
import { OmbudsmanSection } from './ombudsman/OmbudsmanSection';
import { OpenReviewRequests } from './OpenReviewRequests';

/** The case as this user sees it: facts, open requests, flagged contacts, the Ombudsman, needs, next steps, timeline. */
function CaseView({ kase, record }: { kase: Case; record: CaseRecord }): React.ReactElement {
  const { currentUser, roleAssignments, clock } = useAppServices();
  const participation = participationOf(kase);
  const allowed = (permission: Parameters<typeof can>[1]): boolean =>
    can({ userId: currentUser.id }, permission, { roles: roleAssignments, case: participation }).allowed;
  const steps = NEXT_STEPS.filter((step) => step.when(kase, currentUser.id) && allowed(step.permission));
  const loaded = record.load.status === 'ready' ? record.load : undefined;
  return (
    <>
      <CaseFacts kase={kase} />
      <OpenReviewRequests kase={kase} today={clock.today()} canAnswer={allowed('review.conduct')} />
      <FlaggedContacts kase={kase} record={record} />
      <OmbudsmanSection kase={kase} record={record} />
      <PersonNeedsOnCase
        kase={kase}
        person={loaded?.person}
        detailsUnreadable={loaded !== undefined && (loaded.related?.unreadable ?? []).indexOf('personDetails') >= 0}
      />
      <NextSteps kase={kase} steps={steps} />
      <CaseTimelineSection kase={kase} />
      <CaseIncidents kase={kase} related={loaded?.related} />
    </>
  );
}

/** The case: state, facts, what to do next and the timeline. The deep-link target. */
export default function CaseViewScreen({ params }: ScreenProps): React.ReactElement {
  const record = useCaseRecord(params.caseId ?? '');
  return (
    <CaseFrame title="Case" record={record}>
      {(kase) => <CaseView kase={kase} record={record} />}
    </CaseFrame>
  );
}

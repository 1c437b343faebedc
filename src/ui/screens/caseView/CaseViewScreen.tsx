import * as React from 'react';
import { caseLabel } from '../../../domain/model/caseReference';
import { Badge, Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import {
  actionAllowedFrom,
  can,
  currentSanction,
  isChecklistComplete,
  participationOf,
  SANCTION_CATALOGUE,
  SANCTION_RUNNING_STATUSES,
  type Case,
  type PermissionAction
} from '../../../domain';
import { DateText } from '../../components/DateText';
import { usePersonNames } from '../../components/PersonName';
import { useAppServices } from '../../services/AppServices';
import { useNavigation } from '../../shell/navigation';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame } from '../shared/CaseFrame';
import { STATUS_LABELS } from '../shared/labels';
import { useCaseRecord } from '../shared/useCaseRecord';
import { CaseIncidents } from './CaseIncidents';
import { FlaggedContacts } from './FlaggedContacts';
import { OmbudsmanSection } from './ombudsman/OmbudsmanSection';
import { caseTimeline } from './caseTimeline';
import { OpenReviewRequests } from './OpenReviewRequests';
import { PersonNeedsOnCase } from '../person/PersonNeedsOnCase';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 400px)': { gridTemplateColumns: '1fr' }
  },
  dd: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  timeline: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

interface NextStep {
  screen: string;
  label: string;
  /** Extra route parameters beside the case id (e.g. which letter to write). */
  params?: Readonly<Record<string, string>>;
  permission: PermissionAction;
  /** Whether the step applies to the case now, for this user (some steps are one person's). */
  when(kase: Case, userId: string): boolean;
}

/** What can be done next on this case, by status; each is also checked with the domain's can(). */
const NEXT_STEPS: readonly NextStep[] = [
  {
    screen: 'checklist',
    label: 'Complete the checklist',
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('recordChecklist', k.status)
  },
  {
    screen: 'invocation',
    label: 'Record the panel decision',
    permission: 'invocation.record',
    when: (k) => actionAllowedFrom('recordInvocationDecision', k.status)
  },
  {
    screen: 'case-monitoring',
    label: 'Monitoring letter and contact log',
    permission: 'case.manage',
    // The monitoring letter, then the contact log while monitoring runs or a sanction is in force.
    when: (k) =>
      actionAllowedFrom('sendMonitoringLetter', k.status) || k.status === 'Monitoring' || SANCTION_RUNNING_STATUSES.indexOf(k.status) >= 0
  },
  {
    screen: 'propose-sanction',
    label: 'Propose a sanction',
    permission: 'sanction.propose',
    when: (k) => k.status === 'Monitoring' || (k.status === 'SanctionProposed' && currentSanction(k)?.status === 'ChangesRequested')
  },
  {
    // The approved sanction starts only once the customer has been told (spec §5.4, BR-07).
    screen: 'letters',
    label: 'Send the restriction letter',
    params: { letterType: 'RestrictionDecision' },
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('sendSanctionLetter', k.status)
  },
  {
    // BR-09: an expired restriction leaves the case officer a letter to send; recording it sent completes that task.
    screen: 'letters',
    label: 'Send the letter saying the restriction has ended',
    params: { letterType: 'RestrictionEnded' },
    permission: 'case.manage',
    when: (k) =>
      actionAllowedFrom('sendRestrictionEndedLetter', k.status) && k.tasks.some((t) => t.kind === 'sendRestrictionEndedLetter' && !t.done)
  },
  {
    screen: 'review',
    label: 'Record a review',
    permission: 'review.conduct',
    when: (k) => actionAllowedFrom('startReview', k.status) || actionAllowedFrom('completeReview', k.status)
  },
  {
    // BR-34: the customer's own request for a review is logged beside the review form.
    screen: 'review',
    label: 'Log a request for a review',
    params: { section: 'person-requests' },
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('logPersonReviewRequest', k.status)
  },
  {
    screen: 'appeal',
    label: 'Record an appeal',
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('receiveAppeal', k.status) || actionAllowedFrom('decideAppeal', k.status)
  },
  {
    // BR-11: the independent reviewer named on the appeal decides it (journeys found it offered to nobody).
    screen: 'appeal',
    label: 'Decide the appeal',
    permission: 'appeal.decide',
    when: (k, userId) => actionAllowedFrom('decideAppeal', k.status) && k.appeals[k.appeals.length - 1]?.reviewerId === userId
  }
];

/** The case: state, facts, what to do next and the timeline. The deep-link target. */
export default function CaseViewScreen({ params }: ScreenProps): React.ReactElement {
  const styles = useStyles();
  const record = useCaseRecord(params.caseId ?? '');
  const { currentUser, roleAssignments, clock } = useAppServices();
  const { navigate } = useNavigation();
  const nameOf = usePersonNames();
  return (
    <CaseFrame title="Case" record={record}>
      {(kase) => {
        const sanction = currentSanction(kase);
        const participation = participationOf(kase);
        const steps = NEXT_STEPS.filter(
          (step) =>
            step.when(kase, currentUser.id) &&
            can({ userId: currentUser.id }, step.permission, { roles: roleAssignments, case: participation }).allowed
        );
        return (
          <>
            <dl className={styles.facts}>
              <dt>Reference</dt>
              <dd className={styles.dd}>{caseLabel(kase)}</dd>
              <dt>Status</dt>
              <dd className={styles.dd}>
                <Badge appearance="tint">{STATUS_LABELS[kase.status]}</Badge>
              </dd>
              <dt>Case officer</dt>
              <dd className={styles.dd}>{kase.caseOfficerId ? nameOf(kase.caseOfficerId) : 'Not assigned'}</dd>
              <dt>Service</dt>
              <dd className={styles.dd}>{kase.leadService}</dd>
              <dt>Checklist</dt>
              <dd className={styles.dd}>{isChecklistComplete(kase.checklist) ? 'Complete' : 'Not complete'}</dd>
              {sanction ? (
                <>
                  <dt>Sanction</dt>
                  <dd className={styles.dd}>
                    {sanction.restrictions.map((r) => SANCTION_CATALOGUE[r.type].label).join(', ')} (
                    {sanction.status === 'Proposed' ? 'pending approval' : sanction.status.toLowerCase()}), review by{' '}
                    <DateText value={sanction.reviewDate} />
                  </dd>
                </>
              ) : null}
            </dl>
            <OpenReviewRequests
              kase={kase}
              today={clock.today()}
              canAnswer={can({ userId: currentUser.id }, 'review.conduct', { roles: roleAssignments, case: participation }).allowed}
            />
            <FlaggedContacts kase={kase} record={record} />
            <OmbudsmanSection kase={kase} record={record} />
            <PersonNeedsOnCase
              kase={kase}
              person={record.load.status === 'ready' ? record.load.person : undefined}
              detailsUnreadable={record.load.status === 'ready' && (record.load.related?.unreadable ?? []).indexOf('personDetails') >= 0}
            />
            <section aria-labelledby="next-steps">
              <Subtitle2 as="h3" id="next-steps">
                Next steps
              </Subtitle2>
              {steps.length === 0 ? (
                <Body1 as="p">There is nothing for you to do on this case at the moment.</Body1>
              ) : (
                <div className={styles.actions}>
                  {steps.map((step) => (
                    <Button
                      key={`${step.screen}-${step.label}`}
                      appearance="primary"
                      onClick={() =>
                        // A letter prints the reference people read (CCM-2026-0042).
                        navigate(step.screen, {
                          ...step.params,
                          caseId: kase.id,
                          ...(step.screen === 'letters' ? { reference: caseLabel(kase) } : {})
                        })
                      }
                    >
                      {step.label}
                    </Button>
                  ))}
                </div>
              )}
            </section>
            <section aria-labelledby="timeline">
              <Subtitle2 as="h3" id="timeline">
                Timeline
              </Subtitle2>
              <ol className={styles.timeline}>
                {caseTimeline(kase, nameOf).map((entry, index) => (
                  <li key={`${entry.date}-${index}`}>
                    <DateText value={entry.date} />: {entry.text}
                  </li>
                ))}
              </ol>
            </section>
            <CaseIncidents kase={kase} related={record.load.status === 'ready' ? record.load.related : undefined} />
          </>
        );
      }}
    </CaseFrame>
  );
}

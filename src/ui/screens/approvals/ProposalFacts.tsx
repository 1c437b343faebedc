import * as React from 'react';
import { DateText } from '../../components/DateText';
import { PersonName } from '../../components/PersonName';
import type { PendingApproval } from './approvalDetails';
import { useApprovalsScreenStyles } from './useApprovalsScreenStyles';

function Fact({ term, children }: { term: string; children: React.ReactNode }): React.ReactElement {
  const styles = useApprovalsScreenStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.definition}>{children}</dd>
    </>
  );
}

/** What was proposed: the case, customer and proposer; the restriction in full when the service sent its details. */
export function ProposalFacts({ approval }: { approval: PendingApproval }): React.ReactElement {
  const styles = useApprovalsScreenStyles();
  const { summary, details } = approval;
  return (
    <dl className={styles.facts}>
      <Fact term="Case">{summary.caseReference ?? summary.caseId}</Fact>
      <Fact term="Customer">{summary.personName}</Fact>
      <Fact term="Proposed by">
        {/* The service sends a name where it knows one; an id is named from the directory. */}
        <PersonName id={summary.proposedBy} />, <DateText value={summary.requestedAt} withTime />
      </Fact>
      {details ? (
        <>
          <Fact term="Behaviours">{details.behaviours.length > 0 ? details.behaviours.join('; ') : 'None recorded on the incidents'}</Fact>
          <Fact term="Proposed restriction">
            <ul className={styles.inlineList}>
              {details.restrictions.map((restriction) => (
                <li key={restriction.code}>
                  {restriction.label}
                  {restriction.parameters ? ` (${restriction.parameters})` : ''}
                </li>
              ))}
            </ul>
          </Fact>
          <Fact term="Scope">{details.scope}</Fact>
          <Fact term="Duration">
            {details.startDate} to {details.endDate}: {details.duration}
          </Fact>
          <Fact term="Review date">{details.reviewDate}</Fact>
          <Fact term="Why this is proportionate">{details.proportionality}</Fact>
          <Fact term="Checklist">{details.checklistSummary}</Fact>
          {details.continuityPlan ? <Fact term="Continuity plan">{details.continuityPlan}</Fact> : null}
          {details.channelConfirmation ? (
            <Fact term="Contact channel to confirm">
              {details.channelConfirmation.channel}
              {details.channelConfirmation.needs.length > 0 ? (
                <ul className={styles.inlineList} aria-label="Communication needs staff must respect">
                  {details.channelConfirmation.needs.map((need) => (
                    <li key={need}>{need}</li>
                  ))}
                </ul>
              ) : null}
            </Fact>
          ) : null}
        </>
      ) : (
        <Fact term="Proposal">{summary.summary}</Fact>
      )}
    </dl>
  );
}

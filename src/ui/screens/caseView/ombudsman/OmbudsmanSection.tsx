import * as React from 'react';
import { Badge, Body1, Subtitle2 } from '@fluentui/react-components';
import {
  can,
  LETTER_TYPE_LABELS,
  OMBUDSMAN_OUTCOME_LABELS,
  OMBUDSMAN_REMEDY_LABELS,
  OMBUDSMEN,
  participationOf,
  type Case,
  type OmbudsmanEnquiry
} from '../../../../domain';
import { DateText } from '../../../components/DateText';
import { usePersonNames } from '../../../components/PersonName';
import { useAppServices } from '../../../services/AppServices';
import type { CaseRecord } from '../../shared/useCaseRecord';
import { OmbudsmanDecisionForm } from './OmbudsmanDecisionForm';
import { OmbudsmanEnquiryForm } from './OmbudsmanEnquiryForm';
import { CopyLetterForm, RemedyDoneForm } from './OmbudsmanFollowUp';

export interface OmbudsmanSectionProps {
  kase: Case;
  record: CaseRecord;
}

/**
 * Issue 16 item 8: when an Ombudsman looks at the case. Everyone who reads the case sees each
 * enquiry, its decision, the remedies and whether each is done, and the letters copied; the case
 * officer (who manages the case) records them, and whoever a remedy was given to records it done.
 */
export function OmbudsmanSection({ kase, record }: OmbudsmanSectionProps): React.ReactElement {
  const { currentUser, roleAssignments } = useAppServices();
  const manages = can({ userId: currentUser.id }, 'case.manage', { roles: roleAssignments, case: participationOf(kase) }).allowed;
  const enquiries = kase.ombudsmanEnquiries ?? [];
  if (enquiries.length === 0 && !manages) return <></>;
  return (
    <section aria-labelledby="ombudsman">
      <Subtitle2 as="h3" id="ombudsman">
        Ombudsman
      </Subtitle2>
      {enquiries.length === 0 ? <Body1 as="p">No Ombudsman has looked at this case.</Body1> : null}
      {enquiries.map((enquiry) => (
        <EnquiryView key={enquiry.id} kase={kase} record={record} enquiry={enquiry} manages={manages} />
      ))}
      {manages ? <OmbudsmanEnquiryForm record={record} /> : null}
    </section>
  );
}

/** The officer's words as a sentence: one full stop, whether or not they typed it. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function EnquiryView({
  kase,
  record,
  enquiry,
  manages
}: OmbudsmanSectionProps & { enquiry: OmbudsmanEnquiry; manages: boolean }): React.ReactElement {
  const { currentUser } = useAppServices();
  const nameOf = usePersonNames();
  const headingId = `ombudsman-enquiry-${enquiry.id}`;
  const decision = enquiry.decision;
  const mayComplete = (taskId: string | undefined): boolean =>
    manages || kase.tasks.some((t) => t.id === taskId && !t.done && t.assignees.indexOf(currentUser.id) >= 0);
  return (
    <article aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId}>
        {OMBUDSMEN[enquiry.scheme].name}, reference {enquiry.reference}
      </Subtitle2>
      <Body1 as="p">
        Enquiry received <DateText value={enquiry.receivedOn} />: {enquiry.summary}
      </Body1>
      {decision ? (
        <>
          {/* A div, not a paragraph: Fluent's Badge is a div, which a <p> may not hold (Body1 cannot be a div). */}
          <div>
            <Body1>
              Decision of <DateText value={decision.decidedOn} />:{' '}
            </Body1>
            <Badge appearance="tint">{OMBUDSMAN_OUTCOME_LABELS[decision.outcome]}</Badge> <Body1>{decision.summary}</Body1>
          </div>
          {decision.remedies.length > 0 ? (
            <ul aria-label={`Remedies ordered (${enquiry.reference})`}>
              {decision.remedies.map((remedy) => (
                <li key={remedy.id}>
                  {OMBUDSMAN_REMEDY_LABELS[remedy.kind]}: {sentence(remedy.detail)} Due by <DateText value={remedy.dueBy} />.{' '}
                  {remedy.doneOn ? (
                    <>
                      Done <DateText value={remedy.doneOn} /> by {nameOf(remedy.doneBy ?? '')}: {remedy.doneNote}
                    </>
                  ) : (
                    <>
                      <Badge appearance="filled" color="warning">
                        Not done yet
                      </Badge>
                      {mayComplete(remedy.taskId) ? (
                        <RemedyDoneForm record={record} enquiry={enquiry} remedy={remedy} label={OMBUDSMAN_REMEDY_LABELS[remedy.kind]} />
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : manages ? (
        <OmbudsmanDecisionForm record={record} enquiry={enquiry} />
      ) : (
        <Body1 as="p">The Ombudsman has not decided yet.</Body1>
      )}
      {enquiry.lettersCopied.length > 0 ? (
        <ul aria-label={`Letters copied to the Ombudsman (${enquiry.reference})`}>
          {enquiry.lettersCopied.map((copy) => {
            const letter = kase.letters.find((l) => l.id === copy.letterId);
            return (
              <li key={copy.letterId}>
                Copy of the {letter ? LETTER_TYPE_LABELS[letter.type].toLowerCase() : 'letter'} sent to the Ombudsman on{' '}
                <DateText value={copy.sentOn} />
              </li>
            );
          })}
        </ul>
      ) : null}
      {manages ? <CopyLetterForm kase={kase} record={record} enquiry={enquiry} /> : null}
    </article>
  );
}

import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CaseSummary } from '../../../data/ports';
import { usePersonNames } from '../../components/PersonName';
import { useNavigation } from '../../navigation/navigation';
import { STATUS_LABELS } from '../shared/labels';
import type { TriageDecisionSaved } from './useTriage';

/**
 * A new report about a customer who already has an open case is still a referral to decide
 * (no case holds it yet); the manager is told of the open case, so they can weigh it.
 */
export function OpenCasesNote({ name, cases }: { name: string; cases: readonly CaseSummary[] }): React.ReactElement {
  const { navigate } = useNavigation();
  if (cases.length === 0) return <></>;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {name} already has {cases.length === 1 ? 'an open case' : `${cases.length} open cases`}:{' '}
        {cases.map((kase, index) => (
          <React.Fragment key={kase.id}>
            {index > 0 ? ', ' : null}
            <Link onClick={() => navigate('case', { caseId: kase.id })}>{kase.reference ?? 'the case'}</Link> (
            {STATUS_LABELS[kase.status].toLowerCase()})
          </React.Fragment>
        ))}
        . This report is not part of {cases.length === 1 ? 'it' : 'them'}: tell the case officer about it as well as deciding on it here.
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * What a triage decision did and what happens next. The decided referral leaves the list, so
 * focus is brought here: a keyboard or screen reader user lands on the result, not on the
 * page's start.
 */
export function TriageDecisionMessage({ saved }: { saved: TriageDecisionSaved }): React.ReactElement {
  const { navigate } = useNavigation();
  const nameOf = usePersonNames();
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => result.current?.focus(), []);
  const theCase = saved.reference ? `case ${saved.reference}` : 'a case';
  return (
    <MessageBar ref={result} tabIndex={-1} intent="success" layout="multiline" role="status">
      <MessageBarBody>
        {saved.decision === 'escalate' ? (
          <>
            <MessageBarTitle>
              Escalated: {theCase} is open for {saved.name}
            </MessageBarTitle>
            <p>
              {saved.caseOfficerId
                ? `${nameOf(saved.caseOfficerId)}, the case officer, prepares it for the head of service and the Executive Director, who decide with the Customer Relations Officer whether to invoke the policy.`
                : 'The head of service assigns a case officer, who prepares it for the head of service and the Executive Director to decide, with the Customer Relations Officer, whether to invoke the policy.'}
            </p>
            <p>The referral has left your list. You need do nothing more unless the case officer asks you.</p>
          </>
        ) : (
          <>
            <MessageBarTitle>Informal action recorded for {saved.name}</MessageBarTitle>
            <p>
              The referral has left your list and is kept as {theCase} under informal action. Next: take the informal action you described,
              for example an informal warning. If the behaviour continues, the next report about {saved.name} comes back here for your
              decision.
            </p>
          </>
        )}
        <Link onClick={() => navigate('case', { caseId: saved.caseId })}>Open the case</Link>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A decision saved, but not its audit entries: said beside the result, never as "not saved". */
export function TriageSaveWarning({ saved }: { saved: TriageDecisionSaved }): React.ReactElement {
  if (!saved.auditWarning) return <></>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{saved.auditWarning}</MessageBarBody>
    </MessageBar>
  );
}

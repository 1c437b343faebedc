import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { can, participationOf, type Case, type Letter } from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { DateText } from '../../components/DateText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { useAppServices } from '../../services/AppServices';
import { useNavigation } from '../../navigation/navigation';
import { useCaseRecord } from '../shared/useCaseRecord';
import { SentLetterForm } from './SentLetterForm';
import type { LetterProduction } from './letterProduction';

export interface RecordEndedLetterSentProps {
  caseId: string;
  production: LetterProduction;
}

/** The expired restriction's "restriction ended" letter is still to be sent (BR-09). */
export function waitsForEndedLetter(kase: Case): boolean {
  return kase.status === 'Closed' && kase.tasks.some((t) => t.kind === 'sendRestrictionEndedLetter' && !t.done);
}

/**
 * On the Letters screen, for a case whose restriction expired (BR-09): once the "restriction
 * ended" letter is produced, the case officer records it as sent, which completes the task the
 * expiry gave them, so it leaves their "What is due".
 */
export function RecordEndedLetterSent({ caseId, production }: RecordEndedLetterSentProps): React.ReactElement {
  const { currentUser, roleAssignments } = useAppServices();
  const { navigate } = useNavigation();
  const [sent, setSent] = React.useState<Letter | undefined>(undefined);
  // The form and its button are gone once recorded: bring focus to the result (as RestrictionNowActive does).
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (sent) result.current?.focus();
  }, [sent]);
  const record = useCaseRecord(caseId, {
    // Also runs after "apply my changes to the latest version" in the conflict dialog.
    onSaved: (_, action) => {
      if (action.type === 'sendRestrictionEndedLetter') setSent(action.letter);
    }
  });
  const conflictDialog = (
    <ConflictDialog
      open={record.conflict !== undefined}
      current={record.conflict?.current}
      onReload={() => later(record.resolveConflict('reload'))}
      onMerge={() => later(record.resolveConflict('merge'))}
      onCancel={() => later(record.resolveConflict('cancel'))}
    />
  );
  if (sent) {
    return (
      <MessageBar ref={result} tabIndex={-1} intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>The letter is recorded as sent</MessageBarTitle>
          The letter saying the restriction has ended was sent on <DateText value={sent.sentOn} />. Nothing more is due on this case.{' '}
          {record.auditWarning ? `${record.auditWarning} ` : null}
          <Link onClick={() => navigate('case', { caseId })}>Back to the case</Link>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (record.load.status === 'loading') return <LoadingState label="Loading the case…" />;
  if (record.load.status === 'error') {
    return (
      <ErrorMessage
        error={record.load.error}
        title="The case could not be opened, so the letter cannot be recorded as sent here"
        onRetry={record.reload}
      />
    );
  }
  const kase = record.load.stored.value;
  if (!waitsForEndedLetter(kase)) return conflictDialog;
  const permission = can({ userId: currentUser.id }, 'case.manage', { roles: roleAssignments, case: participationOf(kase) });
  if (!permission.allowed) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>Only the case officer can record this letter as sent. {permission.reason}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      {production.status === 'done' ? (
        <SentLetterForm
          kase={kase}
          produced={production}
          record={record}
          actionFor={(letter) => ({ type: 'sendRestrictionEndedLetter', letter })}
          intro="The restriction has expired. Record the letter as sent when it has gone, so the customer's record shows they were told."
        />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            The customer must be told their restriction has ended. Produce the Word document first; you can then record it as sent.
          </MessageBarBody>
        </MessageBar>
      )}
      {conflictDialog}
    </>
  );
}

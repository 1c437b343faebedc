import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { can, currentSanction, participationOf, type Case, type Letter } from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { useAppServices } from '../../services/AppServices';
import { useCaseRecord } from '../shared/useCaseRecord';
import { RestrictionNowActive } from './RestrictionNowActive';
import { SentLetterForm } from './SentLetterForm';
import type { LetterProduction } from './letterProduction';

export interface RecordRestrictionLetterSentProps {
  caseId: string;
  production: LetterProduction;
}

/**
 * On the Letters screen, for a case whose approved sanction waits for its letter
 * (SanctionLetterDraft): once the restriction decision letter is produced, the case officer
 * records it as sent, and the sanction becomes active (spec §5.4, BR-07).
 */
export function RecordRestrictionLetterSent({ caseId, production }: RecordRestrictionLetterSentProps): React.ReactElement {
  const { currentUser, roleAssignments } = useAppServices();
  const [sent, setSent] = React.useState<{ kase: Case; letter: Letter } | undefined>(undefined);
  const record = useCaseRecord(caseId, {
    // Also runs after "apply my changes to the latest version" in the conflict dialog.
    onSaved: (saved, action) => {
      if (action.type === 'sendSanctionLetter') setSent({ kase: saved, letter: action.letter });
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
  const sanction = sent ? currentSanction(sent.kase) : undefined;
  if (sent && sanction) {
    return (
      <>
        {record.auditWarning ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{record.auditWarning}</MessageBarBody>
          </MessageBar>
        ) : null}
        <RestrictionNowActive caseId={caseId} sanction={sanction} letter={sent.letter} alertWarning={record.alertWarning} />
      </>
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
  if (kase.status !== 'SanctionLetterDraft') return conflictDialog;
  const permission = can({ userId: currentUser.id }, 'case.manage', { roles: roleAssignments, case: participationOf(kase) });
  if (!permission.allowed) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          This case is waiting for its restriction letter, but only the case officer can record it as sent. {permission.reason}
        </MessageBarBody>
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
          actionFor={(letter) => ({ type: 'sendSanctionLetter', letter })}
          intro="The approved restriction starts to apply once the customer has been told. Record the letter as sent when it has gone."
        />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This case is waiting for its restriction letter. Produce the Word document first; you can then record it as sent to the
            customer.
          </MessageBarBody>
        </MessageBar>
      )}
      {conflictDialog}
    </>
  );
}

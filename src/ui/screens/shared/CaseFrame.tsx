import * as React from 'react';
import { later } from '../../components/later';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Case, Person, TransitionError } from '../../../domain';
import { displayName } from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useNavigation } from '../../navigation/navigation';
import type { CaseRecord } from './useCaseRecord';

export interface CaseFrameProps {
  title: string;
  record: CaseRecord;
  aside?: React.ReactNode;
  children(kase: Case, person: Person | undefined): React.ReactNode;
}

/** Loading, error, conflict and "back to the case" handling shared by every case form. */
export function CaseFrame({ title, record, aside, children }: CaseFrameProps): React.ReactElement {
  const { navigate } = useNavigation();
  const { load } = record;
  // The save button is disabled while saving, so when the conflict dialog closes focus has
  // nowhere to go back to: bring it to the screen heading rather than lose it to <body>.
  const conflictOpen = record.conflict !== undefined;
  const wasOpen = React.useRef(conflictOpen);
  React.useEffect(() => {
    const closed = wasOpen.current && !conflictOpen;
    wasOpen.current = conflictOpen;
    if (!closed) return;
    const timer = window.setTimeout(() => document.getElementById('screen-title')?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [conflictOpen]);
  if (load.status === 'loading') {
    return (
      <ScreenLayout title={title}>
        <LoadingState label="Loading the case…" />
      </ScreenLayout>
    );
  }
  if (load.status === 'error') {
    return (
      <ScreenLayout title={title}>
        <ErrorMessage error={load.error} title="The case could not be opened" onRetry={record.reload} />
      </ScreenLayout>
    );
  }
  const kase = load.stored.value;
  return (
    <ScreenLayout title={`${title}: ${load.person ? displayName(load.person) : 'customer'}`} aside={aside} busy={record.saving}>
      <Body1>
        <Button appearance="transparent" onClick={() => navigate('case', { caseId: kase.id })}>
          Back to the case
        </Button>
      </Body1>
      {record.saveError ? <ErrorMessage error={record.saveError} title="Not saved" /> : null}
      {record.auditWarning ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{record.auditWarning}</MessageBarBody>
        </MessageBar>
      ) : null}
      {record.alertWarning ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{record.alertWarning}</MessageBarBody>
        </MessageBar>
      ) : null}
      {record.routingWarning ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{record.routingWarning}</MessageBarBody>
        </MessageBar>
      ) : null}
      {children(kase, load.person)}
      <ConflictDialog
        open={record.conflict !== undefined}
        current={record.conflict?.current}
        onReload={() => later(record.resolveConflict('reload'))}
        onMerge={() => later(record.resolveConflict('merge'))}
        onCancel={() => later(record.resolveConflict('cancel'))}
      />
    </ScreenLayout>
  );
}

/** A refusal from the domain engine, with the rule and the details, in plain words. */
export function RefusalMessage({ refusal }: { refusal: TransitionError | undefined }): React.ReactElement {
  if (!refusal) return <></>;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not saved{refusal.rule ? ` (${refusal.rule})` : ''}</MessageBarTitle>
        {refusal.message}
        {refusal.details && refusal.details.length > 0 ? (
          <ul>
            {refusal.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

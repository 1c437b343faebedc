import * as React from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { RetentionItem } from './RetentionItem';
import { useRetentionScreen } from './useRetentionScreen';
import { useRetentionScreenStyles } from './useRetentionScreenStyles';

/**
 * BR-24: the Data Protection Officer's list of records past retention. Confirming lets the next
 * sweep delete the record, its parts and files (each leaving an audit stub); holding keeps it
 * while a subject access request, an Ombudsman enquiry or litigation is open.
 */
export default function RetentionScreen(_props: ScreenProps): React.ReactElement {
  const { allowed, due, busy, outcome, decide } = useRetentionScreen();
  const styles = useRetentionScreenStyles();
  if (!allowed) {
    return (
      <ScreenLayout title="Retention and disposal">
        <EmptyState title="This is the Data Protection Officer’s screen">
          Records past their retention period are confirmed for disposal, or held, by the Data Protection Officer.
        </EmptyState>
      </ScreenLayout>
    );
  }
  return (
    <ScreenLayout title="Retention and disposal">
      <div role="status" aria-live="polite">
        {outcome ? (
          <MessageBar intent={outcome.tone}>
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {due.status === 'loading' ? <LoadingState label="Loading what is due for disposal…" /> : null}
      {due.status === 'error' ? (
        <ErrorMessage error={due.error} title="What is due for disposal could not be loaded" onRetry={due.reload} />
      ) : null}
      {due.status === 'ready' && due.value.length === 0 ? (
        <EmptyState title="Nothing is due for disposal" action={<Button onClick={due.reload}>Check again</Button>}>
          When a record passes its retention period, it appears here with its rule and date.
        </EmptyState>
      ) : null}
      {due.status === 'ready' && due.value.length > 0 ? (
        <ul className={styles.list} aria-label="Records due for disposal">
          {due.value.map((item) => (
            <RetentionItem key={`${item.kind}-${item.id}`} item={item} busy={busy === item.id} decide={decide} />
          ))}
        </ul>
      ) : null}
    </ScreenLayout>
  );
}

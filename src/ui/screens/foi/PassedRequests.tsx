import * as React from 'react';
import { Body1, Button, Caption1, Card, CardHeader, Subtitle2 } from '@fluentui/react-components';
import { isBefore } from '../../../domain';
import { DateText } from '../../components/DateText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { useAppServices } from '../../services/AppServices';
import { usePassedRequests } from './usePassedRequests';
import { useFoiScreenStyles } from './useFoiScreenStyles';

/**
 * BR-16: requests for information that case officers logged as contact from a person on a case
 * and passed to the FOI officer. Each is dealt with on its own; the FOI officer says when it is
 * in the FOI process, which takes it off their list and "What is due".
 */
export function PassedRequests(): React.ReactElement {
  const { state, takeIn, failed } = usePassedRequests();
  const { clock } = useAppServices();
  const styles = useFoiScreenStyles();
  const today = clock.today();
  if (state.status === 'loading') return <LoadingState label="Loading the requests passed to you…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} title="The requests passed to you could not be loaded" />;
  if (state.value.length === 0) return <></>;
  return (
    <section aria-labelledby="passed-requests" className={styles.nested}>
      <Subtitle2 as="h3" id="passed-requests">
        Requests for information passed to you ({state.value.length})
      </Subtitle2>
      {state.value.map((row) => {
        const task = row.value;
        const overdue = task.dueDate !== undefined && isBefore(task.dueDate, today);
        return (
          <Card key={task.id} role="article" aria-label={`Request from ${task.personName ?? 'a customer'}`}>
            <CardHeader
              header={<Body1>{task.personName ?? 'A customer on a case'}</Body1>}
              description={
                <Caption1>
                  {overdue ? 'Overdue: answer was due by ' : 'Answer by '}
                  {task.dueDate ? <DateText value={task.dueDate} /> : 'no date given'}
                </Caption1>
              }
            />
            <Body1>{task.detail}</Body1>
            {failed?.taskId === task.id ? <ErrorMessage error={failed.error} title="Not saved" /> : null}
            <div className={styles.toolbar}>
              <Button onClick={() => later(takeIn(row))}>Taken into the FOI process</Button>
            </div>
          </Card>
        );
      })}
    </section>
  );
}

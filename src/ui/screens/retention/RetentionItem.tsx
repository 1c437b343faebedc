import * as React from 'react';
import { Button, Card, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { formatLongDate } from '../../../domain';
import { RETENTION_HOLD_LABELS, RETENTION_HOLD_REASONS, type RetentionHoldReason } from '../../../domain/time';
import { DateText } from '../../components/DateText';
import type { RetentionDueItem } from '../../services/caseServiceClient';
import type { RetentionScreenState } from './useRetentionScreen';
import { useRetentionScreenStyles } from './useRetentionScreenStyles';

function Fact({ term, children }: { term: string; children: React.ReactNode }): React.ReactElement {
  const styles = useRetentionScreenStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.definition}>{children}</dd>
    </>
  );
}

export interface RetentionItemProps {
  item: RetentionDueItem;
  busy: boolean;
  decide: RetentionScreenState['decide'];
}

/** One record due for disposal: what it is, its rule and date, and the DPO's choices. */
export function RetentionItem({ item, busy, decide }: RetentionItemProps): React.ReactElement {
  const styles = useRetentionScreenStyles();
  const [reason, setReason] = React.useState<RetentionHoldReason>('subjectAccessRequest');
  const headingId = `retention-${item.kind}-${item.id}`;
  return (
    <li aria-labelledby={headingId}>
      <Card className={styles.card}>
        <Subtitle2 as="h2" id={headingId}>
          {item.label}
        </Subtitle2>
        <dl className={styles.facts}>
          <Fact term="Record">{item.kindLabel}</Fact>
          <Fact term="Rule">{item.rule}</Fact>
          <Fact term="Due for disposal">{formatLongDate(item.disposeOn)}</Fact>
          <Fact term="Status">
            {item.hold?.request ? (
              <>
                On hold: {item.hold.reasonLabel}, received on {formatLongDate(item.hold.request.receivedOn)} and to be answered by{' '}
                {formatLongDate(item.hold.request.answerBy)} (logged by {item.hold.by}). The hold lifts when the request is answered.
              </>
            ) : item.hold ? (
              <>
                On hold: {item.hold.reasonLabel} (by {item.hold.by}, <DateText value={item.hold.at} />)
              </>
            ) : item.confirmed ? (
              <>
                Disposal confirmed by {item.confirmed.by}, <DateText value={item.confirmed.at} />. The next sweep disposes of it.
              </>
            ) : (
              'Waiting for your confirmation'
            )}
          </Fact>
        </dl>
        <div className={styles.actions}>
          {item.hold?.request ? null : item.hold ? (
            <Button
              disabled={busy}
              onClick={() => {
                decide(item, 'release').catch(() => undefined);
              }}
            >
              Release the hold on {item.label}
            </Button>
          ) : (
            <>
              {item.confirmed ? null : (
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => {
                    decide(item, 'confirm').catch(() => undefined);
                  }}
                >
                  Confirm disposal of {item.label}
                </Button>
              )}
              <Field label="Reason to hold">
                <Select value={reason} onChange={(_event, data) => setReason(data.value as RetentionHoldReason)}>
                  {RETENTION_HOLD_REASONS.map((option) => (
                    <option key={option} value={option}>
                      {RETENTION_HOLD_LABELS[option]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button
                disabled={busy}
                onClick={() => {
                  decide(item, 'hold', reason).catch(() => undefined);
                }}
              >
                Hold {item.label}
              </Button>
            </>
          )}
        </div>
      </Card>
    </li>
  );
}

import * as React from 'react';
import { Badge } from '@fluentui/react-components';
import { currentSanction, isChecklistComplete, SANCTION_CATALOGUE, type Case } from '../../../domain';
import { caseLabel } from '../../../domain/model/caseReference';
import { DateText } from '../../components/DateText';
import { usePersonNames } from '../../components/PersonName';
import { STATUS_LABELS } from '../shared/labels';
import { useCaseViewStyles } from './useCaseViewStyles';

/** The case at a glance: reference, status, officer, service, checklist and any sanction. */
export function CaseFacts({ kase }: { kase: Case }): React.ReactElement {
  const styles = useCaseViewStyles();
  const nameOf = usePersonNames();
  const sanction = currentSanction(kase);
  return (
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
  );
}

import * as React from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import type { Case } from '../../../domain';
import { DateText } from '../../components/DateText';
import { usePersonNames } from '../../components/PersonName';
import { caseTimeline } from './caseTimeline';
import { useCaseViewStyles } from './useCaseViewStyles';

/** What has happened on the case, in order. */
export function CaseTimelineSection({ kase }: { kase: Case }): React.ReactElement {
  const styles = useCaseViewStyles();
  const nameOf = usePersonNames();
  return (
    <section aria-labelledby="timeline">
      <Subtitle2 as="h3" id="timeline">
        Timeline
      </Subtitle2>
      <ol className={styles.timeline}>
        {caseTimeline(kase, nameOf).map((entry, index) => (
          <li key={`${entry.date}-${index}`}>
            <DateText value={entry.date} />: {entry.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

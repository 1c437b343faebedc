import * as React from 'react';
import { Badge, Body1, Body1Strong, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Case } from '../../../domain';
import { IncidentDetails, formatUkDateTime } from '../shared/IncidentDetails';
import type { CaseRelated } from '../shared/useCaseRecord';
import { useCaseIncidents } from './useCaseIncidents';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  heading: { margin: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS }
});

export const INCIDENTS_NOT_SHOWN: string =
  'Incident reports are not shown to you: they are seen by the people who made them and the case team.';

/**
 * The incident reports on the case (BR-22: only case readers reach this screen): the case's
 * own first, then the person's other reports marked "not in this case", each in full with
 * its health and safety flag and links to its files.
 */
export function CaseIncidents({ kase, related }: { kase: Case; related: CaseRelated | undefined }): React.ReactElement {
  const styles = useStyles();
  const view = useCaseIncidents(kase, related);
  return (
    <section aria-labelledby="case-incidents">
      <Subtitle2 as="h3" id="case-incidents">
        Incidents
      </Subtitle2>
      {view.status === 'unreadable' ? (
        <Body1 as="p">{INCIDENTS_NOT_SHOWN}</Body1>
      ) : (
        <>
          {view.entries.length === 0 ? <Body1 as="p">No incident reports are recorded for this customer.</Body1> : null}
          {view.missing.length > 0 ? (
            <Body1 as="p">
              {view.missing.length === 1
                ? `The case names an incident report that could not be found (${view.missing[0]}).`
                : `The case names ${view.missing.length} incident reports that could not be found (${view.missing.join(', ')}).`}
            </Body1>
          ) : null}
          {view.entries.length > 0 ? (
            <ol className={styles.list}>
              {view.entries.map(({ incident, inCase }) => (
                <li key={incident.id} className={styles.item}>
                  <Body1Strong as="h4" className={styles.heading}>
                    {formatUkDateTime(incident.occurredAt)}: {incident.service}
                    {inCase ? null : (
                      <>
                        {' '}
                        <Badge appearance="outline">Not in this case</Badge>
                      </>
                    )}
                  </Body1Strong>
                  <IncidentDetails incident={incident} attachments={view.attachmentsOf(incident)} />
                </li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </section>
  );
}

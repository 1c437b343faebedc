import * as React from 'react';
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useAppServices } from '../services/AppServices';
import type { GuidanceContext, GuidancePassage } from '../services/guidance';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium
  },
  passage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  body: { whiteSpace: 'pre-line' }
});

export interface GuidancePanelProps {
  context: GuidanceContext;
  /** Heading for the panel, e.g. "Guidance: what happened". */
  heading?: string;
}

/** The policy passage for what the user is doing, shown beside the form (an aside landmark). */
export function GuidancePanel({ context, heading = 'Guidance' }: GuidancePanelProps): React.ReactElement {
  const { guidance, roles } = useAppServices();
  const passages: GuidancePassage[] = React.useMemo(
    () => guidance.select({ ...context, roles: context.roles ?? roles }),
    [guidance, context.form, context.step, context.field, roles] // eslint-disable-line react-hooks/exhaustive-deps
  );
  const styles = useStyles();
  // One id per panel: a form-level panel and per-field panels (the checklist) share a form and step.
  const headingId = `guidance-${context.form}-${context.step ?? 'all'}${context.field ? `-${context.field}` : ''}`;
  if (passages.length === 0) return <></>;
  return (
    <aside className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {heading}
      </Subtitle2>
      {passages.map((passage) => (
        <div key={passage.id} className={styles.passage}>
          <Body1 as="p">
            <strong>{passage.title}</strong>
          </Body1>
          <Body1 as="p" className={styles.body}>
            {passage.body}
          </Body1>
          {passage.source ? <Caption1>Source: {passage.source}</Caption1> : null}
        </div>
      ))}
    </aside>
  );
}

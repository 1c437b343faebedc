import * as React from 'react';
import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import { formatLongDate, isIsoDate } from '../../../domain';
import type { GuidanceSection } from '../../../domain/guidance';
import { whereShown } from './guidanceForms';
import type { GuidanceDraft } from './useAdminGuidance';
import { useGuidanceAdminStyles } from './useGuidanceAdminStyles';

/** The draft as it will show beside its form, and where that is. */
export function GuidancePreview({ passage, draft }: { passage: GuidanceSection; draft: GuidanceDraft }): React.ReactElement {
  const styles = useGuidanceAdminStyles();
  return (
    <aside className={styles.preview} aria-labelledby="guidance-preview">
      <Subtitle2 as="h4" id="guidance-preview">
        Preview beside its form
      </Subtitle2>
      <Caption1>Shown beside: {whereShown(passage.contextKeys).join('; ')}</Caption1>
      <Body1 as="p">
        <strong>{draft.title}</strong>
      </Body1>
      <Body1 as="p" className={styles.body}>
        {draft.body}
      </Body1>
      {draft.sources.trim() !== '' ? (
        <Caption1>
          Source:{' '}
          {draft.sources
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '')
            .join(', ')}
        </Caption1>
      ) : null}
      {isIsoDate(draft.effectiveFrom) ? <Caption1>From {formatLongDate(draft.effectiveFrom)}</Caption1> : null}
    </aside>
  );
}

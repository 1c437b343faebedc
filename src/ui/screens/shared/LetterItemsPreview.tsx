import * as React from 'react';
import { makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { LETTER_ITEM_DEFINITIONS, type LetterItem } from '../../../domain/letters';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, marginBottom: tokens.spacingVerticalS, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }
});

export interface LetterItemsPreviewProps {
  /** The heading, e.g. "The outcome letter also says". */
  heading: string;
  items: Partial<Record<LetterItem, string>>;
}

/**
 * What the system writes into a letter from the case (the restriction now, the appeal route,
 * the Ombudsman), shown before saving so the officer sees it without retyping it.
 */
export function LetterItemsPreview({ heading, items }: LetterItemsPreviewProps): React.ReactElement {
  const styles = useStyles();
  const id = useId('letter-items-preview');
  const shown = (Object.keys(items) as LetterItem[]).filter((item) => (items[item] ?? '').trim() !== '');
  if (shown.length === 0) return <></>;
  return (
    <section className={styles.preview} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {heading}
      </Subtitle2>
      <dl className={styles.list}>
        {shown.map((item) => (
          <React.Fragment key={item}>
            <dt className={styles.term}>{LETTER_ITEM_DEFINITIONS[item].label}</dt>
            <dd className={styles.text}>{items[item]}</dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}

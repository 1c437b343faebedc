import { makeStyles, tokens } from '@fluentui/react-components';

/** The case view: the facts as a two-column list (one column on narrow screens), the step buttons and the timeline. */
export const useCaseViewStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 400px)': { gridTemplateColumns: '1fr' }
  },
  dd: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  timeline: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

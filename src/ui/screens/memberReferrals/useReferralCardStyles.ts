import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** A referral card's facts as a two-column list (one column on a narrow screen) and its form heading. */
export const useReferralCardStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  formHeading: { ...typographyStyles.subtitle2, margin: 0 },
  detail: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }
});

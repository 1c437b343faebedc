import { makeStyles, tokens } from '@fluentui/react-components';

export const useMembersScreenStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 1fr) minmax(0, 3fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  nav: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  navList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // At least 24 px tall so each section link meets the target size (WCAG 2.5.8).
  navLink: { display: 'inline-block', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  reader: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, scrollMarginTop: tokens.spacingVerticalXXL },
  paragraph: { margin: 0 },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  source: { color: tokens.colorNeutralForeground2 }
});

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
  reader: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, scrollMarginTop: tokens.spacingVerticalXXL },
  paragraph: { margin: 0 },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  source: { color: tokens.colorNeutralForeground2 }
});

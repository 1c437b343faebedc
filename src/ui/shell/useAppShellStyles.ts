import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppShellStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Teams mobile is ~320-400px wide: less padding, nothing may force horizontal scrolling.
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS }
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM
  },
  title: { '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 } },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  navList: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0
  }
});

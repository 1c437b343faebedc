import { makeStyles, tokens } from '@fluentui/react-components';

export const useLettersScreenStyles = makeStyles({
  missingList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  itemHint: { color: tokens.colorNeutralForeground2 },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  download: { alignSelf: 'flex-start' }
});

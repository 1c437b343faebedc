import { makeStyles, tokens } from '@fluentui/react-components';

/** The closure lists, each row with its Remove button, and the fields that add one in a row. */
export const useClosureDaysStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { NESTED_STYLE } from './useFoiScreenStyles';

export const useFoiAssessmentFormStyles = makeStyles({
  repeatRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr) max-content',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  indicator: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS },
  indicatorList: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  deadline: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium
  },
  deadlineDate: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  issueList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  rule: { color: tokens.colorNeutralForeground2 },
  readOnlyValue: { fontWeight: tokens.fontWeightSemibold },
  nested: NESTED_STYLE
});

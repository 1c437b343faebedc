import { makeStyles, tokens } from '@fluentui/react-components';

/** The letter head preview: a framed box, right-aligned as the head is printed. */
export const useCouncilDetailsStyles = makeStyles({
  preview: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'right'
  },
  previewLines: { margin: 0 }
});

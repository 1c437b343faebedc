import { makeStyles, tokens } from '@fluentui/react-components';

/** An indented block under what it belongs to (the assessment form's section 17(6) fields, the passed requests). */
export const NESTED_STYLE = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  paddingLeft: tokens.spacingHorizontalL,
  borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`
} as const;

/** The list side of the FOI screen; the form has useFoiAssessmentFormStyles. */
export const useFoiScreenStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  nested: NESTED_STYLE
});

import * as React from 'react';
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium
  }
});

export interface EmptyStateProps {
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
}

/** What to show when a list has nothing in it, and what the user can do next. */
export function EmptyState({ title, children, action }: EmptyStateProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle2 as="p">{title}</Subtitle2>
      {children ? <Body1>{children}</Body1> : null}
      {action}
    </div>
  );
}

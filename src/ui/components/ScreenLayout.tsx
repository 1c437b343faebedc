import * as React from 'react';
import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useFocusOnArrival } from '../navigation/arrivalFocus';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Form beside guidance on wide screens; stacked (guidance first is noise) on Teams mobile.
  twoColumn: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 }
});

export interface ScreenLayoutProps {
  title: string;
  children?: React.ReactNode;
  /** Guidance shown beside the main content. */
  aside?: React.ReactNode;
  /**
   * While the screen's record is being saved: announced to assistive technology as busy
   * (aria-busy), so nobody takes a half-written screen for the result.
   */
  busy?: boolean;
}

/** Every screen: an h2 title (the shell holds the h1) and the content, with optional guidance beside it. */
export function ScreenLayout({ title, children, aside, busy }: ScreenLayoutProps): React.ReactElement {
  const styles = useStyles();
  useFocusOnArrival('screen-title');
  return (
    <section className={styles.root} aria-labelledby="screen-title" aria-busy={busy === true ? true : undefined}>
      <Title2 as="h2" id="screen-title" tabIndex={-1}>
        {title}
      </Title2>
      {aside ? (
        <div className={styles.twoColumn}>
          <div className={styles.form}>{children}</div>
          <div>{aside}</div>
        </div>
      ) : (
        children
      )}
    </section>
  );
}

export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, marginBottom: tokens.spacingVerticalS, padding: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  step: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  }
});

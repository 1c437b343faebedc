import * as React from 'react';
import { makeStyles, Skeleton, SkeletonItem, Title2, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../host/hostInfo';
import { ErrorMessage } from '../components/ErrorMessage';
import { LoadingState } from '../components/LoadingState';
import { preloadScreen } from './routes';
import { ShellHeader } from './ShellHeader';
import { useAppShellStyles } from './useAppShellStyles';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM
  },
  tile: { height: '120px' }
});

const SKELETON_TILES = 4;

export interface StartingShellProps {
  host: HostInfo;
  /** Set when the host could not build the services (e.g. SharePoint refused the first reads). */
  error?: unknown;
}

/**
 * What the user sees while the host reads who they are (groups, role assignments): the header
 * and, on the home screen, the welcome heading with placeholder tiles. Nothing here needs data,
 * so it paints as soon as the script has run, instead of after the first round trip. The home
 * screen's chunk is fetched meanwhile, so it is ready when the roles are.
 */
export function StartingShell({ host, error }: StartingShellProps): React.ReactElement {
  const styles = useAppShellStyles();
  const own = useStyles();
  const opensHome = host.mode === 'app' && !host.deepLink?.caseId;
  React.useEffect(() => {
    if (opensHome) preloadScreen('home');
  }, [opensHome]);
  return (
    <div className={styles.root}>
      <ShellHeader host={host} />
      <main className={styles.main}>
        {error !== undefined ? (
          <ErrorMessage error={error} title="Customer Case Management could not start" />
        ) : opensHome ? (
          <section aria-labelledby="starting-title" aria-busy="true">
            <Title2 as="h2" id="starting-title">
              Welcome, {host.user.displayName}
            </Title2>
            <Skeleton aria-label="Loading what you can do" className={own.tiles}>
              {Array.from({ length: SKELETON_TILES }, (_, index) => (
                <SkeletonItem key={index} shape="rectangle" className={own.tile} />
              ))}
            </Skeleton>
          </section>
        ) : (
          <LoadingState label="Opening Customer Case Management…" />
        )}
      </main>
    </div>
  );
}

import * as React from 'react';
import { Badge, Body1, Button, Card, CardHeader, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { useNavigation } from '../../navigation/navigation';
import { ROUTE_TABLE, visibleRoutes } from '../../navigation/routeTable';
import type { ScreenProps } from '../../navigation/screenProps';
import { useHomeSummary } from './useHomeSummary';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0
  },
  tile: { height: '100%' },
  due: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/** Role-aware tiles with counts, and what is due. */
export default function HomeScreen(_props: ScreenProps): React.ReactElement {
  const styles = useStyles();
  const { roles, currentUser } = useAppServices();
  const { navigate } = useNavigation();
  const summary = useHomeSummary();
  const tiles = visibleRoutes(roles, 'app', ROUTE_TABLE).filter((route) => route.inMenu && route.id !== 'home');
  const counts = summary.status === 'ready' ? summary.value.counts : {};

  return (
    <ScreenLayout title={`Welcome, ${currentUser.displayName}`}>
      {tiles.length === 0 ? (
        <EmptyState title="Nothing to show yet">
          Your account is not in any Customer Case Management group. Ask your manager for access.
        </EmptyState>
      ) : (
        <ul className={styles.tiles} aria-label="What you can do">
          {tiles.map((route) => (
            <li key={route.id}>
              <Card className={styles.tile}>
                <CardHeader
                  header={<Subtitle2 as="h3">{route.title}</Subtitle2>}
                  action={
                    counts[route.id] !== undefined ? (
                      <Badge appearance="filled" aria-label={`${counts[route.id]} items`}>
                        {counts[route.id] >= 50 ? '50+' : counts[route.id]}
                      </Badge>
                    ) : undefined
                  }
                />
                {route.description ? <Body1>{route.description}</Body1> : null}
                <Button appearance="primary" onClick={() => navigate(route.id)} aria-label={`Open ${route.title}`}>
                  Open
                </Button>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="due-heading">
        <Subtitle2 as="h3" id="due-heading">
          What is due
        </Subtitle2>
        {summary.status === 'loading' ? <LoadingState label="Checking what is due…" /> : null}
        {summary.status === 'error' ? (
          <ErrorMessage error={summary.error} onRetry={summary.reload} title="We could not check what is due" />
        ) : null}
        {summary.status === 'ready' && summary.value.due.length === 0 ? <Text as="p">Nothing is due for you.</Text> : null}
        {summary.status === 'ready' && summary.value.due.length > 0 ? (
          <ul className={styles.due}>
            {summary.value.due.map((item, index) => (
              <li key={`${item.text}-${index}`}>
                <Button appearance="transparent" onClick={() => navigate(item.screen, item.params)}>
                  {item.text}
                  {item.date ? (
                    <>
                      {' '}
                      by <DateText value={item.date} />
                    </>
                  ) : null}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </ScreenLayout>
  );
}

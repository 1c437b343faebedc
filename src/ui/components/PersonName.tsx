import * as React from 'react';
import { useAppServices } from '../services/AppServices';
import { personLabel, type PeopleDirectory } from '../services/people';

/** Re-renders when the directory learns names; the number changes each time. */
function useDirectoryVersion(people: PeopleDirectory): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => people.subscribe(() => setVersion((v) => v + 1)), [people]);
  return version;
}

/**
 * The display name for a staff id (Entra object id). Shows the id until the directory has
 * named it (it asks for the name after rendering), and keeps the id if it cannot.
 */
export function usePersonName(id: string | undefined): string {
  const { people } = useAppServices();
  useDirectoryVersion(people);
  React.useEffect(() => {
    if (id !== undefined && id !== '' && people.displayName(id) === undefined) people.resolve([id]).catch(() => undefined);
  }, [people, id]);
  return id === undefined || id === '' ? '' : personLabel(people, id);
}

/**
 * A function from staff id to display name, for lists and option labels. The ids it is
 * asked for during a render are resolved together afterwards (one directory lookup), and
 * the function changes identity when names arrive so memoised labels are worked out again.
 */
export function usePersonNames(): (id: string) => string {
  const { people } = useAppServices();
  const version = useDirectoryVersion(people);
  const unnamed = React.useRef(new Set<string>());
  React.useEffect(() => {
    if (unnamed.current.size === 0) return;
    const ids = Array.from(unnamed.current);
    unnamed.current.clear();
    people.resolve(ids).catch(() => undefined);
  });
  return React.useCallback(
    (id: string) => {
      if (id !== '' && people.displayName(id) === undefined) unnamed.current.add(id);
      return personLabel(people, id);
    },
    // `version` is the point: names arrived, so labels change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [people, version]
  );
}

/** Shows a staff member's name for their id. */
export function PersonName({ id }: { id: string }): React.ReactElement {
  return <>{usePersonName(id)}</>;
}

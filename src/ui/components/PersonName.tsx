import * as React from 'react';
import { useAppServices } from '../services/AppServices';
import { personLabel } from '../services/people';

/** The display name for a staff id (Entra object id); the id itself if the directory does not know it. */
export function usePersonName(id: string | undefined): string {
  const { people } = useAppServices();
  return id === undefined || id === '' ? '' : personLabel(people, id);
}

/** A function from staff id to display name, for lists and option labels. */
export function usePersonNames(): (id: string) => string {
  const { people } = useAppServices();
  return React.useCallback((id: string) => personLabel(people, id), [people]);
}

/** Shows a staff member's name for their id. */
export function PersonName({ id }: { id: string }): React.ReactElement {
  return <>{usePersonName(id)}</>;
}

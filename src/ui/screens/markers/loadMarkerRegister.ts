import { personNotYetToldOfRemoval } from '../../../domain/markers/markerLetters';
import { MARKER_PROPOSER_ROLES } from '../../../domain/markers/markerLifecycle';
import { displayName } from '../../../domain/model/person';
import type { AppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';
import type { RegisterState } from './markerRegisterState';

async function firstPage<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  for await (const page of pages) return [...page];
  return [];
}

/** Reads the register: removals still to be told, then waiting, challenged and in force; and the incidents a marker may come from. */
export async function loadMarkerRegister(
  store: AppServices['store'],
  roles: AppServices['roles']
): Promise<Extract<RegisterState, { status: 'ready' }>> {
  const [provisional, active, challenged, untold] = await readTogether(store, (reads) =>
    Promise.all([
      reads.warningMarkers.listByStatus('Provisional'),
      reads.warningMarkers.listByStatus('Active'),
      reads.warningMarkers.listByStatus('UnderChallenge'),
      reads.warningMarkers.listAwaitingRemovalLetter()
    ])
  );
  // Incidents are scanned in ID windows (never a $batch); only case officers propose, and
  // only their scan is needed. The newest first page of each status is enough to choose from.
  const proposes = roles.some((role) => MARKER_PROPOSER_ROLES.indexOf(role) >= 0);
  const [submitted, acknowledged] = proposes
    ? await Promise.all([
        firstPage(store.incidents.listByStatus('Submitted', { pageSize: 100 })),
        firstPage(store.incidents.listByStatus('Acknowledged', { pageSize: 100 }))
      ])
    : [[], []];
  // Removals still to be told come first: each is a letter owed to a customer (BR-33).
  const markers = [...untold, ...provisional, ...challenged, ...active];
  const incidents = [...submitted, ...acknowledged].map((row) => row.value);
  const personIds = Array.from(new Set([...markers.map((row) => row.value.personId), ...incidents.map((incident) => incident.personId)]));
  const persons = await readTogether(store, (reads) => Promise.all(personIds.map((id) => reads.persons.find(id))));
  const nameOf = (id: string): string => {
    const found = persons.find((person) => person?.value.id === id);
    return found ? displayName(found.value) : 'Customer not found';
  };
  return {
    status: 'ready',
    rows: markers.map((marker) => ({
      marker,
      personName: nameOf(marker.value.personId),
      notYetTold: personNotYetToldOfRemoval(marker.value)
    })),
    incidents: incidents.map((incident) => ({ incident, personName: nameOf(incident.personId) }))
  };
}

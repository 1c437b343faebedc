import type { Case, Person } from '../../../domain';

/**
 * The person the case is about, or a blank record with their id when their details could not
 * be read: the engine and the proposal checks still run, with nothing known about their needs.
 */
export function subjectOf(kase: Pick<Case, 'personId'>, person: Person | undefined): Person {
  return (
    person ?? {
      id: kase.personId,
      names: { given: '', family: '' },
      aliases: [],
      addresses: [],
      contactChannels: [],
      representatives: [],
      reasonableAdjustments: [],
      vulnerabilityFlags: [],
      statutoryRoles: [],
      isCarerOrRepresentativeFor: []
    }
  );
}

// What loading and saving a case's person can come to, in a file of its own so that the person-details hooks import it one way.

import type { Case, Person } from '../../../domain';
import type { Stored } from '../../../data/ports';

export type PersonLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** The case is not one this user works on (BR-22): nothing about the person is shown. */
  | { status: 'refused'; kase: Case; reason: string }
  | { status: 'noPerson'; kase: Case }
  | { status: 'ready'; kase: Case; stored: Stored<Person> };

export interface PersonConflict {
  /** The person as saved by someone else, when the store could say. */
  current: Stored<Person> | undefined;
  /** What this user opened and what they tried to save, to re-apply their changes. */
  base: Person;
  mine: Person;
  /** Plain words: what the other person changed. */
  changes: string[];
}

import * as React from 'react';
import type { Person } from '../../../domain/model';
import { useAppServices } from '../../services/AppServices';

/** The customer as the letter needs them: read with their details (addresses, channels, adjustments). */
export type LetterPerson = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; person: Person | undefined };

export interface LetterRecipient {
  person: LetterPerson;
  address: string;
  setAddress(text: string): void;
}

/** A recorded address ("1 High Street, Newcastle, ST5 1AA") as the lines a letter prints. */
function addressText(person: Person | undefined): string {
  const first = person?.addresses.find((address) => address.trim() !== '');
  return first === undefined
    ? ''
    : first
        .split(/\s*(?:,|\r?\n)\s*/)
        .filter((line) => line !== '')
        .join('\n');
}

/** Reads the customer the letter goes to, and starts the address from their record unless one was typed. */
export function useLetterRecipient(personId: string): LetterRecipient {
  const { store } = useAppServices();
  const [person, setPerson] = React.useState<LetterPerson>({ status: 'loading' });
  const [address, setAddress] = React.useState('');
  // The register keepers may read the customer's details (the adviser checks adjustments at approval).
  React.useEffect(() => {
    let current = true;
    store.persons.findWithDetails(personId).then(
      (found) => {
        if (!current) return;
        setPerson({ status: 'ready', person: found?.value });
        setAddress((previous) => (previous.trim() === '' ? addressText(found?.value) : previous));
      },
      (error: unknown) => current && setPerson({ status: 'failed', error })
    );
    return () => {
      current = false;
    };
  }, [store, personId]);
  return { person, address, setAddress };
}

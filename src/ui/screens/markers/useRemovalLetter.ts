// The removal letter for a marker whose person is not yet told (BR-33): prefilled from what the
// marker records and the customer's record, produced as the same Word document case letters are
// (the council's name, address and logo from the Administration screen), then recorded as sent
// through the register's one write path. Nothing here writes storage.
import * as React from 'react';
import { markerLetterReference, markerRemovalLetterContent } from '../../../domain/markers/markerLetters';
import { validateLetter, type LetterValidation } from '../../../domain/letters';
import { displayName, type IsoDate, type LetterChannel, type Person, type WarningMarker } from '../../../domain/model';
import { useAppServices } from '../../services/AppServices';
import { useCouncilDetails } from '../../services/councilDetails';
import { DOCX_MIME_TYPE } from '../letters/docxMimeType';
import type { LetterDraft } from '../letters/letterDraft';
import { fetchLetterLogo, type LogoFetch } from '../letters/letterLogo';
import { generateLetterDocxLazily } from '../letters/loadLetterGenerator';

/** The customer as the letter needs them: read with their details (addresses, channels, adjustments). */
export type LetterPerson = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; person: Person | undefined };

export type RemovalLetterProduction =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'refused'; validation: LetterValidation; problems: readonly string[] }
  | { status: 'failed'; error: unknown }
  | {
      status: 'done';
      fileName: string;
      file: Blob;
      templateVersion: string;
      content: Readonly<Record<string, string>>;
      logoProblem?: string;
    };

export interface RemovalLetter {
  person: LetterPerson;
  content: Readonly<Record<string, string>>;
  setItem(item: string, text: string): void;
  address: string;
  setAddress(text: string): void;
  signatoryName: string;
  setSignatoryName(text: string): void;
  signatoryJobTitle: string;
  setSignatoryJobTitle(text: string): void;
  production: RemovalLetterProduction;
  produce(channel: LetterChannel): Promise<void>;
}

/** The logo as the browser fetches any file on the site: with the user's own sign-in. */
const fetchSameOrigin: LogoFetch = (url) =>
  typeof fetch === 'function' ? fetch(url, { credentials: 'same-origin' }) : Promise.reject(new Error('No fetch here.'));

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

export function useRemovalLetter(marker: WarningMarker): RemovalLetter {
  const { store, clock, currentUser } = useAppServices();
  const council = useCouncilDetails();
  const [person, setPerson] = React.useState<LetterPerson>({ status: 'loading' });
  const [content, setContent] = React.useState<Record<string, string>>(() => markerRemovalLetterContent(marker));
  const [address, setAddress] = React.useState('');
  const [signatoryName, setSignatoryName] = React.useState(currentUser.displayName);
  const [signatoryJobTitle, setSignatoryJobTitle] = React.useState('');
  const [production, setProduction] = React.useState<RemovalLetterProduction>({ status: 'idle' });

  // The register keepers may read the customer's details (the adviser checks adjustments at approval).
  React.useEffect(() => {
    let current = true;
    store.persons.findWithDetails(marker.personId).then(
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
  }, [store, marker.personId]);

  // The council's own signatory (Administration screen), unless the officer has changed it.
  React.useEffect(() => {
    const { signatory } = council.details;
    if (!signatory) return;
    setSignatoryName((previous) => (previous.trim() === '' || previous === currentUser.displayName ? signatory.name : previous));
    setSignatoryJobTitle((previous) => (previous.trim() === '' ? signatory.jobTitle : previous));
  }, [council.details, currentUser.displayName]);

  const setItem = (item: string, text: string): void => {
    setContent((previous) => ({ ...previous, [item]: text }));
    // A changed letter is a new letter: the one produced before no longer matches it.
    setProduction({ status: 'idle' });
  };

  const produce = async (channel: LetterChannel): Promise<void> => {
    const validation = validateLetter('MarkerRemoval', content);
    const problems = [
      ...(signatoryName.trim() === '' ? ['Enter the name of the officer signing the letter.'] : []),
      ...(signatoryJobTitle.trim() === '' ? ['Enter the job title of the officer signing the letter.'] : [])
    ];
    if (!validation.ok || problems.length > 0 || person.status !== 'ready') {
      setProduction({ status: 'refused', validation, problems });
      return;
    }
    setProduction({ status: 'working' });
    try {
      // The letter head as configured now, never the default because the read had not answered yet.
      const details = await council.loaded();
      const logo = await fetchLetterLogo(details.logoUrl, details.logoAltText, fetchSameOrigin);
      const name = person.person ? displayName(person.person) : 'The customer';
      const draft: LetterDraft = {
        type: 'MarkerRemoval',
        context: {},
        content,
        recipient: {
          name,
          addressLines: address
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '')
        },
        signatory: { name: signatoryName.trim(), jobTitle: signatoryJobTitle.trim() },
        reference: markerLetterReference(marker),
        date: clock.today() as IsoDate,
        channel,
        councilName: details.name,
        councilAddressLines: details.addressLines,
        councilLogo: logo.logo
      };
      const result = await generateLetterDocxLazily(draft);
      if (!result.ok) {
        setProduction({ status: 'refused', validation: result.validation, problems: [] });
        return;
      }
      setProduction({
        status: 'done',
        fileName: result.fileName,
        file: new Blob([result.bytes], { type: DOCX_MIME_TYPE }),
        templateVersion: result.templateVersion,
        content: { ...content },
        logoProblem: logo.problem
      });
    } catch (error) {
      setProduction({ status: 'failed', error });
    }
  };

  return {
    person,
    content,
    setItem,
    address,
    setAddress,
    signatoryName,
    setSignatoryName,
    signatoryJobTitle,
    setSignatoryJobTitle,
    production,
    produce
  };
}

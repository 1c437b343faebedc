// The removal letter for a marker whose person is not yet told (BR-33): prefilled from what the
// marker records and the customer's record, produced as the same Word document case letters are
// (the council's name, address and logo from the Administration screen), then recorded as sent
// through the register's one write path. Nothing here writes storage.
import * as React from 'react';
import { markerRemovalLetterContent } from '../../../domain/markers/markerLetters';
import { validateLetter, type LetterValidation } from '../../../domain/letters';
import type { IsoDate, LetterChannel, WarningMarker } from '../../../domain/model';
import { useAppServices } from '../../services/AppServices';
import { useCouncilDetails } from '../../services/councilDetails';
import { DOCX_MIME_TYPE } from '../letters/docxMimeType';
import { fetchLetterLogo, type LogoFetch } from '../letters/letterLogo';
import { generateLetterDocxLazily } from '../letters/loadLetterGenerator';
import { removalLetterDraft } from './removalLetterDraft';
import { useLetterRecipient, type LetterRecipient } from './useLetterRecipient';
import { useLetterSignatory, type LetterSignatory } from './useLetterSignatory';

export type { LetterPerson } from './useLetterRecipient';

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

export interface RemovalLetter extends LetterRecipient, LetterSignatory {
  content: Readonly<Record<string, string>>;
  setItem(item: string, text: string): void;
  production: RemovalLetterProduction;
  produce(channel: LetterChannel): Promise<void>;
}

/** The logo as the browser fetches any file on the site: with the user's own sign-in. */
const fetchSameOrigin: LogoFetch = (url) =>
  typeof fetch === 'function' ? fetch(url, { credentials: 'same-origin' }) : Promise.reject(new Error('No fetch here.'));

export function useRemovalLetter(marker: WarningMarker): RemovalLetter {
  const { clock } = useAppServices();
  const council = useCouncilDetails();
  const recipient = useLetterRecipient(marker.personId);
  const signatory = useLetterSignatory(council.details);
  const [content, setContent] = React.useState<Record<string, string>>(() => markerRemovalLetterContent(marker));
  const [production, setProduction] = React.useState<RemovalLetterProduction>({ status: 'idle' });
  const { person, address } = recipient;
  const { signatoryName, signatoryJobTitle } = signatory;

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
      const result = await generateLetterDocxLazily(
        removalLetterDraft({
          marker,
          content,
          person: person.person,
          address,
          signatory: { name: signatoryName, jobTitle: signatoryJobTitle },
          channel,
          today: clock.today() as IsoDate,
          council: details,
          logo: logo.logo
        })
      );
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

  return { ...recipient, ...signatory, content, setItem, production, produce };
}

import { markerLetterReference } from '../../../domain/markers/markerLetters';
import { displayName, type IsoDate, type LetterChannel, type Person, type WarningMarker } from '../../../domain/model';
import type { CouncilDetails } from '../../services/councilDetails';
import type { LetterDraft } from '../letters/letterDraft';
import type { LogoResult } from '../letters/letterLogo';

export interface RemovalLetterParts {
  marker: WarningMarker;
  content: Readonly<Record<string, string>>;
  person: Person | undefined;
  address: string;
  signatory: { name: string; jobTitle: string };
  channel: LetterChannel;
  today: IsoDate;
  council: CouncilDetails;
  logo: LogoResult['logo'];
}

/** The removal letter as the Word generator takes it: the council's head, the customer's address lines, the signatory. */
export function removalLetterDraft(parts: RemovalLetterParts): LetterDraft {
  const { council } = parts;
  return {
    type: 'MarkerRemoval',
    context: {},
    content: parts.content,
    recipient: {
      name: parts.person ? displayName(parts.person) : 'The customer',
      addressLines: parts.address
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
    },
    signatory: { name: parts.signatory.name.trim(), jobTitle: parts.signatory.jobTitle.trim() },
    reference: markerLetterReference(parts.marker),
    date: parts.today,
    channel: parts.channel,
    councilName: council.name,
    councilAddressLines: council.addressLines,
    councilLogo: parts.logo
  };
}

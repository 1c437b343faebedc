import * as React from 'react';
import { useAppServices } from '../../services/AppServices';
import type { CouncilDetails } from '../../services/councilDetails';

export interface LetterSignatory {
  signatoryName: string;
  setSignatoryName(text: string): void;
  signatoryJobTitle: string;
  setSignatoryJobTitle(text: string): void;
}

/** Who signs the letter: the officer to start with, then the council's own signatory unless the officer changed it. */
export function useLetterSignatory(councilDetails: CouncilDetails): LetterSignatory {
  const { currentUser } = useAppServices();
  const [signatoryName, setSignatoryName] = React.useState(currentUser.displayName);
  const [signatoryJobTitle, setSignatoryJobTitle] = React.useState('');
  // The council's own signatory (Administration screen), unless the officer has changed it.
  React.useEffect(() => {
    const { signatory } = councilDetails;
    if (!signatory) return;
    setSignatoryName((previous) => (previous.trim() === '' || previous === currentUser.displayName ? signatory.name : previous));
    setSignatoryJobTitle((previous) => (previous.trim() === '' ? signatory.jobTitle : previous));
  }, [councilDetails, currentUser.displayName]);
  return { signatoryName, setSignatoryName, signatoryJobTitle, setSignatoryJobTitle };
}

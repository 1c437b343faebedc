import * as React from 'react';
import type { LetterChannel } from '../../../domain';
import type { CouncilSignatory } from '../../../domain/settings';
import type { LetterPrefill } from './letterPrefill';

/** What the officer types into the letter composer, and the setters for each. */
export interface LetterFields {
  content: Record<string, string>;
  setItem(item: string, value: string): void;
  recipientName: string;
  setRecipientName(value: string): void;
  /** "Dear <full name>" until the officer edits it. */
  salutation: string;
  setSalutation(value: string): void;
  recipientAddress: string;
  setRecipientAddress(value: string): void;
  reference: string;
  setReference(value: string): void;
  signatoryName: string;
  setSignatoryName(value: string): void;
  signatoryJobTitle: string;
  setSignatoryJobTitle(value: string): void;
  channel: LetterChannel;
  setChannel(value: LetterChannel): void;
}

export interface LetterFieldsWithFill extends LetterFields {
  /** Fills only what is still blank from the case, so nothing the officer has typed is overwritten. */
  fillFromCase(prefill: LetterPrefill): void;
  /** The council's own signatory, unless the officer has changed it from themselves. */
  fillSignatory(signatory: CouncilSignatory, currentUserName: string): void;
}

/** The composer's typed fields: the reference from the case view, the signatory starting as the user. */
export function useLetterFields(params: Readonly<Record<string, string>>, currentUserName: string): LetterFieldsWithFill {
  const [content, setContent] = React.useState<Record<string, string>>({});
  const [recipientName, setRecipientName] = React.useState('');
  const [recipientAddress, setRecipientAddress] = React.useState('');
  const [editedSalutation, setSalutation] = React.useState<string | undefined>(undefined);
  // The case's reference people can read (CCM-2026-0042), passed by the case view; the id otherwise.
  const [reference, setReference] = React.useState(params.reference ?? params.caseId ?? '');
  const [signatoryName, setSignatoryName] = React.useState(currentUserName);
  const [signatoryJobTitle, setSignatoryJobTitle] = React.useState('');
  const [channel, setChannel] = React.useState<LetterChannel>('letter');

  const fillFromCase = React.useCallback((prefill: LetterPrefill) => {
    setContent((previous) => {
      const next = { ...previous };
      for (const item of Object.keys(prefill.content)) if ((next[item] ?? '').trim() === '') next[item] = prefill.content[item];
      return next;
    });
    setRecipientName((previous) => (previous.trim() === '' ? prefill.recipientName : previous));
    setRecipientAddress((previous) => (previous.trim() === '' ? prefill.recipientAddress : previous));
  }, []);

  const fillSignatory = React.useCallback((signatory: CouncilSignatory, userName: string) => {
    setSignatoryName((previous) => (previous.trim() === '' || previous === userName ? signatory.name : previous));
    setSignatoryJobTitle((previous) => (previous.trim() === '' ? signatory.jobTitle : previous));
  }, []);

  return {
    content,
    setItem: (item, value) => setContent((previous) => ({ ...previous, [item]: value })),
    recipientName,
    setRecipientName,
    salutation: editedSalutation ?? `Dear ${recipientName.trim()}`,
    setSalutation,
    recipientAddress,
    setRecipientAddress,
    reference,
    setReference,
    signatoryName,
    setSignatoryName,
    signatoryJobTitle,
    setSignatoryJobTitle,
    channel,
    setChannel,
    fillFromCase,
    fillSignatory
  };
}

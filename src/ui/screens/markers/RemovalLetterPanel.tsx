import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from '@fluentui/react-components';
import { displayName, type IsoDate, type LetterChannel, type WarningMarker } from '../../../domain/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { useAppServices } from '../../services/AppServices';
import { NoPostalAddress } from './NoPostalAddress';
import { RemovalLetterForm } from './RemovalLetterForm';
import { RemovalLetterProduced } from './RemovalLetterProduced';
import { RemovalLetterSentForm } from './RemovalLetterSentForm';
import type { MarkerAction } from './markerAction';
import { useRemovalLetter } from './useRemovalLetter';

function NotYetTold({ name }: { name: string }): React.ReactElement {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Customer not yet told</MessageBarTitle>
        {name} has not been told that this marker was removed. Produce the removal letter, send it, and record the day it was sent.
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * BR-33: after a removal, the person who removed the marker (or another register keeper) produces
 * the letter telling the customer and records it as sent. Until then the register says the
 * customer has not been told.
 */
export function RemovalLetterPanel({
  marker,
  act
}: {
  marker: WarningMarker;
  act(action: MarkerAction): Promise<void>;
}): React.ReactElement {
  const { clock, newRequestKey } = useAppServices();
  const letter = useRemovalLetter(marker);
  const [channel, setChannel] = React.useState<LetterChannel>('letter');
  const [sentOn, setSentOn] = React.useState<string>(clock.today());
  const person = letter.person.status === 'ready' ? letter.person.person : undefined;
  const produced = letter.production.status === 'done' ? letter.production : undefined;
  const recordSent = (done: NonNullable<typeof produced>): void => {
    act({
      kind: 'letterSent',
      letterId: newRequestKey(),
      sentOn: sentOn as IsoDate,
      channel,
      templateVersion: done.templateVersion,
      fields: done.content
    }).catch(() => undefined);
  };
  return (
    <section aria-labelledby="removal-letter">
      <NotYetTold name={person ? displayName(person) : 'The customer'} />
      <Subtitle2 as="h3" id="removal-letter">
        The removal letter
      </Subtitle2>
      {letter.person.status === 'loading' ? <LoadingState label="Reading the customer’s record…" /> : null}
      {letter.person.status === 'failed' ? (
        <ErrorMessage error={letter.person.error} title="The customer’s record could not be read" />
      ) : null}
      {letter.person.status === 'ready' && (person?.addresses ?? []).every((address) => address.trim() === '') ? (
        <NoPostalAddress person={person} />
      ) : null}
      <RemovalLetterForm letter={letter} channel={channel} setChannel={setChannel} />
      <div aria-live="polite">
        <RemovalLetterProduced letter={letter} />
      </div>
      {produced ? <RemovalLetterSentForm sentOn={sentOn} setSentOn={setSentOn} onRecord={() => recordSent(produced)} /> : null}
    </section>
  );
}

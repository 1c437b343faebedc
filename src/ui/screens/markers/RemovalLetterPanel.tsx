import * as React from 'react';
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Textarea
} from '@fluentui/react-components';
import { LETTER_ITEM_DEFINITIONS, requiredLetterItems, type LetterItem } from '../../../domain/letters';
import {
  ADJUSTMENT_KIND_LABELS,
  CONTACT_CHANNEL_KIND_LABELS,
  displayName,
  LETTER_CHANNELS,
  type IsoDate,
  type LetterChannel,
  type Person,
  type WarningMarker
} from '../../../domain/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { LETTER_CHANNEL_LABELS } from '../letters/letterChannelLabels';
import { useObjectUrl } from '../letters/useObjectUrl';
import type { MarkerAction } from './useMarkerRegister';
import { useRemovalLetter, type RemovalLetter } from './useRemovalLetter';

/** With no postal address on record, how else the customer can be told: their channels and communication needs. */
function NoPostalAddress({ person }: { person: Person | undefined }): React.ReactElement {
  const name = person ? displayName(person) : 'this customer';
  const channels = (person?.contactChannels ?? []).filter((channel) => channel.kind !== 'post' && channel.value.trim() !== '');
  const needs = (person?.reasonableAdjustments ?? []).filter((adjustment) => adjustment.communicationNeed);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>No postal address is recorded for {name}</MessageBarTitle>
        Enter an address they have given, or tell them another way and record how the letter went.
        {channels.length > 0 ? (
          <ul aria-label="Other ways to reach the customer">
            {channels.map((channel) => (
              <li key={`${channel.kind}-${channel.value}`}>
                {CONTACT_CHANNEL_KIND_LABELS[channel.kind]}: {channel.value}
              </li>
            ))}
          </ul>
        ) : (
          ' No other way to reach them is recorded either: use the address they gave when they challenged the marker, if any.'
        )}
        {needs.length > 0 ? (
          <ul aria-label="Recorded communication needs">
            {needs.map((need) => (
              <li key={`${need.kind}-${need.description}`}>
                {ADJUSTMENT_KIND_LABELS[need.kind]}: {need.description}
              </li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

function Produced({ letter }: { letter: RemovalLetter }): React.ReactElement {
  const production = letter.production;
  const url = useObjectUrl(production.status === 'done' ? production.file : undefined);
  if (production.status === 'working') return <LoadingState label="Producing the Word document…" />;
  if (production.status === 'failed') return <ErrorMessage error={production.error} title="The Word document could not be produced" />;
  if (production.status === 'refused') {
    const missing = production.validation.missing.map((entry) => `This letter must include: ${entry.label}.`);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The letter was not produced</MessageBarTitle>
          <ul>
            {[...missing, ...production.problems].map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (production.status !== 'done') return <></>;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The removal letter is ready</MessageBarTitle>
        Send it, then record below the day it was sent.
        {production.logoProblem ? ` ${production.logoProblem}` : ''}{' '}
        {url ? (
          <Link href={url} download={production.fileName}>
            Download {production.fileName}
          </Link>
        ) : null}
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
  const styles = useFormStyles();
  const { clock, newRequestKey } = useAppServices();
  const letter = useRemovalLetter(marker);
  const [channel, setChannel] = React.useState<LetterChannel>('letter');
  const [sentOn, setSentOn] = React.useState<string>(clock.today());
  const items: readonly LetterItem[] = requiredLetterItems('MarkerRemoval');
  const person = letter.person.status === 'ready' ? letter.person.person : undefined;
  const produced = letter.production.status === 'done' ? letter.production : undefined;
  return (
    <section aria-labelledby="removal-letter">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Customer not yet told</MessageBarTitle>
          {person ? displayName(person) : 'The customer'} has not been told that this marker was removed. Produce the removal letter, send
          it, and record the day it was sent.
        </MessageBarBody>
      </MessageBar>
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
      <form
        className={styles.form}
        aria-label="Produce the removal letter"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          letter.produce(channel).catch(() => undefined);
        }}
      >
        <Field label="Customer’s postal address" hint="One line per line, as it goes on the envelope; leave empty if it goes another way">
          <Textarea value={letter.address} onChange={(_, data) => letter.setAddress(data.value)} />
        </Field>
        {items.map((item) => (
          <Field key={item} label={LETTER_ITEM_DEFINITIONS[item].label} hint={LETTER_ITEM_DEFINITIONS[item].hint} required>
            <Textarea value={letter.content[item] ?? ''} onChange={(_, data) => letter.setItem(item, data.value)} resize="vertical" />
          </Field>
        ))}
        <Field label="Signed by" required>
          <Input value={letter.signatoryName} onChange={(_, data) => letter.setSignatoryName(data.value)} />
        </Field>
        <Field label="Job title of the officer signing" required>
          <Input value={letter.signatoryJobTitle} onChange={(_, data) => letter.setSignatoryJobTitle(data.value)} />
        </Field>
        <Field label="How the letter will go">
          <Select value={channel} onChange={(_, data) => setChannel(data.value as LetterChannel)}>
            {LETTER_CHANNELS.map((option) => (
              <option key={option} value={option}>
                {LETTER_CHANNEL_LABELS[option]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            Produce the removal letter
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        <Produced letter={letter} />
      </div>
      {produced ? (
        <form
          className={styles.form}
          aria-label="Record the removal letter as sent"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            act({
              kind: 'letterSent',
              letterId: newRequestKey(),
              sentOn: sentOn as IsoDate,
              channel,
              templateVersion: produced.templateVersion,
              fields: produced.content
            }).catch(() => undefined);
          }}
        >
          <Field label="Date the letter was sent" required>
            <Input type="date" value={sentOn} onChange={(_, data) => setSentOn(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit">
              Record the letter as sent
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

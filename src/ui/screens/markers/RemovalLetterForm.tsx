import * as React from 'react';
import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { LETTER_ITEM_DEFINITIONS, requiredLetterItems, type LetterItem } from '../../../domain/letters';
import { LETTER_CHANNELS, type LetterChannel } from '../../../domain/model';
import { useFormStyles } from '../../components/ScreenLayout';
import { LETTER_CHANNEL_LABELS } from '../letters/letterChannelLabels';
import type { RemovalLetter } from './useRemovalLetter';

export interface RemovalLetterFormProps {
  letter: RemovalLetter;
  channel: LetterChannel;
  setChannel(channel: LetterChannel): void;
}

/** The removal letter's address, required parts, signatory and channel, and producing the Word document. */
export function RemovalLetterForm({ letter, channel, setChannel }: RemovalLetterFormProps): React.ReactElement {
  const styles = useFormStyles();
  const items: readonly LetterItem[] = requiredLetterItems('MarkerRemoval');
  return (
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
  );
}

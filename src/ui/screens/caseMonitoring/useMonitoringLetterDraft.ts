import * as React from 'react';
import type { LetterChannel } from '../../../domain';
import { requiredLetterItems, type LetterItem } from '../../../domain/letters';

export interface MonitoringLetterDraft {
  /** The parts the monitoring (warning) letter must contain (BR-06). */
  items: readonly LetterItem[];
  fields: Record<string, string>;
  setField(item: LetterItem, value: string): void;
  letterChannel: LetterChannel;
  setLetterChannel(channel: LetterChannel): void;
  sentOn: string;
  setSentOn(date: string): void;
}

/** The "Send the monitoring letter" form's state; the date sent starts as today. */
export function useMonitoringLetterDraft(today: string): MonitoringLetterDraft {
  const items = requiredLetterItems('MonitoringWarning') as readonly LetterItem[];
  const [fields, setFields] = React.useState<Record<string, string>>({});
  const [letterChannel, setLetterChannel] = React.useState<LetterChannel>('letter');
  const [sentOn, setSentOn] = React.useState<string>(today);
  return {
    items,
    fields,
    setField: (item, value) => setFields({ ...fields, [item]: value }),
    letterChannel,
    setLetterChannel,
    sentOn,
    setSentOn
  };
}

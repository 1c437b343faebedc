import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ADJUSTMENT_KIND_LABELS, CONTACT_CHANNEL_KIND_LABELS, displayName, type Person } from '../../../domain/model';

/** With no postal address on record, how else the customer can be told: their channels and communication needs. */
export function NoPostalAddress({ person }: { person: Person | undefined }): React.ReactElement {
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

import * as React from 'react';
import { Checkbox } from '@fluentui/react-components';
import { CONTACT_CHANNEL_KIND_LABELS, CONTACT_CHANNEL_KINDS } from '../../../domain';
import { errorFor, SelectField, TextField } from '../../components/FormFields';
import { listErrors, type ContactChannelDraft, type GroupProps } from './personDraft';
import { RepeatingGroup } from './RepeatingGroup';

/** How the customer can be contacted, with at most one preferred way. */
export function ContactChannelsFieldset({ items, onChange, errors }: GroupProps<ContactChannelDraft>): React.ReactElement {
  return (
    <RepeatingGroup<ContactChannelDraft>
      legend="Contact details"
      itemLabel={(i) => `Contact ${i + 1}`}
      addLabel="Add a way to contact them"
      emptyText="No contact details recorded."
      error={listErrors(errors, 'contactChannels')}
      items={items}
      onChange={onChange}
      newItem={() => ({ kind: '', value: '', preferred: false })}
      renderItem={(channel, index, replace) => (
        <>
          <SelectField
            label="How"
            required
            placeholder="Choose how"
            value={channel.kind}
            onChange={(kind) => replace({ ...channel, kind })}
            choices={CONTACT_CHANNEL_KINDS.map((kind) => ({ value: kind, label: CONTACT_CHANNEL_KIND_LABELS[kind] }))}
            error={errorFor(errors, `contactChannels[${index}].kind`)}
          />
          <TextField
            label="Number, address or handle"
            required
            value={channel.value}
            onChange={(value) => replace({ ...channel, value })}
            error={errorFor(errors, `contactChannels[${index}].value`)}
          />
          <Checkbox
            label="Their preferred way to be contacted"
            checked={channel.preferred}
            onChange={(_, data) =>
              // Only one preferred way: choosing this one clears the others.
              onChange(
                items.map((c, i) =>
                  i === index ? { ...c, preferred: data.checked === true } : data.checked ? { ...c, preferred: false } : c
                )
              )
            }
          />
        </>
      )}
    />
  );
}

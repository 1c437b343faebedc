import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { AddressesFieldset } from './AddressesFieldset';
import { AdjustmentsFieldset } from './AdjustmentsFieldset';
import { CaredForFieldset } from './CaredForFieldset';
import { ContactChannelsFieldset } from './ContactChannelsFieldset';
import { NamesFieldset } from './NamesFieldset';
import type { PersonDraft } from './personDraft';
import { PersonSaveMessages } from './PersonSaveMessages';
import { RepresentativesFieldset } from './RepresentativesFieldset';
import { StatutoryRolesFieldset } from './StatutoryRolesFieldset';
import type { PersonDetails } from './usePersonDetails';
import { VulnerabilityFieldset } from './VulnerabilityFieldset';

/** Every group of the customer's needs and details, the save messages and the Save button. */
export function PersonDetailsForm({ details, draft }: { details: PersonDetails; draft: PersonDraft }): React.ReactElement {
  const { clock } = useAppServices();
  const form = useFormStyles();
  const { errors } = details;
  const set =
    <K extends keyof PersonDraft>(key: K): ((items: PersonDraft[K]) => void) =>
    (items) =>
      details.change({ [key]: items });
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        later(details.save());
      }}
    >
      <NamesFieldset draft={draft} onChange={details.change} errors={errors} />
      <AddressesFieldset items={draft.addresses} onChange={set('addresses')} errors={errors} />
      <ContactChannelsFieldset items={draft.contactChannels} onChange={set('contactChannels')} errors={errors} />
      <AdjustmentsFieldset
        items={draft.reasonableAdjustments}
        onChange={set('reasonableAdjustments')}
        errors={errors}
        today={clock.today()}
      />
      <VulnerabilityFieldset items={draft.vulnerabilityFlags} onChange={set('vulnerabilityFlags')} errors={errors} />
      <RepresentativesFieldset items={draft.representatives} onChange={set('representatives')} errors={errors} />
      <CaredForFieldset items={draft.isCarerOrRepresentativeFor} onChange={set('isCarerOrRepresentativeFor')} errors={errors} />
      <StatutoryRolesFieldset items={draft.statutoryRoles} onChange={set('statutoryRoles')} errors={errors} />
      <PersonSaveMessages details={details} />
      <div className={form.actions}>
        <Button appearance="primary" type="submit" disabled={details.saving}>
          {details.saving ? 'Saving…' : 'Save the details'}
        </Button>
      </div>
    </form>
  );
}

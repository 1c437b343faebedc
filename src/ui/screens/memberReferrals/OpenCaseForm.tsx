import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormFields';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useServiceChoices } from '../../services/councilDetails';
import { RefusalMessage } from '../shared/CaseFrame';
import { CustomerPicker } from '../recordIncident/CustomerPicker';
import type { ReferralCardState } from './useReferralCard';
import { useReferralCardStyles } from './useReferralCardStyles';

export interface OpenCaseFormProps {
  card: ReferralCardState;
  headingId: string;
}

/** The Monitoring Officer opens a councillors' route case: the customer and the lead service. */
export function OpenCaseForm({ card, headingId }: OpenCaseFormProps): React.ReactElement {
  const styles = useReferralCardStyles();
  const form = useFormStyles();
  const services = useServiceChoices();
  const { draft, referral } = card;
  const saving = card.phase.kind === 'saving';
  return (
    <form
      className={form.form}
      noValidate
      aria-labelledby={`${headingId}-open`}
      onSubmit={(event) => {
        event.preventDefault();
        later(card.submit());
      }}
    >
      <h4 className={styles.formHeading} id={`${headingId}-open`} ref={card.formHeading} tabIndex={-1}>
        Open a councillors&rsquo; route case for {referral.personName}
      </h4>
      <Body1 as="p">
        Find the customer, or add them if the council has no record of them. The case goes to the panel: you, the Customer and ICT Services
        Business Manager and the Executive Director.
      </Body1>
      <CustomerPicker
        person={draft.person}
        newCustomer={draft.newCustomer}
        initialQuery={referral.personName}
        onPick={draft.setPerson}
        onNewCustomer={draft.setNewCustomer}
        error={draft.errors.customer}
        newCustomerErrors={{ given: draft.errors.given, family: draft.errors.family }}
      />
      <SelectField
        label="Lead service"
        hint="The council service most affected by this person's contact. Choose Other if none is."
        required
        placeholder="Choose a service"
        value={draft.leadService}
        onChange={draft.setLeadService}
        choices={services.map((service) => ({ value: service, label: service }))}
        error={draft.errors.leadService}
      />
      <RefusalMessage refusal={card.refusal} />
      {card.failure ? <ErrorMessage error={card.failure} title="The case was not opened" /> : null}
      <div className={form.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          Open the case
        </Button>
        <Button onClick={card.cancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

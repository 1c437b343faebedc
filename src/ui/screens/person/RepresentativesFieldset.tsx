import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { representativeFlags, type IsoDate } from '../../../domain';
import { errorFor, SelectField, TextField } from '../../components/FormFields';
import { YES_NO_CHOICES, type GroupProps, type RepresentativeDraft, type YesNo } from './personDraft';
import { RepeatingGroup } from './RepeatingGroup';

/** The domain's flag for one representative as the form holds it (none until consent is answered). */
function flagOf(representative: RepresentativeDraft): string | undefined {
  if (representative.consentGiven === '') return undefined;
  const [flag] = representativeFlags({
    representatives: [
      {
        name: representative.name,
        relationship: representative.relationship,
        consentGiven: representative.consentGiven === 'yes',
        consentRecordedOn: representative.consentRecordedOn === '' ? undefined : (representative.consentRecordedOn as IsoDate),
        lawfulBasis: representative.lawfulBasis
      }
    ]
  });
  return flag?.message;
}

/** Representatives, each with the customer's consent or another lawful basis (spec §2.1). */
export function RepresentativesFieldset({ items, onChange, errors }: GroupProps<RepresentativeDraft>): React.ReactElement {
  const field = (index: number, name: string): string | undefined => errorFor(errors, `representatives[${index}].${name}`);
  return (
    <RepeatingGroup<RepresentativeDraft>
      legend="Representatives"
      hint="Friends, family, advocates or solicitors who act for the customer. Each needs the customer's consent or another lawful basis. A restriction on the customer does not apply to them (BR-28)."
      itemLabel={(i) => `Representative ${i + 1}`}
      addLabel="Add a representative"
      emptyText="No representatives recorded."
      items={items}
      onChange={onChange}
      newItem={() => ({ name: '', relationship: '', consentGiven: '', consentRecordedOn: '', lawfulBasis: '', kept: {} })}
      renderItem={(representative, index, replace) => {
        const flag = flagOf(representative);
        return (
          <>
            <TextField
              label="Name"
              required
              value={representative.name}
              onChange={(name) => replace({ ...representative, name })}
              error={field(index, 'name')}
            />
            <TextField
              label="Relationship to the customer"
              hint="For example: daughter, solicitor, advocate."
              required
              value={representative.relationship}
              onChange={(relationship) => replace({ ...representative, relationship })}
              error={field(index, 'relationship')}
            />
            <SelectField
              label="Has the customer consented to them acting for them?"
              required
              placeholder="Choose yes or no"
              value={representative.consentGiven}
              onChange={(value) => replace({ ...representative, consentGiven: value as YesNo })}
              choices={YES_NO_CHOICES}
              error={field(index, 'consentGiven')}
            />
            {representative.consentGiven === 'yes' ? (
              <TextField
                label="Date consent was recorded"
                type="date"
                value={representative.consentRecordedOn}
                onChange={(consentRecordedOn) => replace({ ...representative, consentRecordedOn })}
                error={field(index, 'consentRecordedOn')}
              />
            ) : null}
            {representative.consentGiven === 'no' ? (
              <TextField
                label="Other lawful basis"
                hint="For example a lasting power of attorney, a court-appointed deputy or a benefits appointee. Leave it empty if there is none."
                value={representative.lawfulBasis}
                onChange={(lawfulBasis) => replace({ ...representative, lawfulBasis })}
                error={field(index, 'lawfulBasis')}
              />
            ) : null}
            {flag ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{flag}</MessageBarBody>
              </MessageBar>
            ) : null}
          </>
        );
      }}
    />
  );
}

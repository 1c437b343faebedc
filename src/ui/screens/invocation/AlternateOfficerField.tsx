import * as React from 'react';
import { SelectField } from '../../components/FormFields';
import { usePersonNames } from '../../components/PersonName';
import { useAppServices } from '../../services/AppServices';

export interface AlternateOfficerFieldProps {
  value: string;
  onChange(value: string): void;
  conflicted: ReadonlySet<string>;
  error: string | undefined;
}

/** BR-03: the alternate officer who becomes case officer and single point of contact. */
export function AlternateOfficerField({ value, onChange, conflicted, error }: AlternateOfficerFieldProps): React.ReactElement {
  const { roleAssignments } = useAppServices();
  const nameOf = usePersonNames();
  const choices = (roleAssignments.alternateOfficer ?? [])
    .filter((userId) => !conflicted.has(userId))
    .map((userId) => ({ value: userId, label: nameOf(userId) }));
  return (
    <SelectField
      label="Alternate officer to assign as case officer and single point of contact"
      hint="The Customer Relations Officer has declared earlier involvement with this customer, so they cannot be the case officer (BR-03). Choose an officer who holds the alternate officer role; they become the case officer and the customer's single point of contact."
      placeholder="Choose the alternate officer"
      value={value}
      onChange={onChange}
      choices={choices}
      error={error}
    />
  );
}
